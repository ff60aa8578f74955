import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconEye, IconEyeOff, IconStar, IconStarOff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import type { Story } from '../api/story-keys';
import { useModerateStory } from '../api/moderate-story';
import { useDeleteStory, useUpdateStory } from '../api/update-story';

/** Author actions (edit while the server says canEdit, delete) and moderation (feature unless a hero oneself, hide with a reason). */
export function StoryActions({ story, viewerId, onDeleted }: { story: Story; viewerId: string; onDeleted: () => void }) {
  const { t } = useTranslation('stories');
  const moderate = useModerateStory();
  const remove = useDeleteStory();
  const update = useUpdateStory();
  const [hideOpen, hide] = useDisclosure(false);
  const [editOpen, edit] = useDisclosure(false);
  const [deleteOpen, deleting] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [draft, setDraft] = useState({ title: story.title, situation: story.situation, action: story.action, impact: story.impact });
  const isAuthor = story.author.id === viewerId;
  const fail = (title: string) => (error: unknown) => notifications.show({ color: 'red', title, message: problemMessage(error) });

  return (
    <Group gap="sm">
      {story.canEdit && (
        <Button
          variant="default"
          leftSection={<IconEdit size={16} aria-hidden />}
          onClick={() => {
            setDraft({ title: story.title, situation: story.situation, action: story.action, impact: story.impact });
            edit.open();
          }}
        >
          {t('actions.edit')}
        </Button>
      )}
      {isAuthor && (
        <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} loading={remove.isPending} onClick={deleting.open}>
          {t('actions.delete')}
        </Button>
      )}
      <ConfirmDialog
        opened={deleteOpen}
        title={t('actions.deleteDialog.title')}
        confirmLabel={t('actions.deleteDialog.confirm')}
        cancelLabel={t('actions.deleteDialog.cancel')}
        danger
        loading={remove.isPending}
        onCancel={deleting.close}
        // The promise, not mutate's callbacks: the page unmounts this component once the story is gone, and mutate's
        // callbacks are skipped after an unmount, which left people on a "not available" page instead of the feed.
        onConfirm={() =>
          remove.mutateAsync(story.id).then(
            () => {
              deleting.close();
              onDeleted();
            },
            (error: unknown) => {
              deleting.close();
              fail(t('actions.notDeleted'))(error);
            },
          )
        }
      >
        {t('actions.deleteDialog.body')}
      </ConfirmDialog>
      {story.canModerate && (
        <>
          {(story.featured || story.canFeature) && (
            <Button
              variant="default"
              leftSection={story.featured ? <IconStarOff size={16} aria-hidden /> : <IconStar size={16} aria-hidden />}
              loading={moderate.isPending && ['feature', 'unfeature'].includes(moderate.variables?.moderation.action ?? '')}
              onClick={() =>
                moderate.mutate({ id: story.id, moderation: { action: story.featured ? 'unfeature' : 'feature' } }, { onError: fail(t('actions.notChanged')) })
              }
            >
              {story.featured ? t('actions.unfeature') : t('actions.feature')}
            </Button>
          )}
          {story.status === 'hidden' ? (
            <Button
              variant="default"
              leftSection={<IconEye size={16} aria-hidden />}
              onClick={() => moderate.mutate({ id: story.id, moderation: { action: 'unhide' } }, { onError: fail(t('actions.notPublished')) })}
            >
              {t('actions.unhide')}
            </Button>
          ) : (
            <Button variant="default" leftSection={<IconEyeOff size={16} aria-hidden />} onClick={hide.open}>
              {t('actions.hide')}
            </Button>
          )}
        </>
      )}
      <Modal opened={hideOpen} onClose={hide.close} title={t('actions.hideDialog.title')} closeButtonProps={{ 'aria-label': t('ui:close') }}>
        <Stack>
          <Textarea
            label={t('actions.hideDialog.reason')}
            required
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Button
            disabled={!reason.trim()}
            loading={moderate.isPending}
            onClick={() =>
              moderate.mutate(
                { id: story.id, moderation: { action: 'hide', reason } },
                {
                  onSuccess: () => {
                    hide.close();
                    setReason('');
                  },
                  onError: fail(t('actions.notHidden')),
                },
              )
            }
          >
            {t('actions.hideDialog.confirm')}
          </Button>
        </Stack>
      </Modal>
      <Modal opened={editOpen} onClose={edit.close} title={t('actions.editDialog.title')} size="lg" closeButtonProps={{ 'aria-label': t('ui:close') }}>
        <Stack>
          <TextInput label={t('composer.title')} maxLength={120} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
          <Textarea
            label={t('part.situation')}
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.situation}
            onChange={(e) => setDraft({ ...draft, situation: e.currentTarget.value })}
          />
          <Textarea
            label={t('part.action')}
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.currentTarget.value })}
          />
          <Textarea
            label={t('actions.editDialog.impact')}
            autosize
            minRows={2}
            maxLength={2000}
            value={draft.impact}
            onChange={(e) => setDraft({ ...draft, impact: e.currentTarget.value })}
          />
          <Button
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { id: story.id, changes: { version: story.version, ...draft } },
                {
                  onSuccess: edit.close,
                  onError: (error) =>
                    notifications.show({
                      color: 'red',
                      title: error instanceof ApiProblem && error.status === 409 ? t('actions.editDialog.conflict') : t('actions.editDialog.notSaved'),
                      message: error instanceof ApiProblem && error.status === 409 ? t('actions.editDialog.conflictHint') : problemMessage(error),
                    }),
                },
              )
            }
          >
            {t('actions.editDialog.save')}
          </Button>
        </Stack>
      </Modal>
    </Group>
  );
}
