import { AppShell, Badge, Burger, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAward, IconBuildingStore, IconChartBar, IconCoins, IconHeartHandshake, IconHome, IconInbox, IconPresentation, IconPlugConnected,
  IconScale, IconSparkles, IconTrophy, IconUserCircle, IconUsers } from '@tabler/icons-react';
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Brand } from '../components/ui/brand';
import { CenteredLoader } from '../components/ui/centered-loader';
import { UserMenu } from '../features/auth/components/UserMenu';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import type { Role, SessionEmployee } from '../lib/auth-session';

interface NavItem {
  label: string;
  to: string;
  icon: ReactNode;
  roles?: Role[];
  soon?: boolean;
}

const navItems: NavItem[] = [
  { label: 'Home', to: '/', icon: <IconHome size={18} aria-hidden /> },
  { label: 'Huddle mode', to: '/huddle', icon: <IconPresentation size={18} aria-hidden /> },
  { label: 'Leaderboards', to: '/leaderboards', icon: <IconTrophy size={18} aria-hidden /> },
  { label: 'Review queue', to: '/review-queue', icon: <IconInbox size={18} aria-hidden />, roles: ['admin', 'manager'] },
  { label: 'Unrecognised champions', to: '/champions', icon: <IconSparkles size={18} aria-hidden />, roles: ['admin', 'manager'] },
  { label: 'Reports', to: '/reports', icon: <IconChartBar size={18} aria-hidden />, roles: ['admin', 'manager'] },
  { label: 'My profile', to: '/me', icon: <IconUserCircle size={18} aria-hidden /> },
  { label: 'Roster', to: '/roster', icon: <IconUsers size={18} aria-hidden />, roles: ['admin', 'manager'] },
  { label: 'Company values', to: '/values', icon: <IconHeartHandshake size={18} aria-hidden />, roles: ['admin'] },
  { label: 'Departments', to: '/departments', icon: <IconBuildingStore size={18} aria-hidden />, roles: ['admin'] },
  { label: 'Budgets', to: '/budgets', icon: <IconCoins size={18} aria-hidden />, roles: ['admin'] },
  { label: 'Fairness', to: '/fairness', icon: <IconScale size={18} aria-hidden />, roles: ['admin'] },
  { label: 'Integrations', to: '/integrations', icon: <IconPlugConnected size={18} aria-hidden />, roles: ['admin'] },
];

function isActive(pathname: string, to: string) {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** Header with the product and the signed-in person, navigation by capability, and the page. */
export default function AppLayout({ employee }: { employee: SessionEmployee }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);

  // On a phone the menu closes after choosing a page.
  useEffect(() => close(), [pathname, close]);

  const items = navItems.filter((item) => !item.roles || item.roles.includes(employee.role));

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'md', sm: 'xl' }}>
      <a href="#main" className="skip-link" onClick={(event) => {
        event.preventDefault();
        main.current?.focus();
      }}>
        Skip to content
      </a>
      <AppShell.Header component="header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? 'Close navigation' : 'Open navigation'} aria-expanded={opened} aria-controls="main-navigation" />
            <Link to="/" aria-label="Heroics home" style={{ color: 'inherit', textDecoration: 'none' }}>
              <Brand />
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu employee={employee} onOpenProfile={() => navigate('/me')} onSignedOut={() => navigate('/sign-in', { replace: true })} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar component="nav" id="main-navigation" aria-label="Main" p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {items.map((item) =>
              item.soon ? (
                <NavLink
                  key={item.to}
                  component="button"
                  type="button"
                  label={item.label}
                  leftSection={item.icon}
                  disabled
                  aria-disabled="true"
                  aria-label={`${item.label} (coming soon)`}
                  rightSection={
                    <Badge size="sm" variant="filled" bg="#eceef1" c="#3b4350" tt="none">
                      Soon
                    </Badge>
                  }
                  c="dimmed"
                  // Mantine fades disabled links to 40%; these stay legible (AA) and say why they are inert.
                  style={{ borderRadius: 8, opacity: 1, cursor: 'default' }}
                />
              ) : (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={item.label}
                  leftSection={item.icon}
                  active={isActive(pathname, item.to)}
                  aria-current={isActive(pathname, item.to) ? 'page' : undefined}
                  style={{ borderRadius: 8 }}
                  fw={500}
                />
              ),
            )}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Group gap={6} p="sm" c="dimmed">
            <IconAward size={16} aria-hidden />
            <Text size="xs">Recognise the people who make it right.</Text>
          </Group>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" ref={main} tabIndex={-1} style={{ outline: 'none' }}>
        <div style={{ maxWidth: 1280, margin: '0 auto' }}>
          <Suspense fallback={<CenteredLoader />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
