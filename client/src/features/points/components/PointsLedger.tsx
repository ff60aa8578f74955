import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { PointsEntry } from '../api/points';

const n = new Intl.NumberFormat('en-GB', { signDisplay: 'always' });
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const LABELS: Record<PointsEntry['kind'], string> = {
  reward: 'Reward',
  reward_revoked: 'Revoked',
  redemption: 'Redeemed',
  redemption_returned: 'Returned',
  expiry: 'Expired',
};

/** Every movement of the balance, newest first. */
export function PointsLedger({ entries }: { entries: PointsEntry[] }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" mb="sm">
        Ledger
      </Title>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing yet.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <Group key={entry.id} component="li" justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Badge variant="light" color={entry.points > 0 ? 'green' : 'gray'} c={entry.points > 0 ? 'green.9' : 'dark.6'}>
                    {LABELS[entry.kind]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {when.format(new Date(entry.createdAt))}
                  </Text>
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {entry.description}
                </Text>
              </Stack>
              <Text fw={700} c={entry.points > 0 ? 'green.9' : undefined} style={{ whiteSpace: 'nowrap' }}>
                {n.format(entry.points)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
