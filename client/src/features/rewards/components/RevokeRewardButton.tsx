import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { problemMessage } from '../../../lib/problem';
import { type Reward, useRevokeReward } from '../api/give-reward';
import { useTranslation } from 'react-i18next';

/** The giver (or an admin) can take a reward back while the server says it is revocable; the points return to the budget. */
export function RevokeRewardButton({ reward }: { reward: Reward }) {
  const { t } = useTranslation('rewards');
  const revoke = useRevokeReward();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button variant="default" size="xs" w="fit-content" onClick={() => setOpened(true)} aria-label={t('revoke.buttonLabel', { name: reward.recipient.name })}>
        {t('revoke.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('revoke.title')} closeButtonProps={{ 'aria-label': t('close') }}>
        <Stack>
          <Text size="sm">{reward.points > 0 ? t('revoke.pointsBack', { points: reward.points }) : t('revoke.noPoints')}</Text>
          <Textarea label={t('revoke.why')} required maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(
                { id: reward.id, reason: reason.trim() },
                {
                  onSuccess: () => setOpened(false),
                  onError: (error) => notifications.show({ color: 'red', title: t('revoke.failed'), message: problemMessage(error) }),
                },
              )
            }
          >
            {t('revoke.submit')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
