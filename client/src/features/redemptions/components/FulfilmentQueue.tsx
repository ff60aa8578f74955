import { Alert, Button, Card, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CenteredLoader } from '../../../components/ui/centered-loader';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { type Redemption, type RedemptionStatus, useDeclineRedemption, useFulfilRedemption, useRedemptionQueue } from '../api/redemptions';
import { STATUS_LABELS } from './MyRedemptions';

const n = new Intl.NumberFormat('en-GB');
const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

function FulfilModal({ redemption, onClose }: { redemption: Redemption; onClose: () => void }) {
  const fulfil = useFulfilRedemption();
  const [code, setCode] = useState('');
  const [note, setNote] = useState('');
  const { fields } = fieldErrorsFor(fulfil.error, ['code', 'note']);
  const submit = () =>
    fulfil.mutate(
      { id: redemption.id, ...(code.trim() ? { code: code.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: `${redemption.employee.name} has been told “${redemption.title}” is ready.` });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={`Fulfil “${redemption.title}”`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <TextInput
          label="Code"
          description="A gift-card code or the like: stored encrypted and shown once to the person."
          maxLength={200}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fields.code}
          autoComplete="off"
          data-autofocus
        />
        <Textarea
          label="Note for the person"
          maxLength={1000}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fields.note}
        />
        {fulfil.error && !Object.keys(fields).length && <Alert color="red">{problemMessage(fulfil.error)}</Alert>}
        <Button onClick={submit} loading={fulfil.isPending}>
          Mark fulfilled
        </Button>
      </Stack>
    </Modal>
  );
}

function DeclineModal({ redemption, onClose }: { redemption: Redemption; onClose: () => void }) {
  const decline = useDeclineRedemption();
  const [reason, setReason] = useState('');
  const { fields } = fieldErrorsFor(decline.error, ['reason']);
  const submit = () => decline.mutate({ id: redemption.id, reason: reason.trim() }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} title={`Decline “${redemption.title}”`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text size="sm">
          The {n.format(redemption.cost)} points go back to {redemption.employee.name} at once.
        </Text>
        <Textarea
          label="Reason"
          description="The person reads it."
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
          Decline and return the points
        </Button>
      </Stack>
    </Modal>
  );
}

/** The admins' queue: pending requests first, each fulfilled (with an optional code) or declined with a reason. */
export function FulfilmentQueue() {
  const [status, setStatus] = useState<RedemptionStatus>('pending');
  const queue = useRedemptionQueue(status);
  const [fulfilling, setFulfilling] = useState<Redemption>();
  const [declining, setDeclining] = useState<Redemption>();
  return (
    <Stack>
      <SegmentedControl
        aria-label="Which redemptions"
        data={(['pending', 'fulfilled', 'declined'] as const).map((value) => ({ value, label: STATUS_LABELS[value] }))}
        value={status}
        onChange={(v) => setStatus(v as RedemptionStatus)}
        style={{ alignSelf: 'flex-start' }}
      />
      {queue.isPending ? (
        <CenteredLoader />
      ) : queue.error ? (
        <Alert color="red">{problemMessage(queue.error)}</Alert>
      ) : queue.data.items.length === 0 ? (
        <Text c="dimmed">Nothing here.</Text>
      ) : (
        queue.data.items.map((r) => (
          <Card key={r.id} withBorder radius="md" padding="md" component="article" aria-label={`${r.title} for ${r.employee.name}`}>
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {r.title}
                </Text>
                <Text size="sm">
                  {r.employee.name} · {r.departmentName} · {n.format(r.cost)} points · {when.format(new Date(r.createdAt))}
                </Text>
                {r.charity && <Text size="sm">For {r.charity}</Text>}
                {r.request && r.request !== r.title && <Text size="sm">“{r.request}”</Text>}
                {r.note && (
                  <Text size="sm" c="dimmed">
                    {r.status === 'declined' ? `Declined: ${r.note}` : r.note}
                  </Text>
                )}
              </Stack>
              {r.status === 'pending' && (
                <Group gap="xs">
                  <Button size="sm" onClick={() => setFulfilling(r)} aria-label={`Fulfil ${r.title} for ${r.employee.name}`}>
                    Fulfil
                  </Button>
                  <Button size="sm" variant="default" onClick={() => setDeclining(r)} aria-label={`Decline ${r.title} for ${r.employee.name}`}>
                    Decline
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
