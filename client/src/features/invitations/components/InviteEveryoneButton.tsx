import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../lib/problem';
import { useInviteEveryone } from '../api/invite-everyone';

/** "Invite everyone not yet invited": asks once, then each person gets their own link by email. */
export function InviteEveryoneButton() {
  const { t } = useTranslation('invitations');
  const [opened, { open, close }] = useDisclosure(false);
  const invite = useInviteEveryone();
  const confirm = () =>
    invite.mutate(undefined, {
      onSuccess: ({ invited }) => {
        close();
        notifications.show({
          color: 'green',
          title: invited ? t('everyone.sent') : t('everyone.nobody'),
          message: invited ? t('everyone.sentMessage', { count: invited }) : t('everyone.nobodyMessage'),
        });
      },
      onError: (error) => notifications.show({ color: 'red', title: t('everyone.failed'), message: problemMessage(error) }),
    });
  return (
    <>
      <Button variant="default" leftSection={<IconMailForward size={18} aria-hidden />} onClick={open}>
        {t('everyone.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('everyone.button')} centered>
        <Stack gap="md">
          <Text size="sm">{t('everyone.body')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('everyone.cancel')}
            </Button>
            <Button onClick={confirm} loading={invite.isPending}>
              {t('everyone.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
