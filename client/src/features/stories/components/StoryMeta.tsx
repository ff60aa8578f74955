import { Anchor, Group, Text } from '@mantine/core';
import { ToneBadge } from '../../../components/ui/badges';
import { ChampionBadge } from '../../../components/ui/champion-badge';
import { IconCircleCheck } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/dates';
import { listParts } from '../../../lib/intl';
import type { Story } from '../api/story-keys';

/** The channels a story happened on, by the words of the active language. */
export function useChannelLabels(): Record<Story['channel'], string> {
  const { t } = useTranslation('stories');
  return {
    in_person: t('channel.in_person'),
    phone: t('channel.phone'),
    chat: t('channel.chat'),
    email: t('channel.email'),
    social: t('channel.social'),
    field: t('channel.field'),
  };
}

/** The heroes' names as links, joined the way the language lists names ("Ana, Ben and Cleo", "Ana, Ben y Cleo"). */
export function HeroLinks({ story }: { story: Story }) {
  return (
    <Text component="span" fw={600}>
      {listParts(story.heroes.length).map((part, index) => {
        if (part.type === 'literal') return <Fragment key={`sep-${index}`}>{part.value}</Fragment>;
        const hero = story.heroes[part.index]!;
        return (
          <Fragment key={hero.id}>
            <Anchor component={Link} to={`/people/${hero.id}`} fw={700} c="ember.9">
              {hero.name}
            </Anchor>
            {hero.champion && <ChampionBadge champion={hero.champion} />}
          </Fragment>
        );
      })}
    </Text>
  );
}

export function StoryBadges({ story }: { story: Story }) {
  const { t } = useTranslation('stories');
  const channels = useChannelLabels();
  return (
    <Group gap={6}>
      {story.featured && <ToneBadge tone="amber">{t('badge.featured')}</ToneBadge>}
      {story.fromCustomer && <ToneBadge tone="green">{t('badge.fromCustomer')}</ToneBadge>}
      {story.praisedByCustomer && <ToneBadge tone="green">{t('badge.praisedByCustomer')}</ToneBadge>}
      {story.rewarded && <ToneBadge tone="indigo">{t('badge.rewarded')}</ToneBadge>}
      {story.status === 'hidden' && <ToneBadge tone="red">{t('badge.hidden')}</ToneBadge>}
      <ToneBadge tone="slate">{channels[story.channel]}</ToneBadge>
      {story.resolvedWithoutHandoff && (
        <ToneBadge tone="green">
          <Group gap={4} wrap="nowrap">
            <IconCircleCheck size={12} aria-hidden /> {t('badge.firstContact')}
          </Group>
        </ToneBadge>
      )}
      {story.values.map((value) => (
        <ToneBadge key={value.id} tone="ember">
          {value.name}
        </ToneBadge>
      ))}
      {story.ticketUrl && (
        <Anchor href={story.ticketUrl} target="_blank" rel="noopener noreferrer" size="sm" fw={600}>
          {t('ticket')}
        </Anchor>
      )}
    </Group>
  );
}

export function StoryByline({ story }: { story: Story }) {
  const { t } = useTranslation('stories');
  return (
    <Text size="sm" c="dimmed">
      {t('byline', { author: story.author.name, date: formatDate(story.occurredOn), edited: story.editedAt ? 'yes' : 'no' })}
    </Text>
  );
}
