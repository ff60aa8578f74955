import { Button, Group, Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { focusFirstProblem, formProblem, type FieldNames } from '../../../lib/form-problems';
import { COMMENT_BODY_MAX, useMentionCandidates } from '../api/comments';
import { insertMention, type MentionedPerson, mentionQueryAt, namesToTokens, tokensToNames } from '../api/mentions';

const COMMENT_FIELD_NAMES: FieldNames = {
  body: { name: 'comments:field.body' },
  parentId: { name: 'comments:field.parentId', formField: 'body' },
};

export interface CommentBoxProps {
  label: string;
  submitLabel: string;
  /** The comment being edited: its body with @{id} mentions and the people they name. */
  initial?: { body: string; mentions: MentionedPerson[] };
  viewerId: string;
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A comment (or reply, or edit) with @mentions: typing @ offers colleagues who work here now; a pick is sent by id. */
export function CommentBox({ label, submitLabel, initial, viewerId, onSubmit, onCancel, autoFocus }: CommentBoxProps) {
  const { t } = useTranslation('comments');
  const [people, setPeople] = useState<MentionedPerson[]>(initial?.mentions ?? []);
  const [text, setText] = useState(initial ? tokensToNames(initial.body, initial.mentions) : '');
  const [caret, setCaret] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [form, setForm] = useState<HTMLFormElement | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const suggestionsId = useId();
  const typed = mentionQueryAt(text, caret);
  const [query] = useDebouncedValue(typed, 150);
  const candidates = useMentionCandidates(typed === null ? null : query);
  const offered = typed === null ? [] : (candidates.data?.items ?? []).filter((p) => p.id !== viewerId);

  const pick = (person: MentionedPerson) => {
    const next = insertMention(text, caret, person.name);
    setText(next.text);
    setPeople((known) => (known.some((p) => p.id === person.id) ? known : [...known, person]));
    setCaret(next.caret);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const submit = async () => {
    setGeneral(null);
    if (!text.trim()) {
      setProblem(t('box.empty'));
      return focusFirstProblem(form);
    }
    setSaving(true);
    try {
      await onSubmit(namesToTokens(text.trim(), people));
      setText('');
      setPeople([]);
      setProblem(null);
    } catch (error) {
      const { fields, general: rest } = formProblem(error, COMMENT_FIELD_NAMES);
      setProblem(fields.body ?? null);
      setGeneral(rest);
      focusFirstProblem(form);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={setForm}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Textarea
          ref={input}
          label={label}
          description={t('box.hint', { count: COMMENT_BODY_MAX - text.length })}
          autosize
          minRows={2}
          maxLength={COMMENT_BODY_MAX}
          value={text}
          data-autofocus={autoFocus || undefined}
          autoFocus={autoFocus}
          aria-controls={offered.length ? suggestionsId : undefined}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setCaret(event.currentTarget.selectionStart ?? event.currentTarget.value.length);
            setProblem(null);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
          error={problem}
        />
        {offered.length > 0 && (
          <Paper withBorder radius="md" p={4} id={suggestionsId} aria-label={t('box.mentionList')} role="group">
            <Stack gap={0}>
              {offered.map((p) => (
                <UnstyledButton key={p.id} onClick={() => pick({ id: p.id, name: p.name })} px="sm" py={6} style={{ borderRadius: 6 }}>
                  <Text size="sm">
                    <Trans t={t} i18nKey="box.mention" values={{ name: p.name }} components={{ strong: <strong /> }} />{' '}
                    <Text span c="dimmed" size="xs">
                      · {p.department.name}
                    </Text>
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </Paper>
        )}
        {general && (
          <Text c="red.8" size="sm" role="alert">
            {general}
          </Text>
        )}
        <Group gap="xs">
          <Button type="submit" size="sm" loading={saving}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="subtle" size="sm" onClick={onCancel}>
              {t('box.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
