import { Anchor, Card, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCake } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { FeedPage } from '../api/list-feed';

/** Today's milestone work anniversaries, celebrated at the top of the feed. */
export function AnniversaryCards({ anniversaries }: { anniversaries: FeedPage['anniversaries'] }) {
  if (!anniversaries.length) return null;
  return (
    <section aria-label="Work anniversaries today">
      {anniversaries.map((a) => (
        <Card key={a.employeeId} withBorder radius="lg" p="md" mb="sm" bg="yellow.0">
          <Group wrap="nowrap">
            <ThemeIcon size={40} radius="xl" color="yellow.6" aria-hidden>
              <IconCake size={22} />
            </ThemeIcon>
            <Text>
              <Anchor component={Link} to={`/people/${a.employeeId}`} fw={700} c="inherit">
                {a.name}
              </Anchor>{' '}
              ({a.department.name}) celebrates{' '}
              <strong>
                {a.years} {a.years === 1 ? 'year' : 'years'}
              </strong>{' '}
              with us today.
            </Text>
          </Group>
        </Card>
      ))}
    </section>
  );
}
