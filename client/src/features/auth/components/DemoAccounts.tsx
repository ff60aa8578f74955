import { Collapse, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Credentials } from '../api/sign-in';

const DEMO_PASSWORD = 'heroics-demo';
const accounts = [
  { email: 'admin@larkspur.example', who: 'Helen Ramirez', role: 'app:roles.admin' },
  { email: 'manager@larkspur.example', who: 'Marcus Bell', role: 'app:roles.manager' },
  { email: 'staff@larkspur.example', who: 'Sofia Lindqvist', role: 'app:roles.staff' },
];

/** The seeded demo company's sign-ins, folded away; choosing one fills the form. */
export function DemoAccounts({ onPick }: { onPick: (credentials: Credentials) => void }) {
  const { t } = useTranslation('auth');
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <Stack gap={6} pt={4}>
      <UnstyledButton onClick={toggle} aria-expanded={opened} aria-controls="demo-accounts" style={{ alignSelf: 'center' }}>
        <Group gap={4} c="dimmed" fz="sm">
          {t('demo.question')}
          <IconChevronDown size={16} aria-hidden style={{ transform: opened ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }} />
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened} id="demo-accounts">
        <Stack gap={6}>
          {accounts.map((account) => (
            <UnstyledButton
              key={account.email}
              onClick={() => onPick({ email: account.email, password: DEMO_PASSWORD })}
              p="xs"
              style={{ borderRadius: 8, border: '1px solid var(--mantine-color-default-border)' }}
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600}>
                  {account.who}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(account.role)} · {account.email}
                </Text>
              </Group>
            </UnstyledButton>
          ))}
          <Text size="xs" c="dimmed" ta="center">
            {t('demo.password', { password: DEMO_PASSWORD })}
          </Text>
        </Stack>
      </Collapse>
    </Stack>
  );
}
