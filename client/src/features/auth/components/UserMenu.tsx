import { Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import { roleLabel } from '../../../components/ui/badges';
import type { SessionEmployee } from '../../../lib/auth-session';
import { useSignOut } from '../api/sign-out';

/** The signed-in person, their role, and the way out. */
export function UserMenu({ employee, onOpenProfile, onSignedOut }: { employee: SessionEmployee; onOpenProfile: () => void; onSignedOut: () => void }) {
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${employee.name}`} p={4} style={{ borderRadius: 999 }}>
          <Group gap="xs" wrap="nowrap">
            <PersonAvatar name={employee.name} size={34} />
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2}>
                {employee.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {roleLabel(employee.role)}
              </Text>
            </Stack>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          Signed in as {employee.name} · {roleLabel(employee.role)}
        </Menu.Label>
        <Menu.Item leftSection={<IconUserCircle size={16} aria-hidden />} onClick={onOpenProfile}>
          My profile
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut.mutate(undefined, { onSettled: onSignedOut })}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
