import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { BadgeMark } from '../../badges';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import type { Reward } from '../api/give-reward';
import { REWARD_KIND_LABELS } from './reward-kind-labels';
import { RevokeRewardButton } from './RevokeRewardButton';

/** One reward as a ledger shows it: kind, points, citation, story, whether and why it was revoked, and Revoke. */
export function RewardDetails({ reward: r, meta }: { reward: Reward; meta?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <ToneBadge tone={r.kind === 'champion' ? 'amber' : 'ember'}>{REWARD_KIND_LABELS[r.kind]}</ToneBadge>
        {r.badge && <BadgeMark badge={r.badge} />}
        {r.points > 0 && <Text fw={700}>{r.points.toLocaleString()} points</Text>}
        {r.revokedAt && <ToneBadge tone="slate">Revoked</ToneBadge>}
        {meta}
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
  );
}
