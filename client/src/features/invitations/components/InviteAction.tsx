import { ActionIcon, Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useCreateInvitation } from '../api/create-invitation';

/**
 * Creates a one-time set-password link for an employee and shows it once, to be copied and sent.
 * The link is never shown again: creating another replaces it.
 */
export function InviteAction({ employeeId, employeeName, reinvite }: { employeeId: string; employeeName: string; reinvite: boolean }) {
  const { t } = useTranslation('invitations');
  const invite = useCreateInvitation();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);

  return (
    <>
      <Button
        variant="light"
        leftSection={<IconMailForward size={16} aria-hidden />}
        loading={invite.isPending}
        onClick={() =>
          invite.mutate(employeeId, {
            onSuccess: setLink,
            onError: (error) => notifications.show({ color: 'red', title: t('invite.failed'), message: problemMessage(error) }),
          })
        }
      >
        {reinvite ? t('invite.again') : t('invite.button')}
      </Button>
      <Modal opened={link !== null} onClose={() => setLink(null)} title={t('invite.title', { name: employeeName })} centered size="lg">
        {link && (
          <Stack gap="md">
            <Text size="sm">{t('invite.body', { name: employeeName, until: formatDateTime(link.expiresAt) })}</Text>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                label={t('invite.link')}
                value={link.url}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1 }}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
              />
              <CopyButton value={link.url} timeout={2500}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('invite.copied') : t('invite.copy')} withArrow>
                    <ActionIcon
                      size={36}
                      variant={copied ? 'filled' : 'default'}
                      color={copied ? 'green.8' : undefined}
                      onClick={copy}
                      aria-label={copied ? t('invite.linkCopied') : t('invite.copy')}
                    >
                      {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
            <Alert variant="light" color="gray">
              {t('invite.onlyOnce')}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={() => setLink(null)}>{t('invite.done')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
