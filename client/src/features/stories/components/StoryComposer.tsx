import { Alert, Button, Card, Chip, Group, Select, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEye, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useCreateStory } from '../api/create-story';
import type { Story } from '../api/list-feed';
import { useCompanyValues } from '../../values';
import { HeroPicker, type HeroOption } from './HeroPicker';
import { CHANNEL_LABELS } from './StoryMeta';
import { StoryText } from './StoryText';

const FIELDS = ['title', 'heroIds', 'situation', 'action', 'impact', 'occurredOn', 'channel', 'resolvedWithoutHandoff', 'customerQuote', 'valueIds'] as const;

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface Values {
  title: string;
  heroes: HeroOption[];
  situation: string;
  action: string;
  impact: string;
  occurredOn: string;
  channel: string | null;
  resolvedWithoutHandoff: boolean;
  customerQuote: string;
  valueIds: string[];
}

/** Guides a teller through what the customer needed, what the hero did and how it ended, then a preview. */
export function StoryComposer({ onCreated }: { onCreated: (story: Story) => void }) {
  const create = useCreateStory();
  const values = useCompanyValues();
  const [preview, setPreview] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { title: '', heroes: [], situation: '', action: '', impact: '', occurredOn: today(), channel: null, resolvedWithoutHandoff: false, customerQuote: '', valueIds: [] },
    validate: {
      title: (v) => (v.trim() ? null : 'Give the story a title'),
      heroes: (v) => (v.length ? null : 'Name at least one hero'),
      situation: (v) => (v.trim() ? null : 'What did the customer need?'),
      action: (v) => (v.trim() ? null : 'What did the hero do?'),
      impact: (v) => (v.trim() ? null : 'How did it end for the customer?'),
      channel: (v) => (v ? null : 'How did the customer reach us?'),
      valueIds: (v) => (v.length >= 1 && v.length <= 5 ? null : 'Pick one to five values'),
    },
  });

  const submit = form.onSubmit(async (v) => {
    setFormError(null);
    try {
      const story = await create.mutateAsync({
        title: v.title,
        heroIds: v.heroes.map((h) => h.value),
        situation: v.situation,
        action: v.action,
        impact: v.impact,
        occurredOn: v.occurredOn,
        channel: v.channel as Story['channel'],
        resolvedWithoutHandoff: v.resolvedWithoutHandoff,
        customerQuote: v.customerQuote.trim() || undefined,
        valueIds: v.valueIds,
      });
      onCreated(story);
    } catch (error) {
      const { fields, unmatched } = fieldErrorsFor(error, FIELDS);
      const mapped = Object.fromEntries(Object.entries(fields).map(([field, message]) => [field === 'heroIds' ? 'heroes' : field, message]));
      form.setErrors(mapped);
      if (unmatched.length || !Object.keys(fields).length) setFormError(unmatched[0] ?? problemMessage(error));
      setPreview(false);
    }
  });

  const v = form.values;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {formError && (
          <Alert color="red" title="The story was not saved">
            {formError}
          </Alert>
        )}
        {preview ? (
          <Card withBorder radius="lg" p="lg" aria-label="Preview">
            <Stack gap="sm">
              <Title order={2} fz="lg">
                {v.title || 'Untitled story'}
              </Title>
              <Text size="sm">Heroes: {v.heroes.map((h) => h.label.split(' · ')[0]).join(', ') || '—'}</Text>
              <Text fw={600}>What the customer needed</Text>
              <StoryText>{v.situation}</StoryText>
              <Text fw={600}>What the hero did</Text>
              <StoryText>{v.action}</StoryText>
              <Text fw={600}>How it ended</Text>
              <StoryText>{v.impact}</StoryText>
              {v.customerQuote && <Text fs="italic">“{v.customerQuote}”</Text>}
            </Stack>
          </Card>
        ) : (
          <>
            <Card withBorder radius="lg" p="lg">
              <Stack gap="md">
                <TextInput label="Title" description="One line a colleague would want to read." maxLength={120} required {...form.getInputProps('title')} />
                <HeroPicker value={v.heroes} onChange={(heroes) => form.setFieldValue('heroes', heroes)} error={form.errors.heroes as string | undefined} />
                <Group grow align="flex-start">
                  <TextInput type="date" label="When did it happen?" max={today()} required {...form.getInputProps('occurredOn')} />
                  <Select label="How did the customer reach us?" placeholder="Choose a channel" required data={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))} {...form.getInputProps('channel')} />
                </Group>
              </Stack>
            </Card>
            <Card withBorder radius="lg" p="lg">
              <Stack gap="md">
                <Textarea label="1. What the customer needed" description="The situation, in a few sentences." autosize minRows={3} maxLength={2000} required {...form.getInputProps('situation')} />
                <Textarea label="2. What the hero did" description="The action: what made it heroic? **Bold** and lists work." autosize minRows={3} maxLength={2000} required {...form.getInputProps('action')} />
                <Textarea label="3. How it ended for the customer" description="The impact." autosize minRows={2} maxLength={2000} required {...form.getInputProps('impact')} />
                <Switch label="Solved without handing the customer to someone else (first-contact resolution)" {...form.getInputProps('resolvedWithoutHandoff', { type: 'checkbox' })} />
                <TextInput label="What the customer said (optional)" maxLength={500} {...form.getInputProps('customerQuote')} />
              </Stack>
            </Card>
            <Card withBorder radius="lg" p="lg">
              <Chip.Group multiple value={v.valueIds} onChange={(ids) => form.setFieldValue('valueIds', ids)}>
                <Text fw={500} size="sm" mb={4} id="values-label">
                  Which company values does it show? (1–5)
                </Text>
                <Group gap="xs" role="group" aria-labelledby="values-label">
                  {(values.data ?? []).map((value) => (
                    <Chip key={value.id} value={value.id} variant="outline">
                      {value.name}
                    </Chip>
                  ))}
                </Group>
                {form.errors.valueIds && (
                  <Text c="red.8" size="sm" mt={4}>
                    {form.errors.valueIds}
                  </Text>
                )}
              </Chip.Group>
            </Card>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" leftSection={preview ? <IconPencil size={16} aria-hidden /> : <IconEye size={16} aria-hidden />} onClick={() => setPreview((p) => !p)}>
            {preview ? 'Back to editing' : 'Preview'}
          </Button>
          <Button type="submit" loading={create.isPending}>
            Publish story
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
