import { Anchor, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks, IconUsersGroup } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { ToneBadge } from '../../../components/ui/badges';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { BudgetMeter, useMyBudget } from '../../budgets';
import { StoryText } from '../../stories';
import { useMarkReviewed } from '../api/mark-reviewed';
import { type ReviewQueueItem, useReviewQueue } from '../api/review-queue';
import { formatList } from '../../../lib/intl';
import { Trans, useTranslation } from 'react-i18next';

/** The reward button beside a queued story: the app composes it from rewards (which refreshes this queue after a reward). */
type RewardAction = (story: ReviewQueueItem['story']) => ReactNode;

const WINDOWS = ['7', '30', '90'];

/** A manager's queue: their departments' recent unrewarded stories, the ones peers nominated first. */
export function ReviewQueue({ isAdmin, rewardAction }: { isAdmin: boolean; rewardAction: RewardAction }) {
  const { t } = useTranslation('review-queue');
  const budget = useMyBudget(true);
  const [days, setDays] = useState('30');
  const [departmentId, setDepartmentId] = useState<string>('all');
  const departmentOptions = (budget.data?.departmentIds ?? []).map((id, i) => ({ value: id, label: budget.data!.departments[i] ?? id }));
  const queue = useReviewQueue({ days: Number(days), ...(departmentId === 'all' ? {} : { departmentId }) });
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const threshold = queue.data?.pages[0]?.threshold;

  return (
    <Stack gap="md">
      {budget.data && (
        <Card withBorder radius="lg" p="md">
          <BudgetMeter budget={budget.data} heading={t('budgetFor', { quarter: budget.data.quarter })} />
        </Card>
      )}
      <Group gap="md" align="flex-end">
        <Select
          label={t('window')}
          data={WINDOWS.map((value) => ({ value, label: t('lastDays', { days: Number(value) }) }))}
          value={days}
          onChange={(v) => setDays(v ?? '30')}
          allowDeselect={false}
          w={180}
        />
        {departmentOptions.length > 1 && (
          <Select
            label={t('department')}
            data={[{ value: 'all', label: isAdmin ? t('wholeCompany') : t('allMyDepartments') }, ...departmentOptions]}
            value={departmentId}
            onChange={(v) => setDepartmentId(v ?? 'all')}
            allowDeselect={false}
            w={240}
          />
        )}
      </Group>
      {threshold !== undefined && (
        <Text size="sm" c="dimmed">
          <Trans t={t} i18nKey="threshold" values={{ count: threshold }} components={{ strong: <strong /> }} />
        </Text>
      )}
      {queue.isPending ? (
        <CenteredLoader label={t('loading')} />
      ) : queue.isError ? (
        <ErrorPanel title={t('unavailable')} message={problemMessage(queue.error)} />
      ) : items.length === 0 ? (
        <Card withBorder radius="lg" p="xl">
          <Text>{t('empty')}</Text>
        </Card>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <QueueItem key={item.story.id} item={item} rewardAction={rewardAction} />
          ))}
        </Stack>
      )}
      {queue.hasNextPage && (
        <Button variant="default" onClick={() => queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
          {t('showMore')}
        </Button>
      )}
    </Stack>
  );
}

function QueueItem({ item, rewardAction }: { item: ReviewQueueItem; rewardAction: RewardAction }) {
  const { story } = item;
  const { t } = useTranslation('review-queue');
  const mark = useMarkReviewed();
  const markReviewed = () =>
    mark.mutate(
      { storyId: story.id, reviewed: true },
      {
        onSuccess: () => {
          const id = `reviewed-${story.id}`;
          notifications.show({
            id,
            title: t('reviewed.title'),
            message: (
              <Group gap="sm" justify="space-between" wrap="nowrap">
                <Text size="sm">{t('reviewed.left', { title: story.title })}</Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    mark.mutate(
                      { storyId: story.id, reviewed: false },
                      { onError: (error) => notifications.show({ color: 'red', title: t('reviewed.notUndone'), message: problemMessage(error) }) },
                    );
                  }}
                >
                  {t('reviewed.undo')}
                </Button>
              </Group>
            ),
          });
        },
        onError: (error) => notifications.show({ color: 'red', title: t('reviewed.failed'), message: problemMessage(error) }),
      },
    );
  return (
    <Card component="li" withBorder radius="lg" p="md" aria-labelledby={`queue-${story.id}`} data-testid="review-queue-item">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={6} style={{ flex: 1, minWidth: 240 }}>
          <Group gap="xs">
            {item.nominatedByPeers && (
              <ToneBadge tone="amber">
                <Group gap={4} wrap="nowrap">
                  <IconUsersGroup size={12} aria-hidden /> {t('nominated')}
                </Group>
              </ToneBadge>
            )}
            <Text size="sm" fw={600}>
              {t('endorsements', { count: story.endorsementCount })}
            </Text>
          </Group>
          <Title order={2} fz="md" id={`queue-${story.id}`}>
            <Anchor component={Link} to={`/stories/${story.id}`} c="inherit" fw={700}>
              {story.title}
            </Anchor>
          </Title>
          <Text size="sm">
            {t('summary', {
              heroes: formatList(story.heroes.map((h) => h.name)),
              departments: formatList(story.heroes.map((h) => h.department.name).filter((v, i, a) => a.indexOf(v) === i)),
              date: formatDate(story.occurredOn),
            })}
          </Text>
          {/* The same safe Markdown as the story itself: people wrote **bold** and lists, they should not read asterisks. */}
          <Text component="div" size="sm" c="dimmed" lineClamp={3}>
            <StoryText>{story.action}</StoryText>
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconChecks size={16} aria-hidden />}
            onClick={markReviewed}
            loading={mark.isPending}
            aria-label={t('reviewed.buttonLabel', { title: story.title })}
          >
            {t('reviewed.button')}
          </Button>
          {rewardAction(story)}
        </Group>
      </Group>
    </Card>
  );
}
