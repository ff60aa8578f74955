import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import type { Budget } from '../api/list-budgets';
import { useSetBudget } from '../api/set-budget';

const n = new Intl.NumberFormat();
const MAX_POINTS = 1_000_000;

/**
 * Replaces a holder's allotment for the quarter. Going below what is spent is left for the server to
 * refuse: it knows the spend at the moment of saving, which rewards given meanwhile may have raised.
 */
export function SetBudgetModal({ budget, onClose }: { budget: Budget; onClose: () => void }) {
  const save = useSetBudget();
  const pointsInput = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string>();
  const form = useForm<{ points: number | string }>({
    mode: 'controlled',
    initialValues: { points: budget.points },
    validate: {
      points: (value) =>
        value === '' ? 'Enter the points for the quarter' : !Number.isInteger(Number(value)) || Number(value) < 0 || Number(value) > MAX_POINTS ? `A whole number from 0 to ${n.format(MAX_POINTS)}` : null,
    },
  });

  const submit = ({ points }: { points: number | string }) => {
    setRefusal(undefined);
    save.mutate(
      { holderId: budget.holderId, quarter: budget.quarter, points: Number(points) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', title: 'Budget set', message: `${saved.holderName} has ${n.format(saved.remaining)} of ${n.format(saved.points)} points left for ${saved.quarter}.` });
          onClose();
        },
        onError: (error) => {
          const { fields, unmatched } = fieldErrorsFor(error, ['points']);
          form.setErrors(fields);
          if (fields.points) pointsInput.current?.focus();
          if (!fields.points || unmatched.length) setRefusal(problemMessage(error));
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={<>Set {budget.holderName}’s budget for <span style={{ whiteSpace: 'nowrap' }}>{budget.quarter}</span></>} centered>
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="md">
          <Text size="sm">
            Now {n.format(budget.points)} points, of which {n.format(budget.spent)} {budget.spent === 1 ? 'is' : 'are'} spent. Setting replaces the whole allotment, top-ups included.
          </Text>
          {refusal && (
            <Alert color="red" variant="light" title="Budget not changed" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {refusal}
            </Alert>
          )}
          <NumberInput
            ref={pointsInput}
            label="Points for the quarter"
            description={`It cannot go below the ${n.format(budget.spent)} already spent.`}
            required
            data-autofocus
            min={0}
            max={MAX_POINTS}
            step={100}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('points')}
          />
          <Text size="sm" c="dimmed">
            The change is recorded in the audit log under your name.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Set budget
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
