import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import type { Story } from '../../stories';
import { useAddComment, useComments } from '../api/comments';
import { CommentBox } from './CommentBox';
import { CommentItem } from './CommentItem';

/** The conversation under a story: anyone signed in comments (no endorsement needed) and replies; the story's people say thanks. */
export function CommentThread({ story, viewerId }: { story: Story; viewerId: string }) {
  const { t } = useTranslation('comments');
  const comments = useComments(story.id);
  const add = useAddComment(story.id);
  const items = comments.data?.pages.flatMap((p) => p.items) ?? [];
  const open = story.status === 'published';

  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="comments-title" id="comments">
      <Stack gap="md">
        <Title order={2} fz="lg" id="comments-title">
          {t('thread.title', { count: story.commentCount })}
        </Title>
        {comments.isPending ? (
          <Text c="dimmed">{t('thread.loading')}</Text>
        ) : comments.isError ? (
          <Text c="red.8">{problemMessage(comments.error)}</Text>
        ) : items.length === 0 ? (
          <Text c="dimmed">{open ? t('thread.emptyOpen') : t('thread.empty')}</Text>
        ) : (
          <Stack gap="md" component="ul" aria-label={t('thread.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((c) => (
              <CommentItem key={c.id} comment={c} viewerId={viewerId} canReply={open} />
            ))}
          </Stack>
        )}
        {comments.hasNextPage && (
          <Button variant="subtle" w="fit-content" loading={comments.isFetchingNextPage} onClick={() => void comments.fetchNextPage()}>
            {t('thread.more')}
          </Button>
        )}
        {open ? (
          <CommentBox label={t('thread.add')} submitLabel={t('thread.submit')} viewerId={viewerId} onSubmit={(body) => add.mutateAsync({ body })} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('thread.closed')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
