import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHeart, IconHeartFilled } from '@tabler/icons-react';
import { problemMessage } from '../../../lib/problem';
import { useEndorseStory } from '../api/endorse-story';
import type { Story } from '../../stories';

/** Endorse or withdraw in one click; the count updates at once and rolls back if the server refuses. */
export function EndorseButton({ story, viewerId }: { story: Story; viewerId: string }) {
  const endorse = useEndorseStory();
  const own = story.author.id === viewerId || story.heroes.some((h) => h.id === viewerId);
  const label = `${story.endorsementCount} ${story.endorsementCount === 1 ? 'endorsement' : 'endorsements'}`;
  const button = (
    <Button
      variant={story.endorsedByMe ? 'filled' : 'light'}
      size="compact-md"
      radius="xl"
      leftSection={story.endorsedByMe ? <IconHeartFilled size={16} aria-hidden /> : <IconHeart size={16} aria-hidden />}
      disabled={own || story.status === 'hidden'}
      aria-pressed={story.endorsedByMe}
      aria-label={`${story.endorsedByMe ? 'Withdraw endorsement' : 'Endorse'} “${story.title}” (${label})`}
      onClick={() =>
        endorse.mutate(
          { id: story.id, endorse: !story.endorsedByMe },
          { onError: (error) => notifications.show({ color: 'red', title: 'Endorsement not saved', message: problemMessage(error) }) },
        )
      }
    >
      <span aria-live="polite">{story.endorsementCount}</span>
    </Button>
  );
  return own ? (
    <Tooltip label="You told this story or are one of its heroes" withArrow>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
}
