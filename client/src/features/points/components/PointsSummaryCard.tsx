import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCoins } from '@tabler/icons-react';
import type { PointsSummary } from '../api/points';

const n = new Intl.NumberFormat('en-GB');
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatDay = (date: string) => day.format(new Date(`${date}T00:00:00Z`));

/** The balance in large type, with what will expire and when ("120 points expire on 31 March 2027"). */
export function PointsSummaryCard({ summary }: { summary: PointsSummary }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <IconCoins size={22} aria-hidden />
          <Title order={2} fz="lg">
            Points balance
          </Title>
        </Group>
        <Text fz={36} fw={700} lh={1.1} data-testid="points-balance">
          {n.format(summary.balance)} points
        </Text>
        {summary.upcomingExpiry.length > 0 ? (
          <List size="sm" spacing={2}>
            {summary.upcomingExpiry.map((lot) => (
              <List.Item key={lot.expiresOn}>
                {n.format(lot.points)} points expire on {formatDay(lot.expiresOn)}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {summary.balance > 0 ? 'None of these points are due to expire.' : 'Points from rewards arrive here.'}
          </Text>
        )}
        {summary.leaverExpiresOn && (
          <Text size="sm" c="red.8">
            Unspent points expire on {formatDay(summary.leaverExpiresOn)}.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
