import { Alert, Button, FileButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhotoUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { problemMessage } from '../../../lib/problem';
import { type CatalogueItem, useCatalogue, useUpdateCatalogueItem, useUploadCatalogueImage } from '../api/catalogue';
import { CatalogueItemCard } from './CatalogueItemCard';
import { CatalogueItemForm } from './CatalogueItemForm';

const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

function ItemActions({ item }: { item: CatalogueItem }) {
  const update = useUpdateCatalogueItem();
  const upload = useUploadCatalogueImage();
  const [error, setError] = useState<string>();
  const choose = (file: File | null) => {
    setError(undefined);
    if (!file) return;
    if (file.size > MAX_IMAGE_BYTES) return setError('The picture is larger than 8 MB.');
    upload.mutate(
      { id: item.id, file },
      { onError: (e) => setError(problemMessage(e)), onSuccess: () => notifications.show({ color: 'green', message: `New picture for ${item.title}.` }) },
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
              aria-label={`Upload a picture for ${item.title}`}
            >
              Picture
            </Button>
          )}
        </FileButton>
        <Button
          size="xs"
          variant="default"
          loading={update.isPending}
          onClick={() => update.mutate({ id: item.id, retired: !item.retired })}
          aria-label={`${item.retired ? 'Bring back' : 'Retire'} ${item.title}`}
        >
          {item.retired ? 'Bring back' : 'Retire'}
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
  const catalogue = useCatalogue(true);
  const [adding, setAdding] = useState(false);
  if (catalogue.isPending) return <CenteredLoader />;
  if (catalogue.error) return <Alert color="red">{problemMessage(catalogue.error)}</Alert>;
  return (
    <Stack>
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
          New item
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
