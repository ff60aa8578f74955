import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/dates';
import { formatList } from '../../../lib/intl';
import type { ComposerValues } from './composer-values';
import { CustomerQuote } from './CustomerQuote';
import { useChannelLabels } from './StoryMeta';
import { StoryText } from './StoryText';

/** The story as it will read once published: heroes, day, channel, values, the three parts and the quote. */
export function StoryPreview({ values, companyValues }: { values: ComposerValues; companyValues: { id: string; name: string }[] }) {
  const { t } = useTranslation('stories');
  const channels = useChannelLabels();
  const chosenValues = companyValues.filter((value) => values.valueIds.includes(value.id)).map((value) => value.name);
  return (
    <Card withBorder radius="lg" p="lg" aria-label={t('preview.label')}>
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {values.title || t('preview.untitled')}
        </Title>
        <Text size="sm">{t('preview.heroes', { heroes: formatList(values.heroes.map((h) => h.label.split(' · ')[0]!)) || '—' })}</Text>
        <Text size="sm" c="dimmed">
          {formatDate(values.occurredOn)} · {values.channel ? channels[values.channel as keyof typeof channels] : t('preview.noChannel')}
          {values.resolvedWithoutHandoff ? ` · ${t('preview.noHandoff')}` : ''}
        </Text>
        <Text size="sm">{t('preview.values', { values: formatList(chosenValues) || '—' })}</Text>
        <Text fw={600}>{t('part.situation')}</Text>
        <StoryText>{values.situation}</StoryText>
        <Text fw={600}>{t('part.action')}</Text>
        <StoryText>{values.action}</StoryText>
        <Text fw={600}>{t('part.impact')}</Text>
        <StoryText>{values.impact}</StoryText>
        {values.customerQuote.trim() && <CustomerQuote text={values.customerQuote} />}
      </Stack>
    </Card>
  );
}
