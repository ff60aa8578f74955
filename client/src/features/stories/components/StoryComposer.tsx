import { Alert, Button, Card, Chip, Group, Select, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEye, IconPencil } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useSession } from '../../../lib/auth-session';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { useCompanyToday } from '../../../lib/company-today';
import { focusFirstProblem, formProblem, type FieldNames } from '../../../lib/form-problems';
import { problemMessage } from '../../../lib/problem';
import { useCreateStory } from '../api/create-story';
import type { Story } from '../api/list-feed';
import { useCompanyValues } from '../../values';
import { useStoryDraft } from '../api/story-draft';
import { CustomerQuote } from './CustomerQuote';
import { HeroPicker, type HeroOption } from './HeroPicker';
import { CHANNEL_LABELS } from './StoryMeta';
import { StoryText } from './StoryText';

/** How the composer calls each field the server may name in a problem. */
export const STORY_FIELD_NAMES: FieldNames = {
  title: { name: 'the title' },
  heroIds: { name: 'the heroes', formField: 'heroes' },
  situation: { name: 'what the customer needed' },
  action: { name: 'what the hero did' },
  impact: { name: 'how it ended' },
  occurredOn: { name: 'the day it happened' },
  channel: { name: 'the channel' },
  resolvedWithoutHandoff: { name: 'first-contact resolution' },
  customerQuote: { name: 'what the customer said' },
  valueIds: { name: 'the company values' },
};

/** The server's limits, so most problems never happen (StoryInputDto). */
export const STORY_LIMITS = { title: 120, part: 2000, quote: 500, heroes: 10, values: 5 } as const;

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

function emptyStory(today: string): Values {
  return {
    title: '',
    heroes: [],
    situation: '',
    action: '',
    impact: '',
    occurredOn: today,
    channel: null,
    resolvedWithoutHandoff: false,
    customerQuote: '',
    valueIds: [],
  };
}

/** Something a person would mind losing: any text written or choice made (the default day does not count). */
function hasWork(v: Values): boolean {
  return (
    [v.title, v.situation, v.action, v.impact, v.customerQuote].some((text) => text.trim() !== '') ||
    v.heroes.length > 0 ||
    v.valueIds.length > 0 ||
    v.channel !== null
  );
}

/** Guides a teller through what the customer needed, what the hero did and how it ended, then a preview. */
export function StoryComposer({ onCreated }: { onCreated: (story: Story) => void }) {
  // The default day and the latest day offered are the company's today, which the server decides.
  const today = useCompanyToday();
  const session = useSession();
  if (today.error) return <ErrorPanel message={problemMessage(today.error)} onRetry={() => void today.refetch()} />;
  if (!today.data || session.status !== 'signed-in') return <CenteredLoader label="Loading the story form" />;
  return <ComposerForm key={session.employee.id} today={today.data} employeeId={session.employee.id} onCreated={onCreated} />;
}

