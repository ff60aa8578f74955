import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCoins } from '@tabler/icons-react';
import type { PointsSummary } from '../api/points';
import { dateTimeFormat } from '../../../lib/intl';
import { useTranslation } from 'react-i18next';

const formatDay = (date: string) => dateTimeFormat({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** The balance in large type, with what will expire and when ("120 points expire on 31 March 2027"). */
export function PointsSummaryCard({ summary }: { summary: PointsSummary }) {
  const { t } = useTranslation('points');
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <IconCoins size={22} aria-hidden />
          <Title order={2} fz="lg">
            {t('balance')}
          </Title>
        </Group>
        <Text fz={36} fw={700} lh={1.1} data-testid="points-balance">
          {t('count', { count: summary.balance })}
        </Text>
        {summary.upcomingExpiry.length > 0 ? (
          <List size="sm" spacing={2}>
            {summary.upcomingExpiry.map((lot) => (
              <List.Item key={lot.expiresOn}>{t('expiresOn', { count: lot.points, date: formatDay(lot.expiresOn) })}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {summary.balance > 0 ? t('noExpiry') : t('empty')}
          </Text>
        )}
        {summary.leaverExpiresOn && (
          <Text size="sm" c="red.8">
            {t('leaverExpiry', { date: formatDay(summary.leaverExpiresOn) })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
