import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useSearch, type SearchResults as Results } from '../api/search';
import { Highlighted } from './Highlighted';

function People({ people }: { people: Results['people'] }) {
  const { t } = useTranslation('search');
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {people.map((person) => (
        <Group key={person.id} component="li" gap="sm" wrap="nowrap">
          <PersonAvatar name={person.name} size={36} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
              {person.name}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[person.jobTitle, person.department.name, person.active ? null : t('person.left')].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

function Stories({ stories }: { stories: Results['stories'] }) {
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {stories.map((story) => (
        <Card key={story.id} component="li" withBorder radius="md" padding="md">
          <Anchor component={Link} to={`/stories/${story.id}`} fw={600} size="lg">
            <Highlighted segments={story.title} />
          </Anchor>
          <Text size="sm" c="dimmed" mb={4}>
            {story.heroes.map((h) => h.name).join(', ')} · {formatDate(story.occurredOn)}
          </Text>
          <Text size="sm">
            <Highlighted segments={story.snippet} />
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

/** What a query found: people first (a short list), then the stories, best match first. */
export function SearchResults({ q }: { q: string }) {
  const { t } = useTranslation('search');
  const search = useSearch(q);
  if (!q.trim()) return <Text c="dimmed">{t('results.hint')}</Text>;
  if (search.isPending) return <CenteredLoader label={t('results.searching')} />;
  if (search.isError)
    return (
      <Alert color="red" title={t('results.failed')}>
        {problemMessage(search.error)}
      </Alert>
    );
  const { people, stories } = search.data;
  return (
    <Stack gap="xl" aria-busy={search.isFetching}>
      <section aria-labelledby="search-people">
        <Title order={2} id="search-people" size="h3" mb="sm">
          {t('results.people', { count: people.length })}
        </Title>
        {people.length ? <People people={people} /> : <Text c="dimmed">{t('results.noPeople')}</Text>}
      </section>
      <section aria-labelledby="search-stories">
        <Title order={2} id="search-stories" size="h3" mb="sm">
          {t('results.stories', { count: stories.length })}
        </Title>
        {stories.length ? <Stories stories={stories} /> : <Text c="dimmed">{t('results.noStories')}</Text>}
      </section>
    </Stack>
  );
}
