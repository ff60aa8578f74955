import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { PointsEntry } from '../api/points';
import { dateTimeFormat, formatNumber } from '../../../lib/intl';
import { useTranslation } from 'react-i18next';

const LABELS: Record<PointsEntry['kind'], string> = {
  reward: 'points:kind.reward',
  reward_revoked: 'points:kind.reward_revoked',
  redemption: 'points:kind.redemption',
  redemption_returned: 'points:kind.redemption_returned',
  expiry: 'points:kind.expiry',
};

/** Every movement of the balance, newest first. */
export function PointsLedger({ entries }: { entries: PointsEntry[] }) {
  const { t } = useTranslation('points');
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" mb="sm">
        {t('ledger')}
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('nothingYet')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <Group key={entry.id} component="li" justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Badge variant="light" color={entry.points > 0 ? 'green' : 'gray'} c={entry.points > 0 ? 'green.9' : 'dark.6'}>
                    {t(LABELS[entry.kind])}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(entry.createdAt))}
                  </Text>
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {entry.description}
                </Text>
              </Stack>
              <Text fw={700} c={entry.points > 0 ? 'green.9' : undefined} style={{ whiteSpace: 'nowrap' }}>
                {formatNumber(entry.points, { signDisplay: 'always' })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
