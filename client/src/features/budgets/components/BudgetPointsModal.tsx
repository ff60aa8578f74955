import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import type { Budget } from '../api/list-budgets';
import { Trans, useTranslation } from 'react-i18next';

export const MAX_POINTS = 1_000_000;
const MAX_NOTE = 500;
const TITLES = { set: 'budgets:modal.titleSet', topUp: 'budgets:modal.titleTopUp' } as const;

interface PointsValues {
  points: number | string;
  note: string;
}

/** What differs between setting a quarter's allotment and topping it up; the form, checks and errors are shared. */
export interface BudgetPointsChange {
  /** Setting the allotment or topping it up: the dialog's title says which. */
  verb: 'set' | 'topUp';
  summary: ReactNode;
  pointsLabel: string;
  pointsDescription?: string;
  /** The smallest number the field takes (0 for an allotment, 1 for a top-up). */
  minPoints: number;
  initialPoints: number | '';
  emptyMessage: string;
  /** An optional reason kept in the audit log. */
  withNote?: boolean;
  /** A live line under the form for a valid number; otherwise `hint`. */
  preview?: (points: number) => string;
  hint: string;
  submitLabel: string;
  saving: boolean;
  save: (change: { points: number; note?: string }) => Promise<Budget>;
  savedTitle: string;
  savedMessage: (saved: Budget) => string;
}

/**
 * One dialog for a change to a holder's points for the quarter. The server has the last word (it knows the spend at
 * the moment of saving): its refusal is shown next to the field it names, or above the form when it names none.
 */
export function BudgetPointsModal({ budget, onClose, change }: { budget: Budget; onClose: () => void; change: BudgetPointsChange }) {
  const { t } = useTranslation('budgets');
  const pointsInput = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string>();
  const fields = change.withNote ? ['points', 'note'] : ['points'];
  const form = useForm<PointsValues>({
    mode: 'controlled',
    initialValues: { points: change.initialPoints, note: '' },
    validate: {
      points: (value) =>
        value === ''
          ? change.emptyMessage
          : !Number.isInteger(Number(value)) || Number(value) < change.minPoints || Number(value) > MAX_POINTS
            ? t('modal.range', { min: change.minPoints, max: MAX_POINTS })
            : null,
      note: (value) => (value.trim().length > MAX_NOTE ? t('modal.noteTooLong', { count: MAX_NOTE }) : null),
    },
  });
  const points = Number(form.values.points);
  const valid = form.values.points !== '' && Number.isInteger(points) && points >= change.minPoints;

  const submit = async ({ points: value, note }: PointsValues) => {
    setRefusal(undefined);
    try {
      const saved = await change.save({ points: Number(value), note: change.withNote ? note.trim() || undefined : undefined });
      notifications.show({ color: 'green', title: change.savedTitle, message: change.savedMessage(saved) });
      onClose();
    } catch (error) {
      const { fields: named, unmatched } = fieldErrorsFor(error, fields);
      form.setErrors(named);
      if (named.points) pointsInput.current?.focus();
      if (!Object.keys(named).length || unmatched.length) setRefusal(unmatched[0] ?? problemMessage(error));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        <Trans
          t={t}
          i18nKey={TITLES[change.verb]}
          values={{ name: budget.holderName, quarter: budget.quarter }}
          components={{ nowrap: <span style={{ whiteSpace: 'nowrap' }} /> }}
        />
      }
      centered
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{change.summary}</Text>
          {refusal && (
            <Alert color="red" variant="light" title={t('modal.failed')} icon={<IconAlertTriangle aria-hidden />} role="alert">
              {refusal}
            </Alert>
          )}
          <NumberInput
            ref={pointsInput}
            label={change.pointsLabel}
            description={change.pointsDescription}
            required
            data-autofocus
            min={change.minPoints}
            max={MAX_POINTS}
            step={100}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('points')}
          />
          {change.withNote && (
            <Textarea label={t('modal.note')} description={t('modal.noteHelp')} autosize minRows={2} maxLength={MAX_NOTE} {...form.getInputProps('note')} />
          )}
          <Text size="sm" c="dimmed" aria-live="polite">
            {valid && change.preview ? change.preview(points) : change.hint}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('modal.cancel')}
            </Button>
            <Button type="submit" loading={change.saving}>
              {change.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
