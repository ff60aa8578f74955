import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import type { Story } from '../../stories';
import { useEndorsements } from '../api/list-endorsements';

/** Who endorsed the story (endorsing is the button beside the title; comments are a conversation of their own). */
export function Endorsers({ story, viewerId }: { story: Story; viewerId: string }) {
  const endorsements = useEndorsements(story.id);
  const own = story.author.id === viewerId || story.heroes.some((h) => h.id === viewerId);
  const items = endorsements.data?.items ?? [];

  return (
    <Card withBorder radius="lg" p="lg" component="section" aria-labelledby="endorsers-title">
      <Stack gap="md">
        <Title order={2} fz="lg" id="endorsers-title">
          Endorsements ({story.endorsementCount})
        </Title>
        {endorsements.isPending ? (
          <Text c="dimmed">Loading endorsements…</Text>
        ) : endorsements.isError ? (
          <Text c="red.8">{problemMessage(endorsements.error)}</Text>
        ) : items.length === 0 ? (
          <Text c="dimmed">No endorsements yet{own ? '' : ' — be the first'}.</Text>
        ) : (
          <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((e) => (
              <Group key={e.id} component="li" wrap="nowrap" gap="xs">
                <PersonAvatar name={e.endorser.name} size={28} />
                <Text size="sm">
                  <Text span fw={600}>
                    {e.endorser.name}
                  </Text>{' '}
                  <Text span c="dimmed" size="xs">
                    · {e.endorser.department.name} · {formatDate(e.createdAt.slice(0, 10))}
                  </Text>
                </Text>
              </Group>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
