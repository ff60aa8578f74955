import { Badge, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { CATEGORY_LABELS, type CatalogueItem } from '../api/catalogue';
import { useTranslation } from 'react-i18next';

/** One item: picture, title, cost, what limits it, and the action the page offers (redeem, edit). */
export function CatalogueItemCard({ item, action }: { item: CatalogueItem; action?: ReactNode }) {
  const { t } = useTranslation('catalogue');
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-label={item.title}>
      {item.imageUrl && (
        <Card.Section>
          <Image src={item.imageUrl} alt="" h={120} fit="cover" />
        </Card.Section>
      )}
      <Stack gap={6} mt={item.imageUrl ? 'sm' : 0}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Title order={3} fz="md" style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Title>
          <Badge variant="light" color="gray" c="dark.6" style={{ flexShrink: 0 }}>
            {t(CATEGORY_LABELS[item.category])}
          </Badge>
        </Group>
        {item.description && (
          <Text size="sm" c="dimmed" lineClamp={3}>
            {item.description}
          </Text>
        )}
        <Text fw={700}>{t('points', { count: item.cost })}</Text>
        <Text size="xs" c="dimmed">
          {[
            item.stock === null ? null : item.stock === 0 ? t('soldOut') : t('left', { count: item.stock }),
            item.yearlyLimit ? t('yearlyLimit', { count: item.yearlyLimit }) : null,
            item.retired ? t('retired') : null,
          ]
            .filter(Boolean)
            .join(' · ') || t('alwaysAvailable')}
        </Text>
        {action}
      </Stack>
    </Card>
  );
}
