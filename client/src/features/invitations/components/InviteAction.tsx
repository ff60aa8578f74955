import { ActionIcon, Alert, Button, CopyButton, Group, Modal, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/dates';
import { problemMessage } from '../../../lib/problem';
import { useCreateInvitation } from '../api/create-invitation';

/**
 * Creates a one-time set-password link for an employee and shows it once, to be copied and sent.
 * The link is never shown again: creating another replaces it.
 */
export function InviteAction({ employeeId, employeeName, reinvite }: { employeeId: string; employeeName: string; reinvite: boolean }) {
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
            onError: (error) => notifications.show({ color: 'red', title: 'No invitation created', message: problemMessage(error) }),
          })
        }
      >
        {reinvite ? 'New invitation link' : 'Invite'}
      </Button>
      <Modal opened={link !== null} onClose={() => setLink(null)} title={`Invitation for ${employeeName}`} centered size="lg">
        {link && (
          <Stack gap="md">
            <Text size="sm">
              We emailed this link to {employeeName}; you can also pass it on yourself. It lets them set a password once, and works until{' '}
              {formatDateTime(link.expiresAt)}.
            </Text>
            <Group gap="xs" wrap="nowrap" align="flex-end">
              <TextInput
                label="One-time invitation link"
                value={link.url}
                readOnly
                onFocus={(event) => event.currentTarget.select()}
                style={{ flex: 1 }}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
              />
              <CopyButton value={link.url} timeout={2500}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? 'Copied' : 'Copy link'} withArrow>
                    <ActionIcon
                      size={36}
                      variant={copied ? 'filled' : 'default'}
                      color={copied ? 'green.8' : undefined}
                      onClick={copy}
                      aria-label={copied ? 'Link copied' : 'Copy link'}
                    >
                      {copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
            <Alert variant="light" color="gray">
              This is the only time the link is shown. If it gets lost, create a new one; the old link then stops working.
            </Alert>
            <Group justify="flex-end">
              <Button onClick={() => setLink(null)}>Done</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
