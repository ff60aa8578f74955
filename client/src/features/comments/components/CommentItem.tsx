import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHeart, IconHeartFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { StoryText } from '../../stories';
import { type StoryComment, useAddComment, useEditComment, useRemoveComment, useThankComment } from '../api/comments';
import { tokensToMarkdown } from '../api/mentions';
import { CommentBox } from './CommentBox';

/** One comment: who and when, the text with mentions as names, thanks, and what the viewer may do with it; replies indented below. */
export function CommentItem({ comment, viewerId, canReply }: { comment: StoryComment; viewerId: string; canReply: boolean }) {
  const { t } = useTranslation('comments');
  const [mode, setMode] = useState<'read' | 'edit' | 'reply'>('read');
  const [confirming, setConfirming] = useState(false);
  const add = useAddComment(comment.storyId);
  const edit = useEditComment(comment.storyId);
  const remove = useRemoveComment(comment.storyId);
  const thank = useThankComment(comment.storyId);
  const replyable = canReply && comment.parentId === null && !comment.deleted;

  return (
    <Stack gap={6} component="li" aria-label={t('item.label', { name: comment.author.name })}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <PersonAvatar name={comment.author.name} size={32} />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} size="sm">
            {comment.author.name}{' '}
            <Text span c="dimmed" size="xs">
              · {formatDate(comment.createdAt.slice(0, 10))}
              {comment.editedAt ? ` · ${t('item.edited')}` : ''}
            </Text>
          </Text>
          {comment.deleted || comment.body === null ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('item.removed')}
            </Text>
          ) : mode === 'edit' ? (
            <CommentBox
              label={t('item.editLabel')}
              submitLabel={t('item.save')}
              viewerId={viewerId}
              autoFocus
              initial={{ body: comment.body, mentions: comment.mentions }}
              onCancel={() => setMode('read')}
              onSubmit={async (body) => {
                await edit.mutateAsync({ id: comment.id, body });
                setMode('read');
              }}
            />
          ) : (
            <StoryText>{tokensToMarkdown(comment.body, comment.mentions)}</StoryText>
          )}
          {!comment.deleted && mode !== 'edit' && (
            <Group gap={4}>
              {comment.canThank || comment.thankedByMe ? (
                <Button
                  size="compact-sm"
                  variant={comment.thankedByMe ? 'light' : 'subtle'}
                  leftSection={comment.thankedByMe ? <IconHeartFilled size={14} aria-hidden /> : <IconHeart size={14} aria-hidden />}
                  aria-pressed={comment.thankedByMe}
                  loading={thank.isPending}
                  onClick={() =>
                    thank.mutate(
                      { id: comment.id, thanked: !comment.thankedByMe },
                      { onError: (error) => notifications.show({ color: 'red', title: t('item.thanksNotSaved'), message: problemMessage(error) }) },
                    )
                  }
                >
                  {comment.thankedByMe ? t('item.thanked') : t('item.thank')}
                  {comment.thanksCount > 0 ? ` · ${comment.thanksCount}` : ''}
                </Button>
              ) : (
                comment.thanksCount > 0 && (
                  <Text size="xs" c="dimmed" px={6}>
                    {t('item.thankedBy', { count: comment.thanksCount })}
                  </Text>
                )
              )}
              {replyable && (
                <Button size="compact-sm" variant="subtle" onClick={() => setMode(mode === 'reply' ? 'read' : 'reply')}>
                  {t('item.reply')}
                </Button>
              )}
              {comment.canEdit && (
                <Button size="compact-sm" variant="subtle" onClick={() => setMode('edit')}>
                  {t('item.edit')}
                </Button>
              )}
              {comment.canDelete && (
                <Button size="compact-sm" variant="subtle" color="red.8" onClick={() => setConfirming(true)}>
                  {t('item.delete')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Group>
      {(comment.replies.length > 0 || mode === 'reply') && (
        <Stack
          gap="sm"
          pl={{ base: 'md', sm: 44 }}
          component="ul"
          aria-label={t('item.replies', { name: comment.author.name })}
          style={{ listStyle: 'none', margin: 0 }}
        >
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} viewerId={viewerId} canReply={false} />
          ))}
          {mode === 'reply' && (
            <li>
              <CommentBox
                label={t('item.replyTo', { name: comment.author.name })}
                submitLabel={t('item.reply')}
                viewerId={viewerId}
                autoFocus
                onCancel={() => setMode('read')}
                onSubmit={async (body) => {
                  await add.mutateAsync({ body, parentId: comment.id });
                  setMode('read');
                }}
              />
            </li>
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('item.deleteDialog.title')}
        confirmLabel={t('item.deleteDialog.confirm')}
        danger
        loading={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(comment.id, {
            onSuccess: () => setConfirming(false),
            onError: (error) => notifications.show({ color: 'red', title: t('item.notDeleted'), message: problemMessage(error) }),
          })
        }
      >
        {comment.author.id === viewerId ? t('item.deleteDialog.own') : t('item.deleteDialog.other', { name: comment.author.name })}
        {comment.replies.length > 0 ? ` ${t('item.deleteDialog.repliesStay')}` : ''}
      </ConfirmDialog>
    </Stack>
  );
}
