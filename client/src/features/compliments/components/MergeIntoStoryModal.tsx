import { Alert, Button, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { type Compliment, useHeroRecentStories, useMergeCompliment } from '../api/compliments';

/** Adds the compliment to one of the hero's recent stories instead of telling a new one: that card then says "Praised by a customer". */
export function MergeIntoStoryModal({ compliment, hero, onClose }: { compliment: Compliment; hero: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation('compliments');
  const stories = useHeroRecentStories(hero.id);
  const merge = useMergeCompliment();
  const [storyId, setStoryId] = useState<string>();
  const add = () =>
    storyId &&
    merge.mutate(
      { id: compliment.id, storyId, heroId: compliment.hero ? undefined : hero.id },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('merge.done', { name: hero.name }) });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('merge.title', { name: hero.name })} closeButtonProps={{ 'aria-label': t('ui:close') }}>
      <Stack>
        {stories.isPending && <CenteredLoader label={t('merge.loading')} />}
        {stories.isError && <Alert color="red">{problemMessage(stories.error)}</Alert>}
        {stories.data?.length === 0 && <Text>{t('merge.none', { name: hero.name })}</Text>}
        {stories.data && stories.data.length > 0 && (
          <Radio.Group label={t('merge.recent', { name: hero.name })} value={storyId ?? null} onChange={setStoryId}>
            <Stack gap="xs" mt="xs">
              {stories.data.map((s) => (
                <Radio key={s.id} value={s.id} label={`${s.title} (${formatDate(s.occurredOn)})`} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {merge.error && <Alert color="red">{problemMessage(merge.error)}</Alert>}
        <Button disabled={!storyId} loading={merge.isPending} onClick={add}>
          {t('merge.add')}
        </Button>
      </Stack>
    </Modal>
  );
}
