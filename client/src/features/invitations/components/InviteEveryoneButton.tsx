import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMailForward } from '@tabler/icons-react';
import { problemMessage } from '../../../lib/problem';
import { useInviteEveryone } from '../api/invite-everyone';

/** "Invite everyone not yet invited": asks once, then each person gets their own link by email. */
export function InviteEveryoneButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const invite = useInviteEveryone();
  const confirm = () =>
    invite.mutate(undefined, {
      onSuccess: ({ invited }) => {
        close();
        notifications.show({
          color: 'green',
          title: invited ? 'Invitations sent' : 'Nobody to invite',
          message: invited
            ? `${invited} ${invited === 1 ? 'person gets' : 'people get'} an invitation email.`
            : 'Everyone has signed in or has an open invitation.',
        });
      },
      onError: (error) => notifications.show({ color: 'red', title: 'No invitations sent', message: problemMessage(error) }),
    });
  return (
    <>
      <Button variant="default" leftSection={<IconMailForward size={18} aria-hidden />} onClick={open}>
        Invite everyone not yet invited
      </Button>
      <Modal opened={opened} onClose={close} title="Invite everyone not yet invited" centered>
        <Stack gap="md">
          <Text size="sm">Everyone still employed who has no password and no open invitation gets an email with their own one-time link.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={confirm} loading={invite.isPending}>
              Send invitations
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
