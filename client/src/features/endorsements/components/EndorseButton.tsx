import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHeart, IconHeartFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import { useEndorseStory } from '../api/endorse-story';
import type { Story } from '../../stories';

/** Endorse or withdraw in one click; the count updates at once and rolls back if the server refuses. */
export function EndorseButton({ story, viewerId }: { story: Story; viewerId: string }) {
  const endorse = useEndorseStory();
  const { t } = useTranslation('endorsements');
  const own = story.author.id === viewerId || story.heroes.some((h) => h.id === viewerId);
  const values = { title: story.title, count: story.endorsementCount };
  const button = (
    <Button
      variant={story.endorsedByMe ? 'filled' : 'light'}
      size="compact-md"
      radius="xl"
      leftSection={story.endorsedByMe ? <IconHeartFilled size={16} aria-hidden /> : <IconHeart size={16} aria-hidden />}
      disabled={own || story.status === 'hidden'}
      aria-pressed={story.endorsedByMe}
      aria-label={story.endorsedByMe ? t('withdrawLabel', values) : t('endorseLabel', values)}
      onClick={() =>
        endorse.mutate(
          { id: story.id, endorse: !story.endorsedByMe },
          { onError: (error) => notifications.show({ color: 'red', title: t('notSaved'), message: problemMessage(error) }) },
        )
      }
    >
      <span aria-live="polite">{story.endorsementCount}</span>
    </Button>
  );
  return own ? (
    <Tooltip label={t('own')} withArrow>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}
