import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompanyToday } from '../../../lib/company-today';
import { formatDate } from '../../../lib/dates';
import { addDays } from '../../../lib/tenure';
import { focusFirstProblem, formProblem } from '../../../lib/form-problems';
import type { Employee } from '../api/list-employees';
import { useRecordDeparture, type LeaveReason } from '../api/record-departure';

const reasons: { value: LeaveReason; label: string; description: string }[] = [
  { value: 'voluntary', label: 'employees:departure.reason.voluntary', description: 'employees:departure.reason.voluntaryHint' },
  { value: 'involuntary', label: 'employees:departure.reason.involuntary', description: 'employees:departure.reason.involuntaryHint' },
  { value: 'other', label: 'employees:departure.reason.other', description: 'employees:departure.reason.otherHint' },
];

/** As the server's MAX_DAYS_AHEAD_FOR_LEAVING (employees.policy.ts): a departure at most this many days ahead. */
const MAX_DAYS_AHEAD = 366;

export function DepartureModal({ employee, opened, onClose }: { employee: Employee; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('employment');
  const record = useRecordDeparture();
  // A last day to come is a leaving date, up to a year ahead of the company's today (not the browser's).
  const today = useCompanyToday().data;
  const latest = today ? addDays(today, MAX_DAYS_AHEAD) : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<{ leftOn: string; reason: LeaveReason | '' }>({
    mode: 'controlled',
    initialValues: { leftOn: today ?? '', reason: '' },
    validate: {
      leftOn: (value) =>
        !value
          ? t('employees:departure.need.leftOn')
          : latest && value > latest
            ? t('departure.tooFar')
            : value < employee.hiredOn
              ? t('employees:departure.need.beforeHire')
              : null,
      reason: (value) => (value ? null : t('employees:departure.need.reason')),
    },
  });

  // Each opening starts afresh: after a leaving date was recorded or called off, the last one is not the default.
  useEffect(() => {
    if (opened) form.setValues({ leftOn: today ?? '', reason: '' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the dialog opens
  }, [opened]);

  useEffect(() => {
    if (today && !form.values.leftOn && !form.isTouched('leftOn')) form.setFieldValue('leftOn', today);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when today arrives
  }, [today]);

  return (
    <Modal opened={opened} onClose={onClose} title={t('employees:departure.title', { name: employee.name })} centered size="lg">
      <form
        ref={formRef}
        noValidate
        onSubmit={form.onSubmit(
          (values) =>
            record.mutate(
              { id: employee.id, departure: { leftOn: values.leftOn, reason: values.reason as LeaveReason } },
              {
                onSuccess: (saved) => {
                  if (saved.active && saved.leavingOn)
                    notifications.show({
                      color: 'green',
                      title: t('departure.scheduled'),
                      message: t('departure.scheduledMessage', { name: saved.name, date: formatDate(saved.leavingOn) }),
                    });
                  else
                    notifications.show({
                      color: 'green',
                      title: t('employees:departure.recorded'),
                      message: t('employees:departure.recordedMessage', { name: saved.name }),
                    });
                  onClose();
                },
                onError: (error) => {
                  const { fields, general } = formProblem(error, {
                    leftOn: { name: 'employees:departure.field.leftOn' },
                    reason: { name: 'employees:departure.field.reason' },
                  });
                  form.setErrors(fields);
                  focusFirstProblem(formRef.current);
                  if (general) notifications.show({ color: 'red', title: t('employees:departure.notRecorded'), message: general });
                },
              },
            ),
          () => focusFirstProblem(formRef.current),
        )}
      >
        <Stack gap="md">
          <Alert variant="light" color="ember" title={t('employees:departure.next')}>
            {today && form.values.leftOn > today ? t('departure.ahead', { name: employee.name }) : t('departure.now', { name: employee.name })}
          </Alert>
          <TextInput label={t('employees:departure.leftOn')} type="date" required max={latest} min={employee.hiredOn} {...form.getInputProps('leftOn')} />
          <Radio.Group label={t('employees:departure.reasonLabel')} required {...form.getInputProps('reason')}>
            <Stack gap="sm" mt="xs">
              {reasons.map((reason) => (
                <Radio key={reason.value} value={reason.value} label={t(reason.label)} description={t(reason.description)} />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="sm" c="dimmed">
            {t('employees:departure.private')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={record.isPending}>
              {t('employees:departure.cancel')}
            </Button>
            <Button type="submit" color="red" loading={record.isPending}>
              {t('employees:departure.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
