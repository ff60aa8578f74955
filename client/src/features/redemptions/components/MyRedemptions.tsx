import { Alert, Badge, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { problemMessage } from '../../../lib/problem';
import { type Redemption, useMyRedemptions, useRevealCode } from '../api/redemptions';

const n = new Intl.NumberFormat('en-GB');
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
export const STATUS_LABELS: Record<Redemption['status'], string> = { pending: 'Waiting', fulfilled: 'Ready', declined: 'Declined' };
const STATUS_COLOURS: Record<Redemption['status'], string> = { pending: 'yellow.9', fulfilled: 'green.9', declined: 'red.9' };

function RevealCode({ redemption }: { redemption: Redemption }) {
  const reveal = useRevealCode();
  const [code, setCode] = useState<string>();
  if (code)
    return (
      <Alert color="green" title="Your code (shown once: copy it now)">
        <Code fz="md" data-testid="redemption-code">
          {code}
        </Code>
      </Alert>
    );
  if (redemption.codeRevealedAt)
    return (
      <Text size="xs" c="dimmed">
        The code was shown on {when.format(new Date(redemption.codeRevealedAt))}.
      </Text>
    );
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        variant="light"
        onClick={() => reveal.mutate(redemption.id, { onSuccess: (r) => setCode(r.code) })}
        loading={reveal.isPending}
        style={{ alignSelf: 'flex-start' }}
      >
        Show my code
      </Button>
      {reveal.error && (
        <Text size="xs" c="red.8" role="alert">
          {problemMessage(reveal.error)}
        </Text>
      )}
    </Stack>
  );
}

/** What the person redeemed, with its state and, once fulfilled, the note and code. */
export function MyRedemptions() {
  const mine = useMyRedemptions();
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" mb="sm">
        My redemptions
      </Title>
      {mine.isPending ? (
        <CenteredLoader />
      ) : mine.error ? (
        <Alert color="red">{problemMessage(mine.error)}</Alert>
      ) : mine.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing redeemed yet.
        </Text>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {mine.data.items.map((r) => (
            <Stack key={r.id} gap={4} component="li" aria-label={r.title}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {r.title}
                </Text>
                <Badge variant="light" c={STATUS_COLOURS[r.status]} color={STATUS_COLOURS[r.status].split('.')[0]} style={{ flexShrink: 0 }}>
                  {STATUS_LABELS[r.status]}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {n.format(r.cost)} points · {when.format(new Date(r.createdAt))}
                {r.charity ? ` · for ${r.charity}` : ''}
              </Text>
              {r.note && <Text size="sm">{r.status === 'declined' ? `Declined: ${r.note} The points are back in your balance.` : r.note}</Text>}
              {r.status === 'fulfilled' && r.hasCode && <RevealCode redemption={r} />}
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
