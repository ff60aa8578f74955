import { Anchor, Card, EmptyState, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ReciprocalPair } from '../api/get-fairness';
import { formatShare } from './ConcentrationBadge';

function Person({ person }: { person: ReciprocalPair['a'] }) {
  return (
    <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
      {person.name}
    </Anchor>
  );
}

/** "A → B: 4" with the arrow spelled out for screen readers. */
function Direction({ from, to, count }: { from: string; to: string; count: number }) {
  return (
    <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden>
        {from} → {to}
      </span>
      <VisuallyHidden>
        {from} to {to}
      </VisuallyHidden>
      : <strong>{count}</strong>
    </Text>
  );
}

/** Pairs who mostly endorse each other; a mutual-admiration pattern worth a look, nothing more. */
export function ReciprocalPairsList({ pairs, days }: { pairs: ReciprocalPair[]; days: number }) {
  if (!pairs.length) {
    return (
      <Card withBorder radius="lg" py="lg">
        <EmptyState
          icon={<IconArrowsExchange size={28} aria-hidden />}
          title="No reciprocal pairs found"
          description={`In the last ${days} days, no two people endorsed each other often enough for it to be most of what they endorse.`}
        />
      </Card>
    );
  }
  return (
    <Card withBorder radius="lg" p={0}>
      <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
        {pairs.map((pair, index) => {
          // First names read best; full names when the two share one.
          const [a, b] = firstName(pair.a.name) === firstName(pair.b.name) ? [pair.a.name, pair.b.name] : [firstName(pair.a.name), firstName(pair.b.name)];
          return (
            <Stack
              component="li"
              key={`${pair.a.id}-${pair.b.id}`}
              gap={4}
              px="md"
              py="sm"
              style={index ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
            >
              <Text>
                <Person person={pair.a} /> and <Person person={pair.b} /> endorse each other
              </Text>
              <Group gap="md" wrap="wrap">
                <Direction from={a} to={b} count={pair.aToB} />
                <Direction from={b} to={a} count={pair.bToA} />
                <Text span size="sm" c="dimmed">
                  {formatShare(pair.mutualShare)} of all the endorsements they give
                </Text>
              </Group>
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}

function firstName(name: string): string {
  return name.split(' ')[0] || name;
}
