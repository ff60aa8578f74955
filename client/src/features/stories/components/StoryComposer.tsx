import { Alert, Button, Card, Group, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEye, IconPencil } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useSession } from '../../../lib/auth-session';
import { formatDateTime } from '../../../lib/dates';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { useCompanyToday } from '../../../lib/company-today';
import { focusFirstProblem, formProblem } from '../../../lib/form-problems';
import { problemMessage } from '../../../lib/problem';
import { useCreateStory } from '../api/create-story';
import type { Story } from '../api/story-keys';
import { useCompanyValues } from '../../values';
import { useStoryDraft } from '../api/story-draft';
import { HeroPicker } from './HeroPicker';
import { emptyStory, hasWork, STORY_FIELD_NAMES, STORY_LIMITS, type ComposerValues as Values } from './composer-values';
import { StoryPreview } from './StoryPreview';
import { ValueChips } from './ValueChips';
import { useChannelLabels } from './StoryMeta';

/** Guides a teller through what the customer needed, what the hero did and how it ended, then a preview. */
export function StoryComposer({ onCreated }: { onCreated: (story: Story) => void }) {
  // The default day and the latest day offered are the company's today, which the server decides.
  const today = useCompanyToday();
  const session = useSession();
  const { t } = useTranslation('stories');
  if (today.error) return <ErrorPanel message={problemMessage(today.error)} onRetry={() => void today.refetch()} />;
  if (!today.data || session.status !== 'signed-in') return <CenteredLoader label={t('composer.loading')} />;
  return <ComposerForm key={session.employee.id} today={today.data} employeeId={session.employee.id} onCreated={onCreated} />;
}

function ComposerForm({ today, employeeId, onCreated }: { today: string; employeeId: string; onCreated: (story: Story) => void }) {
  const create = useCreateStory();
  const { t } = useTranslation('stories');
  const channels = useChannelLabels();
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
      title: (v) => (v.trim() ? null : t('composer.need.title')),
      heroes: (v) => (v.length ? null : t('composer.need.heroes')),
      situation: (v) => (v.trim() ? null : t('composer.need.situation')),
      action: (v) => (v.trim() ? null : t('composer.need.action')),
      impact: (v) => (v.trim() ? null : t('composer.need.impact')),
      occurredOn: (v) => (!v ? t('composer.need.occurredOn') : v > today ? t('composer.need.notFuture') : null),
      channel: (v) => (v ? null : t('composer.need.channel')),
      valueIds: (v) => (v.length >= 1 && v.length <= STORY_LIMITS.values ? null : t('composer.need.values')),
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
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('composer.label')}>
      <Stack gap="lg">
        {draftNotice && (
          <Alert color="blue" title={t('composer.draft.back')}>
            <Group justify="space-between" gap="sm">
              <Text size="sm">{t('composer.draft.started', { when: formatDateTime(draftNotice) })}</Text>
              <Button size="xs" variant="default" onClick={() => setDiscarding(true)}>
                {t('composer.draft.afresh')}
              </Button>
            </Group>
          </Alert>
        )}
        <ConfirmDialog
          opened={discarding}
          title={t('composer.discard.title')}
          confirmLabel={t('composer.discard.confirm')}
          cancelLabel={t('composer.discard.cancel')}
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
          {t('composer.discard.body')}
        </ConfirmDialog>
        <ConfirmDialog
          opened={blocker.state === 'blocked'}
          title={t('composer.leave.title')}
          confirmLabel={t('composer.leave.confirm')}
          cancelLabel={t('composer.leave.cancel')}
          onCancel={() => blocker.reset?.()}
          onConfirm={() => blocker.proceed?.()}
        >
          {t('composer.leave.body')}
        </ConfirmDialog>
        {formError && (
          <Alert color="red" title={t('composer.notSaved')}>
            {formError}
          </Alert>
        )}
        {preview ? (
          <StoryPreview values={v} companyValues={values.data ?? []} />
        ) : (
          <>
            <Card withBorder radius="lg" p="lg">
              <Stack gap="md">
                <TextInput
                  label={t('composer.title')}
                  description={t('composer.titleHint')}
                  maxLength={STORY_LIMITS.title}
                  required
                  {...form.getInputProps('title')}
                />
                <HeroPicker value={v.heroes} onChange={(heroes) => form.setFieldValue('heroes', heroes)} error={form.errors.heroes as string | undefined} />
                <Group grow align="flex-start">
                  <TextInput type="date" label={t('composer.occurredOn')} max={today} required {...form.getInputProps('occurredOn')} />
                  <Select
                    label={t('composer.channel')}
                    placeholder={t('composer.channelPlaceholder')}
                    required
                    data={Object.entries(channels).map(([value, label]) => ({ value, label }))}
                    {...form.getInputProps('channel')}
                  />
                </Group>
              </Stack>
            </Card>
            <Card withBorder radius="lg" p="lg">
              <Stack gap="md">
                <Textarea
                  label={t('composer.situation')}
                  description={t('composer.situationHint')}
                  autosize
                  minRows={3}
                  maxLength={STORY_LIMITS.part}
                  required
                  {...form.getInputProps('situation')}
                />
                <Textarea
                  label={t('composer.action')}
                  description={t('composer.actionHint')}
                  autosize
                  minRows={3}
                  maxLength={STORY_LIMITS.part}
                  required
                  {...form.getInputProps('action')}
                />
                <Textarea
                  label={t('composer.impact')}
                  description={t('composer.impactHint')}
                  autosize
                  minRows={2}
                  maxLength={STORY_LIMITS.part}
                  required
                  {...form.getInputProps('impact')}
                />
                <Switch label={t('composer.noHandoff')} {...form.getInputProps('resolvedWithoutHandoff', { type: 'checkbox' })} />
                <TextInput label={t('composer.quote')} maxLength={STORY_LIMITS.quote} {...form.getInputProps('customerQuote')} />
              </Stack>
            </Card>
            <ValueChips
              values={values.data ?? []}
              selected={v.valueIds}
              onChange={(ids) => form.setFieldValue('valueIds', ids)}
              error={form.errors.valueIds as string | undefined}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button
            variant="default"
            leftSection={preview ? <IconPencil size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
            onClick={() => setPreview((p) => !p)}
          >
            {preview ? t('composer.backToEditing') : t('preview.label')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('composer.publish')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
