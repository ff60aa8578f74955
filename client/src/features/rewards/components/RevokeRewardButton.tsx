import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { problemMessage } from '../../../lib/problem';
import { type Reward, useRevokeReward } from '../api/give-reward';

/** The giver (or an admin) can take a reward back while the server says it is revocable; the points return to the budget. */
export function RevokeRewardButton({ reward }: { reward: Reward }) {
  const revoke = useRevokeReward();
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button variant="default" size="xs" w="fit-content" onClick={() => setOpened(true)} aria-label={`Revoke the reward to ${reward.recipient.name}`}>
        Revoke
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Revoke this reward" closeButtonProps={{ 'aria-label': 'Close' }}>
        <Stack>
          <Text size="sm">
            {reward.points > 0 ? `${reward.points.toLocaleString()} points go back to your budget. ` : ''}The reward stays on record as revoked, with your
            reason.
          </Text>
          <Textarea label="Why?" required maxLength={500} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(
                { id: reward.id, reason: reason.trim() },
                {
                  onSuccess: () => setOpened(false),
                  onError: (error) => notifications.show({ color: 'red', title: 'Not revoked', message: problemMessage(error) }),
                },
              )
            }
          >
            Revoke reward
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
