import { Group, Loader, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import { useGiftsFor } from '../api/gifts';

/**
 * The required choice of a gift in the reward dialog: the catalogue items offered to the recipient's department, in
 * stock, with what each costs the giver's budget.
 */
export function GiftChoice({
  departmentId,
  value,
  onChange,
  error,
}: {
  departmentId: string | undefined;
  value: string;
  onChange: (item: { id: string; cost: number } | null) => void;
  error?: string;
}) {
  const { t } = useTranslation('catalogue');
  const gifts = useGiftsFor(departmentId);
  const items = gifts.data?.items ?? [];
  return (
    <Radio.Group
      label={t('gift.label')}
      description={t('gift.description')}
      withAsterisk
      value={value}
      onChange={(id) => {
        const item = items.find((i) => i.id === id);
        onChange(item ? { id: item.id, cost: item.cost } : null);
      }}
      error={error}
    >
      {!departmentId ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('gift.empty')}
        </Text>
      ) : gifts.isPending ? (
        <Loader size="sm" mt="xs" aria-label={t('gift.loading')} />
      ) : gifts.isError ? (
        <Text size="sm" c="red.8" mt="xs" role="alert">
          {problemMessage(gifts.error)}
        </Text>
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('gift.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
          {items.map((item) => (
            <Radio.Card key={item.id} value={item.id} radius="md" p="sm" aria-label={t('gift.option', { title: item.title, count: item.cost })}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">
                    {item.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('gift.cost', { count: item.cost })}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      )}
    </Radio.Group>
  );
}
