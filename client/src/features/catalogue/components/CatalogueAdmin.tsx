import { Alert, Button, FileButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhotoUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { problemMessage } from '../../../lib/problem';
import { type CatalogueItem, useCatalogue, useUpdateCatalogueItem, useUploadCatalogueImage } from '../api/catalogue';
import { CatalogueItemCard } from './CatalogueItemCard';
import { CatalogueItemForm } from './CatalogueItemForm';
import { useTranslation } from 'react-i18next';

const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

function ItemActions({ item }: { item: CatalogueItem }) {
  const { t } = useTranslation('catalogue');
  const update = useUpdateCatalogueItem();
  const upload = useUploadCatalogueImage();
  const [error, setError] = useState<string>();
  const choose = (file: File | null) => {
    setError(undefined);
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) return setError(t('admin.tooLarge', { megabytes: 8 }));
    upload.mutate(
      { id: item.id, file },
      {
        onError: (e) => setError(problemMessage(e)),
        onSuccess: () => notifications.show({ color: 'green', message: t('admin.newPicture', { title: item.title }) }),
      },
    );
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <FileButton onChange={choose} accept="image/png,image/jpeg,image/webp,image/gif,image/avif">
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="light"
              leftSection={<IconPhotoUp size={14} aria-hidden />}
              loading={upload.isPending}
              aria-label={t('admin.uploadLabel', { title: item.title })}
            >
              {t('admin.picture')}
            </Button>
          )}
        </FileButton>
        <Button
          size="xs"
          variant="default"
          loading={update.isPending}
          onClick={() => update.mutate({ id: item.id, retired: !item.retired })}
          aria-label={item.retired ? t('admin.restoreLabel', { title: item.title }) : t('admin.retireLabel', { title: item.title })}
        >
          {item.retired ? t('admin.restore') : t('admin.retire')}
        </Button>
      </Group>
      {error && (
        <Text size="xs" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** Every item, retired ones included, with what admins do to them. */
export function CatalogueAdmin() {
  const { t } = useTranslation('catalogue');
  const catalogue = useCatalogue(true);
  const [adding, setAdding] = useState(false);
  if (catalogue.isPending) return <CenteredLoader />;
  if (catalogue.error) return <Alert color="red">{problemMessage(catalogue.error)}</Alert>;
  return (
    <Stack>
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          {t('admin.newItem')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {catalogue.data.items.map((item) => (
          <CatalogueItemCard key={item.id} item={item} action={<ItemActions item={item} />} />
        ))}
      </SimpleGrid>
      <CatalogueItemForm opened={adding} onClose={() => setAdding(false)} />
    </Stack>
  );
}
