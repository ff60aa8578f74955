import { Card, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '../../../lib/dates';
import type { ComposerValues } from './composer-values';
import { CustomerQuote } from './CustomerQuote';
import { CHANNEL_LABELS } from './StoryMeta';
import { StoryText } from './StoryText';

/** The story as it will read once published: heroes, day, channel, values, the three parts and the quote. */
export function StoryPreview({ values, companyValues }: { values: ComposerValues; companyValues: { id: string; name: string }[] }) {
  return (
    <Card withBorder radius="lg" p="lg" aria-label="Preview">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {values.title || 'Untitled story'}
        </Title>
        <Text size="sm">Heroes: {values.heroes.map((h) => h.label.split(' · ')[0]).join(', ') || '—'}</Text>
        <Text size="sm" c="dimmed">
          {formatDate(values.occurredOn)} · {values.channel ? CHANNEL_LABELS[values.channel as keyof typeof CHANNEL_LABELS] : 'No channel chosen yet'}
          {values.resolvedWithoutHandoff ? ' · Solved without a hand-off' : ''}
        </Text>
        <Text size="sm">
          Values:{' '}
          {companyValues
            .filter((value) => values.valueIds.includes(value.id))
            .map((value) => value.name)
            .join(', ') || '—'}
        </Text>
        <Text fw={600}>What the customer needed</Text>
        <StoryText>{values.situation}</StoryText>
        <Text fw={600}>What the hero did</Text>
        <StoryText>{values.action}</StoryText>
        <Text fw={600}>How it ended</Text>
        <StoryText>{values.impact}</StoryText>
        {values.customerQuote.trim() && <CustomerQuote text={values.customerQuote} />}
      </Stack>
    </Card>
  );
}
