import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EndorseButton } from '../../endorsements';
import { CustomerQuote, HeroLinks, type Story, StoryBadges, StoryByline, StoryText } from '../../stories';

/** The card (an article named by its title) says which story; the link says how many comments. */
function commentsLabel(count: number): string {
  if (count === 0) return 'No comments yet: add one';
  return `${count} ${count === 1 ? 'comment' : 'comments'}`;
}

/** A hero story in the feed: who, what happened, the customer's words, an endorse button and the comment count. */
export function StoryCard({ story, viewerId }: { story: Story; viewerId: string }) {
  return (
    <Card component="article" withBorder radius="lg" p="lg" aria-labelledby={`story-${story.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} fz="lg" id={`story-${story.id}`}>
              <Anchor component={Link} to={`/stories/${story.id}`} c="inherit" fw={700} underline="hover">
                {story.title}
              </Anchor>
            </Title>
            <Text size="sm">
              Hero{story.heroes.length > 1 ? 'es' : ''}: <HeroLinks story={story} />
            </Text>
          </Stack>
          <EndorseButton story={story} viewerId={viewerId} />
        </Group>
        <StoryBadges story={story} />
        <Stack gap={4}>
          <Text fw={600} size="sm" c="dimmed">
            What happened
          </Text>
          <StoryText>{story.situation}</StoryText>
          <StoryText>{story.action}</StoryText>
        </Stack>
        {story.customerQuote && <CustomerQuote text={story.customerQuote} />}
        {story.customerPraise && <CustomerQuote text={story.customerPraise} />}
        <Group justify="space-between">
          <StoryByline story={story} />
          <Group gap="md">
            <Anchor component={Link} to={`/stories/${story.id}#comments`} size="sm" c="gray.8" aria-label={commentsLabel(story.commentCount)}>
              <Group gap={4} component="span">
                <IconMessageCircle size={16} aria-hidden /> {story.commentCount}
              </Group>
            </Anchor>
            <Anchor component={Link} to={`/stories/${story.id}`} size="sm" fw={600} c="ember.9">
              Read the whole story
            </Anchor>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
