import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type ReactNode, useRef, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import type { Budget } from '../api/list-budgets';

const n = new Intl.NumberFormat();
export const MAX_POINTS = 1_000_000;
const MAX_NOTE = 500;

interface PointsValues {
  points: number | string;
  note: string;
}

/** What differs between setting a quarter's allotment and topping it up; the form, checks and errors are shared. */
export interface BudgetPointsChange {
  /** "Set" or "Top up": the dialog's title starts with it. */
  verb: string;
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
            ? `A whole number from ${change.minPoints} to ${n.format(MAX_POINTS)}`
            : null,
      note: (value) => (value.trim().length > MAX_NOTE ? `At most ${MAX_NOTE} characters` : null),
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
        <>
          {change.verb} {budget.holderName}’s budget for <span style={{ whiteSpace: 'nowrap' }}>{budget.quarter}</span>
        </>
      }
      centered
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">{change.summary}</Text>
          {refusal && (
            <Alert color="red" variant="light" title="Budget not changed" icon={<IconAlertTriangle aria-hidden />} role="alert">
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
            <Textarea
              label="Note (optional)"
              description="Why the change; kept in the audit log."
              autosize
              minRows={2}
              maxLength={MAX_NOTE}
              {...form.getInputProps('note')}
            />
          )}
          <Text size="sm" c="dimmed" aria-live="polite">
            {valid && change.preview ? change.preview(points) : change.hint}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
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
