import { Button, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { problemMessage } from '../../../lib/problem';
import { type FeedQuery, useFeed } from '../api/list-feed';
import { AnniversaryCards } from './AnniversaryCards';
import { StoryCard } from './StoryCard';

/**
 * Stories newest first; the next page loads when the end comes into view (or with the button). With `showCount`
 * (a filtered feed) it says how many stories match: exact once every page is loaded, "20+" before.
 */
export function Feed({
  query,
  viewerId,
  emptyText,
  showCount,
}: {
  query: Omit<FeedQuery, 'cursor'>;
  viewerId: string;
  emptyText?: string;
  showCount?: boolean;
}) {
  const feed = useFeed(query);
  const { t } = useTranslation('feed');
  const end = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = feed;

  useEffect(() => {
    const target = end.current;
    if (!target || !hasNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
      },
      { rootMargin: '400px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (feed.isPending) {
    return (
      <Stack gap="md" role="status" aria-busy="true" aria-label={t('loading')}>
        {[0, 1, 2].map((i) => (
          <Card key={i} withBorder radius="lg" p="lg">
            <Skeleton h={20} w="60%" mb="sm" />
            <Skeleton h={12} mb={6} />
            <Skeleton h={12} w="80%" />
          </Card>
        ))}
      </Stack>
    );
  }
  if (feed.isError) return <ErrorPanel message={problemMessage(feed.error)} onRetry={() => void feed.refetch()} />;

  const stories = feed.data.pages.flatMap((page) => page.items);
  return (
    <Stack gap="md">
      {showCount && stories.length > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {hasNextPage ? t('matchesMore', { count: stories.length }) : t('matches', { count: stories.length })}
        </Text>
      )}
      <AnniversaryCards anniversaries={feed.data.pages[0]?.anniversaries ?? []} />
      {stories.length === 0 ? (
        <Card withBorder radius="lg" p="xl" ta="center">
          <IconSparkles size={32} aria-hidden style={{ margin: '0 auto' }} />
          <Title order={2} fz="lg" mt="sm">
            {showCount ? t('noMatches') : t('empty')}
          </Title>
          <Text c="dimmed" mt={4}>
            {showCount ? t('noMatchesHint') : (emptyText ?? t('emptyHint'))}
          </Text>
          <Button component={Link} to="/stories/new" mt="md" mx="auto" w="fit-content">
            {t('tellStory')}
          </Button>
        </Card>
      ) : (
        stories.map((story) => <StoryCard key={story.id} story={story} viewerId={viewerId} />)
      )}
      <div ref={end} />
      {hasNextPage && (
        <Button variant="default" onClick={() => void fetchNextPage()} loading={isFetchingNextPage} mx="auto">
          {t('loadMore')}
        </Button>
      )}
    </Stack>
  );
}
