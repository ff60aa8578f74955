import { Alert, Badge, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { problemMessage } from '../../../lib/problem';
import { type Redemption, useMyRedemptions, useRevealCode } from '../api/redemptions';
import { dateTimeFormat } from '../../../lib/intl';
import { useTranslation } from 'react-i18next';

const shortDate = (iso: string) => dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
/** The translation key naming each state. */
export const STATUS_LABELS = {
  pending: 'redemptions:status.pending',
  fulfilled: 'redemptions:status.fulfilled',
  declined: 'redemptions:status.declined',
} as const;
const STATUS_COLOURS: Record<Redemption['status'], string> = { pending: 'yellow.9', fulfilled: 'green.9', declined: 'red.9' };

function RevealCode({ redemption }: { redemption: Redemption }) {
  const { t } = useTranslation('redemptions');
  const reveal = useRevealCode();
  const [code, setCode] = useState<string>();
  if (code)
    return (
      <Alert color="green" title={t('mine.codeTitle')}>
        <Code fz="md" data-testid="redemption-code">
          {code}
        </Code>
      </Alert>
    );
  if (redemption.codeRevealedAt)
    return (
      <Text size="xs" c="dimmed">
        {t('mine.codeShown', { date: shortDate(redemption.codeRevealedAt) })}
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
        {t('mine.showCode')}
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
  const { t } = useTranslation('redemptions');
  const mine = useMyRedemptions();
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="lg" mb="sm">
        {t('mine.title')}
      </Title>
      {mine.isPending ? (
        <CenteredLoader />
      ) : mine.error ? (
        <Alert color="red">{problemMessage(mine.error)}</Alert>
      ) : mine.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('mine.empty')}
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
                  {t(STATUS_LABELS[r.status])}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {t('points', { count: r.cost })} · {shortDate(r.createdAt)}
                {r.charity ? ` · ${t('mine.forCharity', { charity: r.charity })}` : ''}
              </Text>
              {r.note && <Text size="sm">{r.status === 'declined' ? t('mine.declined', { note: r.note }) : r.note}</Text>}
              {r.status === 'fulfilled' && r.hasCode && <RevealCode redemption={r} />}
            </Stack>
          ))}
        </Stack>
      )}
    </Card>
  );
}
