import { Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PersonAvatar } from '../../../components/ui/person-avatar';
import type { SessionEmployee } from '../../../lib/auth-session';
import { useSignOut } from '../api/sign-out';

/** The signed-in person, their role, and the way out. */
export function UserMenu({ employee, onOpenProfile, onSignedOut }: { employee: SessionEmployee; onOpenProfile: () => void; onSignedOut: () => void }) {
  const signOut = useSignOut();
  const { t } = useTranslation('auth');
  const role = { admin: t('app:roles.admin'), manager: t('app:roles.manager'), staff: t('app:roles.staff') }[employee.role];
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('accountMenu', { name: employee.name })} p={4} style={{ borderRadius: 999 }}>
          <Group gap="xs" wrap="nowrap">
            <PersonAvatar name={employee.name} size={34} />
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2}>
                {employee.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {role}
              </Text>
            </Stack>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('signedInAs', { name: employee.name, role })}</Menu.Label>
        <Menu.Item leftSection={<IconUserCircle size={16} aria-hidden />} onClick={onOpenProfile}>
          {t('myProfile')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut.mutate(undefined, { onSettled: onSignedOut })}>
          {t('signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
