import { Alert, Button, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { problemMessage } from '../../../lib/problem';
import { type Compliment, useHeroRecentStories, useMergeCompliment } from '../api/compliments';

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** Adds the compliment to one of the hero's recent stories instead of telling a new one: that card then says "Praised by a customer". */
export function MergeIntoStoryModal({ compliment, hero, onClose }: { compliment: Compliment; hero: { id: string; name: string }; onClose: () => void }) {
  const stories = useHeroRecentStories(hero.id);
  const merge = useMergeCompliment();
  const [storyId, setStoryId] = useState<string>();
  const add = () =>
    storyId &&
    merge.mutate(
      { id: compliment.id, storyId, heroId: compliment.hero ? undefined : hero.id },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `The story now says a customer praised ${hero.name}.` });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={`Add to a story about ${hero.name}`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        {stories.isPending && <CenteredLoader label="Loading stories" />}
        {stories.isError && <Alert color="red">{problemMessage(stories.error)}</Alert>}
        {stories.data?.length === 0 && <Text>{hero.name} is not yet the hero of a published story: confirm it as a new story instead.</Text>}
        {stories.data && stories.data.length > 0 && (
          <Radio.Group label={`${hero.name}’s recent stories`} value={storyId ?? null} onChange={setStoryId}>
            <Stack gap="xs" mt="xs">
              {stories.data.map((s) => (
                <Radio key={s.id} value={s.id} label={`${s.title} (${when.format(new Date(s.occurredOn))})`} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {merge.error && <Alert color="red">{problemMessage(merge.error)}</Alert>}
        <Button disabled={!storyId} loading={merge.isPending} onClick={add}>
          Add to this story
        </Button>
      </Stack>
    </Modal>
  );
}
