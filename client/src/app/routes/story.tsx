import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('stories');
  if (session.status !== 'signed-in') return null;
  if (story.isPending) return <CenteredLoader label={t('page.loading')} />;
  if (story.isError) return <ErrorPanel title={t('page.unavailable')} message={problemMessage(story.error)} />;
  const s = story.data;
  const viewerId = session.employee.id;

  return (
    <Stack gap="lg" maw={820}>
      <Anchor component={Link} to="/" fw={600} c="ember.9">
        <Group gap={4}>
          <IconArrowLeft size={16} aria-hidden /> {t('page.back')}
        </Group>
      </Anchor>
      {s.status === 'hidden' && (
        <Alert color="gray" title={t('page.hidden')}>
          {s.hiddenReason ?? t('page.hiddenByModerator')}
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
            {t('feed:heroes', { count: s.heroes.length })} <HeroLinks story={s} />
          </Text>
          <StoryBadges story={s} />
          <Title order={2} fz="md">
            {t('part.situation')}
          </Title>
          <StoryText>{s.situation}</StoryText>
          <Title order={2} fz="md">
            {t('part.action')}
          </Title>
          <StoryText>{s.action}</StoryText>
          <Title order={2} fz="md">
            {t('part.impact')}
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
