import { Alert, Button, Group, Modal, Progress, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import { useRedeem } from '../api/redemptions';

const n = new Intl.NumberFormat('en-GB');

export interface RedeemableItem {
  id: string;
  title: string;
  cost: number;
  category: string;
  charities: string[];
}

/** The balance now, this item and what is left after it, written out as well as drawn. */
export function BalanceAfterMeter({ balance, cost }: { balance: number; cost: number }) {
  const over = cost > balance;
  const pct = balance > 0 ? Math.min(100, (cost / balance) * 100) : 100;
  return (
    <Stack gap={6} aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          Your balance
        </Text>
        <Text size="sm" fw={700}>
          {n.format(balance)} points
        </Text>
      </Group>
      <Progress value={pct} color={over ? 'red.7' : 'ember.7'} size="lg" aria-label={`This costs ${n.format(cost)} of your ${n.format(balance)} points`} />
      <Text size="sm" c={over ? 'red.8' : undefined} data-testid="balance-after">
        {over ? `This needs ${n.format(cost)} points, but your balance is ${n.format(balance)}.` : `After this: ${n.format(balance - cost)} points left.`}
      </Text>
    </Stack>
  );
}

/** Pick, see the balance after, confirm: the points leave the balance now and the request goes to the fulfilment queue. */
export function RedeemDialog({ item, balance, onClose }: { item: RedeemableItem | null; balance: number; onClose: () => void }) {
  const redeem = useRedeem();
  const [charity, setCharity] = useState<string | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    redeem.reset();
    setCharity(null);
    setNote('');
    // Only when another item is picked.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- resetting on every render of the mutation would clear its answer
  }, [item?.id]);
  if (!item) return null;
  const problem = redeem.error instanceof ApiProblem ? redeem.error : null;
  const charityError = problem?.fieldErrors.find((e) => e.field === 'charity')?.message;
  const needsCharity = item.category === 'charity_donation';
  const confirm = () =>
    redeem.mutate(
      { itemId: item.id, ...(needsCharity && charity ? { charity } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (done) => {
          notifications.show({
            color: 'green',
            title: `${item.title}: requested`,
            message: `${n.format(done.balance)} points left. You will be notified when it is ready.`,
          });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={`Redeem ${item.title}`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Text>
          Costs <strong>{n.format(item.cost)} points</strong>.
        </Text>
        <BalanceAfterMeter balance={balance} cost={item.cost} />
        {needsCharity && (
          <Select label="Charity" required data={item.charities} value={charity} onChange={setCharity} error={charityError} placeholder="Choose a charity" />
        )}
        <Textarea
          label="Note for whoever fulfils it"
          description="Optional: a size, a date for time off."
          maxLength={1000}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {redeem.error && !charityError && (
          <Alert color="red" title="Not redeemed" role="alert">
            {problemMessage(redeem.error)}
          </Alert>
        )}
        <Button onClick={confirm} loading={redeem.isPending} disabled={item.cost > balance || (needsCharity && !charity)}>
          Confirm: spend {n.format(item.cost)} points
        </Button>
      </Stack>
    </Modal>
  );
}