function ComposerForm({ today, employeeId, onCreated }: { today: string; employeeId: string; onCreated: (story: Story) => void }) {
  const create = useCreateStory();
  const draft = useStoryDraft<Values>(employeeId);
  const [draftNotice, setDraftNotice] = useState(draft.restored ? draft.restored.savedAt : null);
  const [discarding, setDiscarding] = useState(false);
  const published = useRef(false);
  const values = useCompanyValues();
  const formRef = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    // A kept draft comes back as it was; a day it named that is now after today (clock moved) falls back to today.
    initialValues: draft.restored
      ? {
          ...emptyStory(today),
          ...draft.restored.values,
          occurredOn: draft.restored.values.occurredOn > today ? today : draft.restored.values.occurredOn || today,
        }
      : emptyStory(today),
    validate: {
      title: (v) => (v.trim() ? null : 'Give the story a title'),
      heroes: (v) => (v.length ? null : 'Name at least one hero'),
      situation: (v) => (v.trim() ? null : 'What did the customer need?'),
      action: (v) => (v.trim() ? null : 'What did the hero do?'),
      impact: (v) => (v.trim() ? null : 'How did it end for the customer?'),
      occurredOn: (v) => (!v ? 'Choose the day it happened' : v > today ? 'The day it happened cannot be after today: choose today or an earlier day.' : null),
      channel: (v) => (v ? null : 'How did the customer reach us?'),
      valueIds: (v) => (v.length >= 1 && v.length <= STORY_LIMITS.values ? null : 'Pick one to five values'),
    },
  });

  const v = form.values;
  const unsaved = hasWork(v);

  // Every change is kept at once, so nothing typed depends on a timer having run.
  const { save: saveDraft, clear: clearDraft } = draft;
  useEffect(() => {
    if (published.current) return;
    if (hasWork(form.values)) saveDraft(form.values);
    else clearDraft();
  }, [form.values, saveDraft, clearDraft]);

  // Closing the tab or reloading with unpublished work: the browser asks first (the draft is kept either way).
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  // Leaving for another page of the app: our own dialog says what happens to the draft.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && !published.current && currentLocation.pathname !== nextLocation.pathname);

  const showProblems = () => {
    setPreview(false);
    focusFirstProblem(formRef.current);
  };

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
      published.current = true;
      draft.clear();
      onCreated(story);
    } catch (error) {
      const { fields, general } = formProblem(error, STORY_FIELD_NAMES);
      form.setErrors(fields);
      setFormError(general);
      showProblems();
    }
  }, showProblems);

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Tell a hero story">
      <Stack gap="lg">
        {draftNotice && (
          <Alert color="blue" title="Your draft is back">
            <Group justify="space-between" gap="sm">
              <Text size="sm">You started this story on {formatDateTime(draftNotice)}; it was kept on this device.</Text>
              <Button size="xs" variant="default" onClick={() => setDiscarding(true)}>
                Start afresh
              </Button>
            </Group>
          </Alert>
        )}
        <ConfirmDialog
          opened={discarding}
          title="Throw this draft away?"
          confirmLabel="Throw it away"
          cancelLabel="Keep the draft"
          danger
          onCancel={() => setDiscarding(false)}
          onConfirm={() => {
            draft.clear();
            form.setValues(emptyStory(today));
            form.resetDirty(emptyStory(today));
            setDraftNotice(null);
            setDiscarding(false);
          }}
        >
          Everything written in this story so far is deleted from this device. This cannot be undone.
        </ConfirmDialog>
        <ConfirmDialog
          opened={blocker.state === 'blocked'}
          title="Leave this story for now?"
          confirmLabel="Leave"
          cancelLabel="Keep writing"
          onCancel={() => blocker.reset?.()}
          onConfirm={() => blocker.proceed?.()}
        >
          It is not published yet. Your draft stays on this device, and it will be here when you come back to tell a story.
        </ConfirmDialog>
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
              <Text size="sm" c="dimmed">
                {formatDate(v.occurredOn)} · {v.channel ? CHANNEL_LABELS[v.channel as keyof typeof CHANNEL_LABELS] : 'No channel chosen yet'}
                {v.resolvedWithoutHandoff ? ' · Solved without a hand-off' : ''}
              </Text>
              <Text size="sm">
                Values:{' '}
                {(values.data ?? [])
                  .filter((value) => v.valueIds.includes(value.id))
                  .map((value) => value.name)
                  .join(', ') || '—'}
              </Text>
              <Text fw={600}>What the customer needed</Text>
              <StoryText>{v.situation}</StoryText>
              <Text fw={600}>What the hero did</Text>
              <StoryText>{v.action}</StoryText>
              <Text fw={600}>How it ended</Text>
              <StoryText>{v.impact}</StoryText>
              {v.customerQuote.trim() && <CustomerQuote text={v.customerQuote} />}
            </Stack>
          </Card>
        ) : (
          <>
            <Card withBorder radius="lg" p="lg">
              <Stack gap="md">
                <TextInput
                  label="Title"
                  description="One line a colleague would want to read."
                  maxLength={STORY_LIMITS.title}
                  required
                  {...form.getInputProps('title')}
                />
                <HeroPicker value={v.heroes} onChange={(heroes) => form.setFieldValue('heroes', heroes)} error={form.errors.heroes as string | undefined} />
                <Group grow align="flex-start">
                  <TextInput type="date" label="When did it happen?" max={today} required {...form.getInputProps('occurredOn')} />
                  <Select
                    label="How did the customer reach us?"
                    placeholder="Choose a channel"
                    required
                    data={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
                    {...form.getInputProps('channel')}
                  />
                </Group>
              </Stack>
            </Card>
            <Card withBorder radius="lg" p="lg">
              <Stack gap="md">
                <Textarea
                  label="1. What the customer needed"
                  description="The situation, in a few sentences."
                  autosize
                  minRows={3}
                  maxLength={STORY_LIMITS.part}
                  required
                  {...form.getInputProps('situation')}
                />
                <Textarea
                  label="2. What the hero did"
                  description="The action: what made it heroic? **Bold** and lists work."
                  autosize
                  minRows={3}
                  maxLength={STORY_LIMITS.part}
                  required
                  {...form.getInputProps('action')}
                />
                <Textarea
                  label="3. How it ended for the customer"
                  description="The impact."
                  autosize
                  minRows={2}
                  maxLength={STORY_LIMITS.part}
                  required
                  {...form.getInputProps('impact')}
                />
                <Switch
                  label="Solved without handing the customer to someone else (first-contact resolution)"
                  {...form.getInputProps('resolvedWithoutHandoff', { type: 'checkbox' })}
                />
                <TextInput label="What the customer said (optional)" maxLength={STORY_LIMITS.quote} {...form.getInputProps('customerQuote')} />
              </Stack>
            </Card>
            <Card withBorder radius="lg" p="lg">
              <Chip.Group multiple value={v.valueIds} onChange={(ids) => form.setFieldValue('valueIds', ids)}>
                <Text fw={500} size="sm" mb={4} id="values-label">
                  Which company values does it show? (1–5)
                </Text>
                <Group gap="xs" role="group" aria-labelledby="values-label" data-invalid={form.errors.valueIds ? 'true' : undefined}>
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
          <Button
            variant="default"
            leftSection={preview ? <IconPencil size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
            onClick={() => setPreview((p) => !p)}
          >
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
