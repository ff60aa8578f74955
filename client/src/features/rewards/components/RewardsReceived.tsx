import { Anchor, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { IconTrophy } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { type Reward, useRevokeReward } from '../api/give-reward';
import { useChampions, useRewards } from '../api/list-rewards';
import { championTitleText } from '../../../lib/champion-title';

const KIND_LABELS = { points: 'Points', badge: 'Badge', gift: 'Gift', champion: 'Champion' } as const;

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
              <ToneBadge tone={r.kind === 'champion' ? 'amber' : 'ember'}>{KIND_LABELS[r.kind]}</ToneBadge>
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
            {r.revocable && <RevokeButton reward={r} />}
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

/** The giver (or an admin) can take a reward back while the server says it is revocable; the points return to the budget. */
function RevokeButton({ reward }: { reward: Reward }) {
  const revoke = useRevokeReward();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button variant="default" size="xs" w="fit-content" onClick={() => setOpened(true)}>
        Revoke
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Revoke this reward" closeButtonProps={{ 'aria-label': 'Close' }}>
        <Stack>
          <Text size="sm">
            {reward.points > 0 ? `${reward.points.toLocaleString()} points go back to your budget. ` : ''}The reward stays on record as revoked, with your
            reason.
          </Text>
          <Textarea label="Why?" required maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(
                { id: reward.id, reason: reason.trim() },
                {
                  onSuccess: () => setOpened(false),
                  onError: (error) => notifications.show({ color: 'red', title: 'Not revoked', message: problemMessage(error) }),
                },
              )
            }
          >
            Revoke reward
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
