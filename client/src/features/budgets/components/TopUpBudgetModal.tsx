import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import type { Budget } from '../api/list-budgets';
import { useTopUpBudget } from '../api/top-up-budget';

const n = new Intl.NumberFormat();
const MAX_POINTS = 1_000_000;
const MAX_NOTE = 500;

interface TopUpValues {
  points: number | string;
  note: string;
}

/** Adds points to a holder's quarter, with an optional reason that the audit log keeps. */
export function TopUpBudgetModal({ budget, onClose }: { budget: Budget; onClose: () => void }) {
  const topUp = useTopUpBudget();
  const pointsInput = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string>();
  const form = useForm<TopUpValues>({
    mode: 'controlled',
    initialValues: { points: '', note: '' },
    validate: {
      points: (value) =>
        value === '' ? 'Enter the points to add' : !Number.isInteger(Number(value)) || Number(value) < 1 || Number(value) > MAX_POINTS ? `A whole number from 1 to ${n.format(MAX_POINTS)}` : null,
      note: (value) => (value.trim().length > MAX_NOTE ? `At most ${MAX_NOTE} characters` : null),
    },
  });
  const adding = Number(form.values.points);
  const valid = form.values.points !== '' && Number.isInteger(adding) && adding > 0;

  const submit = ({ points, note }: TopUpValues) => {
    setRefusal(undefined);
    topUp.mutate(
      { holderId: budget.holderId, quarter: budget.quarter, points: Number(points), note: note.trim() || undefined },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: 'Budget topped up', message: `${saved.holderName} now has ${n.format(saved.remaining)} of ${n.format(saved.points)} points left for ${saved.quarter}.` });
          onClose();
        },
        onError: (error) => {
          const { fields, unmatched } = fieldErrorsFor(error, ['points', 'note']);
          form.setErrors(fields);
          if (fields.points) pointsInput.current?.focus();
          if (!Object.keys(fields).length || unmatched.length) setRefusal(problemMessage(error));
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={<>Top up {budget.holderName}’s budget for <span style={{ whiteSpace: 'nowrap' }}>{budget.quarter}</span></>} centered>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">
            Now {n.format(budget.remaining)} of {n.format(budget.points)} points left.
          </Text>
          {refusal && (
            <Alert color="red" variant="light" title="Budget not changed" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {refusal}
            </Alert>
          )}
          <NumberInput
            ref={pointsInput}
            label="Points to add"
            required
            data-autofocus
            min={1}
            max={MAX_POINTS}
            step={100}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('points')}
          />
          <Textarea label="Note (optional)" description="Why the top-up; kept in the audit log." autosize minRows={2} maxLength={MAX_NOTE} {...form.getInputProps('note')} />
          <Text size="sm" c="dimmed" aria-live="polite">
            {valid
              ? `After the top-up: ${n.format(budget.remaining + adding)} of ${n.format(budget.points + adding)} points left. Recorded in the audit log under your name.`
              : 'The top-up is recorded in the audit log under your name.'}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={topUp.isPending}>
              Top up
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
