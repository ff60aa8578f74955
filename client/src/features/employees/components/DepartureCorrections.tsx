import { Alert, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { formatDate } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useCancelDeparture } from '../api/cancel-departure';
import type { Employee } from '../api/list-employees';

/**
 * On the person page: a leaving date still to come ("Leaving on …", with a way to call it off), and for admins the
 * undo of a departure recorded by mistake. Both ask first, in the app's own confirm dialog.
 */
export function DepartureCorrections({ employee }: { employee: Employee }) {
  const { t } = useTranslation('employment');
  const cancel = useCancelDeparture();
  const [confirming, confirm] = useDisclosure(false);
  const leavingOn = employee.active ? employee.leavingOn : null;
  const date = formatDate(leavingOn);
  const reasons = { voluntary: t('reasons.voluntary'), involuntary: t('reasons.involuntary'), other: t('reasons.other') };

  // mutateAsync, not mutate's callbacks: once the change is in, this part of the page is gone (the person is no
  // longer leaving, or employed again), and the notification must still say what happened.
  const run = () =>
    cancel.mutateAsync(employee.id).then(
      (saved) => {
        confirm.close();
        notifications.show({
          color: 'green',
          message: leavingOn ? t('leaving.cancelled', { name: saved.name, date }) : t('undo.done', { name: saved.name }),
        });
      },
      (error: unknown) => {
        confirm.close();
        notifications.show({ color: 'red', title: leavingOn ? t('leaving.failed') : t('undo.failed'), message: problemMessage(error) });
      },
    );

  if (leavingOn) {
    return (
      <Alert color="ember" variant="light" icon={<IconCalendarEvent aria-hidden />} title={t('leaving.title', { date })}>
        <Text size="sm">{t('leaving.body', { name: employee.name, date })}</Text>
        {employee.leavingReason && (
          <Text size="sm" mt={4}>
            {t('leaving.reason', { reason: reasons[employee.leavingReason] })}
          </Text>
        )}
        {employee.canCancelLeaving && (
          <Group mt="sm">
            <Button variant="default" size="xs" onClick={confirm.open}>
              {t('leaving.cancel')}
            </Button>
          </Group>
        )}
        <ConfirmDialog
          opened={confirming}
          title={t('leaving.confirmTitle', { name: employee.name })}
          confirmLabel={t('leaving.confirm')}
          cancelLabel={t('leaving.keep')}
          loading={cancel.isPending}
          onConfirm={() => void run()}
          onCancel={confirm.close}
        >
          {t('leaving.confirmBody', { name: employee.name, date })}
        </ConfirmDialog>
      </Alert>
    );
  }
  if (!employee.canUndoDeparture) return null;
  return (
    <>
      <Button variant="outline" color="red" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={confirm.open}>
        {t('undo.button')}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('undo.confirmTitle', { name: employee.name })}
        confirmLabel={t('undo.confirm')}
        cancelLabel={t('undo.keep')}
        danger
        loading={cancel.isPending}
        onConfirm={() => void run()}
        onCancel={confirm.close}
      >
        {t('undo.confirmBody', { name: employee.name })}
      </ConfirmDialog>
    </>
  );
}
