import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { Link } from 'react-router';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useRewards } from '../api/list-rewards';
import { RewardDetails } from './RewardDetails';
import { useTranslation } from 'react-i18next';

/** The rewards a manager gave, newest first, each with "Revoke" while it may still be taken back. */
export function RewardsGiven({ giverId }: { giverId: string }) {
  const { t } = useTranslation('rewards');
  const rewards = useRewards({ giverId, limit: 20 });
  if (rewards.isPending) return <CenteredLoader label={t('givenList.loading')} />;
  if (rewards.isError) return <ErrorPanel message={problemMessage(rewards.error)} onRetry={() => void rewards.refetch()} />;
  const items = rewards.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return (
      <Card withBorder radius="lg" p="xl" ta="center">
        <IconGift size={28} aria-hidden style={{ margin: '0 auto' }} />
        <Text mt="sm">{t('givenList.empty')}</Text>
        <Button component={Link} to="/review-queue" variant="light" mt="md" mx="auto" w="fit-content">
          {t('givenList.openQueue')}
        </Button>
      </Card>
    );
  }
  return (
    <Stack gap="sm">
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('givenList.label')}>
        {items.map((r) => (
          <Card component="li" key={r.id} withBorder radius="md" p="md" data-testid="reward-given">
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/people/${r.recipient.id}`} fw={700} c="inherit">
                  {r.recipient.name}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {r.recipient.department.name} · {formatDate(r.awardedOn)}
                </Text>
              </Group>
              <RewardDetails reward={r} />
            </Stack>
          </Card>
        ))}
      </Stack>
      {rewards.hasNextPage && (
        <Button variant="default" onClick={() => void rewards.fetchNextPage()} loading={rewards.isFetchingNextPage} mx="auto">
          {t('showMore')}
        </Button>
      )}
    </Stack>
  );
}
