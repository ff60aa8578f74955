import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { BadgeMark } from '../../badges';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import type { Reward } from '../api/give-reward';
import { rewardKindLabel } from './reward-kind-labels';
import { RevokeRewardButton } from './RevokeRewardButton';
import { useTranslation } from 'react-i18next';

/** One reward as a ledger shows it: kind, points, citation, story, whether and why it was revoked, and Revoke. */
export function RewardDetails({ reward: r, meta }: { reward: Reward; meta?: ReactNode }) {
  const { t } = useTranslation('rewards');
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <ToneBadge tone={r.kind === 'champion' ? 'amber' : 'ember'}>{rewardKindLabel(r.kind)}</ToneBadge>
        {r.badge && <BadgeMark badge={r.badge} />}
        {r.points > 0 && <Text fw={700}>{t('points', { count: r.points })}</Text>}
        {r.revokedAt && <ToneBadge tone="slate">{t('revoked')}</ToneBadge>}
        {meta}
      </Group>
      <Text>{r.citation}</Text>
      {r.story && (
        <Anchor component={Link} to={`/stories/${r.story.id}`} size="sm" c="ember.9" fw={600}>
          {t('forStory', { title: r.story.title })}
        </Anchor>
      )}
      {r.revokedAt && r.revokeReason && (
        <Text size="sm" c="dimmed">
          {t('revokedBecause', { reason: r.revokeReason })}
        </Text>
      )}
      {r.revocable && <RevokeRewardButton reward={r} />}
    </Stack>
  );
}
