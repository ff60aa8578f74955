import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconTrophy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import { formatDate } from '../../../lib/dates';
import { useChampions, useRewards } from '../api/list-rewards';
import { championTitleText } from '../../../lib/champion-title';
import { REWARD_KIND_LABELS } from './reward-kind-labels';
import { RevokeRewardButton } from './RevokeRewardButton';

/** Champion titles (everyone sees them) and the rewards the viewer may see in the ledger. */
export function RewardsReceived({ employeeId, firstName }: { employeeId: string; firstName: string }) {
  const champions = useChampions({ employeeId });
  const rewards = useRewards({ recipientId: employeeId, limit: 10 });
  const items = rewards.data?.pages.flatMap((p) => p.items) ?? [];
  if (!champions.data?.length && !items.length) return null;
  return (
    <Stack gap="sm">
      <Title order={2} fz="xl">
        Rewards and titles
      </Title>
      {champions.data?.map((c) => (
        <Group key={c.rewardId} gap="xs" wrap="nowrap">
          <IconTrophy size={20} color="#b7791f" aria-hidden />
          <Text fw={600}>{championTitleText(c.title)}</Text>
        </Group>
      ))}
      {items.map((r) => (
        <Card key={r.id} withBorder radius="md" p="md">
          <Stack gap={4}>
            <Group gap="xs">
              <ToneBadge tone={r.kind === 'champion' ? 'amber' : 'ember'}>{REWARD_KIND_LABELS[r.kind]}</ToneBadge>
              {r.points > 0 && <Text fw={700}>{r.points.toLocaleString()} points</Text>}
              {r.revokedAt && <ToneBadge tone="slate">Revoked</ToneBadge>}
              <Text size="sm" c="dimmed">
                from {r.giver.name} · {formatDate(r.awardedOn)}
              </Text>
            </Group>
            <Text>{r.citation}</Text>
            {r.story && (
              <Anchor component={Link} to={`/stories/${r.story.id}`} size="sm" c="ember.9" fw={600}>
                For “{r.story.title}”
              </Anchor>
            )}
            {r.revokedAt && r.revokeReason && (
              <Text size="sm" c="dimmed">
                Revoked: {r.revokeReason}
              </Text>
            )}
            {r.revocable && <RevokeRewardButton reward={r} />}
          </Stack>
        </Card>
      ))}
      {!items.length && (
        <Text size="sm" c="dimmed">
          Rewards {firstName} received are visible to them and their managers.
        </Text>
      )}
    </Stack>
  );
}
