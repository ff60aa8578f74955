import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { CenteredLoader } from '../../components/ui/centered-loader';
import { CommentThread } from '../../features/comments';
import { ErrorPanel } from '../../components/ui/error-panel';
import { EndorseButton, Endorsers } from '../../features/endorsements';
import { RewardHeroesButton } from '../../features/rewards';
import { CustomerQuote, HeroLinks, StoryActions, StoryBadges, StoryByline, StoryText, useStory } from '../../features/stories';
import { useSession } from '../../lib/auth-session';
import { problemMessage } from '../../lib/problem';

export default function StoryRoute() {
  const { storyId = '' } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const story = useStory(storyId);
  if (session.status !== 'signed-in') return null;
  if (story.isPending) return <CenteredLoader label="Loading the story" />;
  if (story.isError) return <ErrorPanel title="This story is not available" message={problemMessage(story.error)} />;
  const s = story.data;
  const viewerId = session.employee.id;

  return (
    <Stack gap="lg" maw={820}>
      <Anchor component={Link} to="/" fw={600} c="ember.9">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden /> Back to the feed
        </Group>
      </Anchor>
      {s.status === 'hidden' && (
        <Alert color="gray" title="This story is hidden">
          {s.hiddenReason ?? 'A moderator hid it.'}
        </Alert>
      )}
      <Card withBorder radius="lg" p="xl" component="article">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={1} fz={28}>
              {s.title}
            </Title>
            <EndorseButton story={s} viewerId={viewerId} />
          </Group>
          <Text>
            Hero{s.heroes.length > 1 ? 'es' : ''}: <HeroLinks story={s} />
          </Text>
          <StoryBadges story={s} />
          <Title order={2} fz="md">
            What the customer needed
          </Title>
          <StoryText>{s.situation}</StoryText>
          <Title order={2} fz="md">
            What the hero did
          </Title>
          <StoryText>{s.action}</StoryText>
          <Title order={2} fz="md">
            How it ended
          </Title>
          <StoryText>{s.impact}</StoryText>
          {s.customerQuote && <CustomerQuote text={s.customerQuote} />}
          {s.customerPraise && <CustomerQuote text={s.customerPraise} />}
          <StoryByline story={s} />
          <Group gap="sm">
            {s.status === 'published' && <RewardHeroesButton story={s} />}
            <StoryActions story={s} viewerId={viewerId} onDeleted={() => navigate('/', { replace: true })} />
          </Group>
        </Stack>
      </Card>
      <CommentThread story={s} viewerId={viewerId} />
      <Endorsers story={s} viewerId={viewerId} />
    </Stack>
  );
}
