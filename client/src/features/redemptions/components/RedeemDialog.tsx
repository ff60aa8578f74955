import { Alert, Button, Group, Modal, Progress, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import { useRedeem } from '../api/redemptions';
import { Trans, useTranslation } from 'react-i18next';

export interface RedeemableItem {
  id: string;
  title: string;
  cost: number;
  category: string;
  charities: string[];
}

/** The balance now, this item and what is left after it, written out as well as drawn. */
export function BalanceAfterMeter({ balance, cost }: { balance: number; cost: number }) {
  const { t } = useTranslation('redemptions');
  const over = cost > balance;
  const pct = balance > 0 ? Math.min(100, (cost / balance) * 100) : 100;
  return (
    <Stack gap={6} aria-live="polite">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('redeem.balance')}
        </Text>
        <Text size="sm" fw={700}>
          {t('points', { count: balance })}
        </Text>
      </Group>
      <Progress value={pct} color={over ? 'red.7' : 'ember.7'} size="lg" aria-label={t('redeem.meterLabel', { cost, count: balance })} />
      <Text size="sm" c={over ? 'red.8' : undefined} data-testid="balance-after">
        {over ? t('redeem.short', { cost, balance }) : t('redeem.after', { count: balance - cost })}
      </Text>
    </Stack>
  );
}

/** Pick, see the balance after, confirm: the points leave the balance now and the request goes to the fulfilment queue. */
export function RedeemDialog({ item, balance, onClose }: { item: RedeemableItem | null; balance: number; onClose: () => void }) {
  const { t } = useTranslation('redemptions');
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
            title: t('redeem.requested', { title: item.title }),
            message: t('redeem.left', { count: done.balance }),
          });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('redeem.title', { title: item.title })} closeButtonProps={{ 'aria-label': t('close') }}>
      <Stack>
        <Text>
          <Trans t={t} i18nKey="redeem.costs" values={{ count: item.cost }} components={{ strong: <strong /> }} />
        </Text>
        <BalanceAfterMeter balance={balance} cost={item.cost} />
        {needsCharity && (
          <Select
            label={t('redeem.charity')}
            required
            data={item.charities}
            value={charity}
            onChange={setCharity}
            error={charityError}
            placeholder={t('redeem.chooseCharity')}
          />
        )}
        <Textarea
          label={t('redeem.note')}
          description={t('redeem.noteHelp')}
          maxLength={1000}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {redeem.error && !charityError && (
          <Alert color="red" title={t('redeem.failed')} role="alert">
            {problemMessage(redeem.error)}
          </Alert>
        )}
        <Button onClick={confirm} loading={redeem.isPending} disabled={item.cost > balance || (needsCharity && !charity)}>
          {t('redeem.confirm', { count: item.cost })}
        </Button>
      </Stack>
    </Modal>
  );
}
