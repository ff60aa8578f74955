import { Anchor, Group, Text } from '@mantine/core';
import { ToneBadge } from '../../../components/ui/badges';
import { ChampionBadge } from '../../../components/ui/champion-badge';
import { IconCircleCheck } from '@tabler/icons-react';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import type { Story } from '../api/story-keys';

export const CHANNEL_LABELS: Record<Story['channel'], string> = {
  in_person: 'In person',
  phone: 'Phone',
  chat: 'Chat',
  email: 'Email',
  social: 'Social',
  field: 'In the field',
};

export function HeroLinks({ story }: { story: Story }) {
  return (
    <Text component="span" fw={600}>
      {story.heroes.map((hero, index) => (
        <Fragment key={hero.id}>
          {index > 0 && (index === story.heroes.length - 1 ? ' and ' : ', ')}
          <Anchor component={Link} to={`/people/${hero.id}`} fw={700} c="ember.9">
            {hero.name}
          </Anchor>
          {hero.champion && <ChampionBadge champion={hero.champion} />}
        </Fragment>
      ))}
    </Text>
  );
}

export function StoryBadges({ story }: { story: Story }) {
  return (
    <Group gap={6}>
      {story.featured && <ToneBadge tone="amber">Featured</ToneBadge>}
      {story.fromCustomer && <ToneBadge tone="green">From a customer</ToneBadge>}
      {story.praisedByCustomer && <ToneBadge tone="green">Praised by a customer</ToneBadge>}
      {story.rewarded && <ToneBadge tone="indigo">Rewarded</ToneBadge>}
      {story.status === 'hidden' && <ToneBadge tone="red">Hidden</ToneBadge>}
      <ToneBadge tone="slate">{CHANNEL_LABELS[story.channel]}</ToneBadge>
      {story.resolvedWithoutHandoff && (
        <ToneBadge tone="green">
          <Group gap={4} wrap="nowrap">
            <IconCircleCheck size={12} aria-hidden /> First contact
          </Group>
        </ToneBadge>
      )}
      {story.values.map((value) => (
        <ToneBadge key={value.id} tone="ember">
          {value.name}
        </ToneBadge>
      ))}
    </Group>
  );
}

export function StoryByline({ story }: { story: Story }) {
  return (
    <Text size="sm" c="dimmed">
      Told by {story.author.name} · happened {formatDate(story.occurredOn)}
      {story.editedAt ? ' · edited' : ''}
    </Text>
  );
}
