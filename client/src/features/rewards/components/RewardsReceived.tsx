import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { formatDate } from '../../../lib/dates';
import { useChampions, useRewards } from '../api/list-rewards';
import { championTitleText } from '../../../lib/champion-title';
import { RewardDetails } from './RewardDetails';
import { useTranslation } from 'react-i18next';

/** Champion titles (everyone sees them) and the rewards the viewer may see in the ledger. */
export function RewardsReceived({ employeeId, firstName }: { employeeId: string; firstName?: string }) {
  const { t } = useTranslation('rewards');
  const champions = useChampions({ employeeId });
  const rewards = useRewards({ recipientId: employeeId, limit: 10 });
  const items = rewards.data?.pages.flatMap((p) => p.items) ?? [];
  if (!champions.data?.length && !items.length) return null;
  return (
    <Stack gap="sm">
      <Title order={2} fz="xl">
        {t('received.title')}
      </Title>
      {champions.data?.map((c) => (
        <Group key={c.rewardId} gap="xs" wrap="nowrap">
          <IconTrophy size={20} color="#b7791f" aria-hidden />
          <Text fw={600}>{championTitleText(c.title)}</Text>
        </Group>
      ))}
      {items.map((r) => (
        <Card key={r.id} withBorder radius="md" p="md">
          <RewardDetails
            reward={r}
            meta={
              <Text size="sm" c="dimmed">
                {t('received.from', { name: r.giver.name, date: formatDate(r.awardedOn) })}
              </Text>
            }
          />
        </Card>
      ))}
      {!items.length && (
        <Text size="sm" c="dimmed">
          {firstName ? t('received.private', { name: firstName }) : t('received.privateOwn')}
        </Text>
      )}
    </Stack>
  );
}
