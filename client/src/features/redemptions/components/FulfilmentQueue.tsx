import { Alert, Button, Card, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { type Redemption, type RedemptionStatus, useDeclineRedemption, useFulfilRedemption, useRedemptionQueue } from '../api/redemptions';
import { STATUS_LABELS } from './MyRedemptions';
import { dateTimeFormat } from '../../../lib/intl';
import { useTranslation } from 'react-i18next';

const shortDate = (iso: string) => dateTimeFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));

function FulfilModal({ redemption, onClose }: { redemption: Redemption; onClose: () => void }) {
  const { t } = useTranslation('redemptions');
  const fulfil = useFulfilRedemption();
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const { fields } = fieldErrorsFor(fulfil.error, ['code', 'note']);
  const submit = () =>
    fulfil.mutate(
      { id: redemption.id, ...(code.trim() ? { code: code.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('fulfil.done', { name: redemption.employee.name, title: redemption.title }) });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('fulfil.title', { title: redemption.title })} closeButtonProps={{ 'aria-label': t('close') }}>
      <Stack>
        <TextInput
          label={t('fulfil.code')}
          description={t('fulfil.codeHelp')}
          maxLength={200}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fields.code}
          autoComplete="off"
          data-autofocus
        />
        <Textarea
          label={t('fulfil.note')}
          maxLength={1000}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fields.note}
        />
        {fulfil.error && !Object.keys(fields).length && <Alert color="red">{problemMessage(fulfil.error)}</Alert>}
        <Button onClick={submit} loading={fulfil.isPending}>
          {t('fulfil.submit')}
        </Button>
      </Stack>
    </Modal>
  );
}

function DeclineModal({ redemption, onClose }: { redemption: Redemption; onClose: () => void }) {
  const { t } = useTranslation('redemptions');
  const decline = useDeclineRedemption();
  const [reason, setReason] = useState('');
  const { fields } = fieldErrorsFor(decline.error, ['reason']);
  const submit = () => decline.mutate({ id: redemption.id, reason: reason.trim() }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} title={t('decline.title', { title: redemption.title })} closeButtonProps={{ 'aria-label': t('close') }}>
      <Stack>
        <Text size="sm">{t('decline.pointsBack', { count: redemption.cost, name: redemption.employee.name })}</Text>
        <Textarea
          label={t('decline.reason')}
          description={t('decline.reasonHelp')}
          required
          maxLength={1000}
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fields.reason}
          data-autofocus
        />
        {decline.error && !Object.keys(fields).length && <Alert color="red">{problemMessage(decline.error)}</Alert>}
        <Button color="red" onClick={submit} loading={decline.isPending} disabled={reason.trim().length < 3}>
          {t('decline.submit')}
        </Button>
      </Stack>
    </Modal>
  );
}

/** The admins' queue: pending requests first, each fulfilled (with an optional code) or declined with a reason. */
export function FulfilmentQueue() {
  const { t } = useTranslation('redemptions');
  const [status, setStatus] = useState<RedemptionStatus>('pending');
  const queue = useRedemptionQueue(status);
  const [fulfilling, setFulfilling] = useState<Redemption>();
  const [declining, setDeclining] = useState<Redemption>();
  return (
    <Stack>
      <SegmentedControl
        aria-label={t('queue.which')}
        data={(['pending', 'fulfilled', 'declined'] as const).map((value) => ({ value, label: t(STATUS_LABELS[value]) }))}
        value={status}
        onChange={(v) => setStatus(v as RedemptionStatus)}
        style={{ alignSelf: 'flex-start' }}
      />
      {queue.isPending ? (
        <CenteredLoader />
      ) : queue.error ? (
        <Alert color="red">{problemMessage(queue.error)}</Alert>
      ) : queue.data.items.length === 0 ? (
        <Text c="dimmed">{t('queue.empty')}</Text>
      ) : (
        queue.data.items.map((r) => (
          <Card key={r.id} withBorder radius="md" padding="md" component="article" aria-label={t('queue.itemLabel', { title: r.title, name: r.employee.name })}>
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {r.title}
                </Text>
                <Text size="sm">
                  {r.employee.name} · {r.departmentName} · {t('points', { count: r.cost })} · {shortDate(r.createdAt)}
                </Text>
                {r.charity && <Text size="sm">{t('queue.forCharity', { charity: r.charity })}</Text>}
                {r.request && r.request !== r.title && <Text size="sm">“{r.request}”</Text>}
                {r.note && (
                  <Text size="sm" c="dimmed">
                    {r.status === 'declined' ? t('queue.declined', { note: r.note }) : r.note}
                  </Text>
                )}
              </Stack>
              {r.status === 'pending' && (
                <Group gap="xs">
                  <Button size="sm" onClick={() => setFulfilling(r)} aria-label={t('queue.fulfilLabel', { title: r.title, name: r.employee.name })}>
                    {t('queue.fulfil')}
                  </Button>
                  <Button
                    size="sm"
                    variant="default"
                    onClick={() => setDeclining(r)}
                    aria-label={t('queue.declineLabel', { title: r.title, name: r.employee.name })}
                  >
                    {t('queue.decline')}
                  </Button>
                </Group>
              )}
            </Group>
          </Card>
        ))
      )}
      {fulfilling && <FulfilModal redemption={fulfilling} onClose={() => setFulfilling(undefined)} />}
      {declining && <DeclineModal redemption={declining} onClose={() => setDeclining(undefined)} />}
    </Stack>
  );
}
