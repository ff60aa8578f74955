import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Language } from '../api/set-language';

/** The app's languages, each named in its own words (so someone who cannot read the current one still finds theirs). */
const LANGUAGE_OPTIONS: { value: Language; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
  { value: 'de', label: 'Deutsch' },
];

/** A card of My profile with one choice of language: the person's own, or the company's default. */
export function LanguageCard(props: {
  id: string;
  title: ReactNode;
  description: ReactNode;
  label: string;
  /** Offered before the languages (such as "the browser's"). */
  before?: { value: string; label: string }[];
  value: string;
  pending: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <Paper p={{ base: 'md', sm: 'xl' }} shadow="xs" component="section" aria-labelledby={props.id}>
      <Stack gap="sm">
        <Title order={2} fz="lg" id={props.id}>
          {props.title}
        </Title>
        <Text size="sm" c="dimmed">
          {props.description}
        </Text>
        <Select
          label={props.label}
          data={[...(props.before ?? []), ...LANGUAGE_OPTIONS]}
          value={props.value}
          allowDeselect={false}
          disabled={props.pending}
          onChange={(value) => value && props.onChange(value)}
          w={{ base: '100%', xs: 280 }}
        />
      </Stack>
    </Paper>
  );
}
