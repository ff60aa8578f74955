import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { problemMessage } from '../../../lib/problem';
import type { Story } from '../../stories';
import { useAddComment, useComments } from '../api/comments';
import { CommentBox } from './CommentBox';
import { CommentItem } from './CommentItem';

/** The conversation under a story: anyone signed in comments (no endorsement needed) and replies; the story's people say thanks. */
export function CommentThread({ story, viewerId }: { story: Story; viewerId: string }) {
  const comments = useComments(story.id);
  const add = useAddComment(story.id);
  const items = comments.data?.pages.flatMap((p) => p.items) ?? [];
  const open = story.status === 'published';

  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="comments-title" id="comments">
      <Stack gap="md">
        <Title order={2} fz="lg" id="comments-title">
          Comments ({story.commentCount})
        </Title>
        {comments.isPending ? (
          <Text c="dimmed">Loading comments…</Text>
        ) : comments.isError ? (
          <Text c="red.8">{problemMessage(comments.error)}</Text>
        ) : items.length === 0 ? (
          <Text c="dimmed">No comments yet{open ? ' — start the conversation' : ''}.</Text>
        ) : (
          <Stack gap="md" component="ul" aria-label="Comments" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((c) => (
              <CommentItem key={c.id} comment={c} viewerId={viewerId} canReply={open} />
            ))}
          </Stack>
        )}
        {comments.hasNextPage && (
          <Button variant="subtle" w="fit-content" loading={comments.isFetchingNextPage} onClick={() => void comments.fetchNextPage()}>
            Show more comments
          </Button>
        )}
        {open ? (
          <CommentBox label="Add a comment" submitLabel="Comment" viewerId={viewerId} onSubmit={(body) => add.mutateAsync({ body })} />
        ) : (
          <Text size="sm" c="dimmed">
            Hidden stories take no new comments.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
