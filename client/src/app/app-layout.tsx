import { AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAward } from '@tabler/icons-react';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { Brand } from '../components/ui/brand';
import { CenteredLoader } from '../components/ui/centered-loader';
import { UserMenu } from '../features/auth/components/UserMenu';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { HeaderSearch } from '../features/search';
import type { SessionEmployee } from '../lib/auth-session';
import { LanguageFollower } from './language-follower';
import { navLabel } from './nav-labels';
import { navigationFor } from './pages';

function isActive(pathname: string, to: string) {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** Header with the product and the signed-in person, navigation by capability, and the page. */
export default function AppLayout({ employee }: { employee: SessionEmployee }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const { t } = useTranslation('app');

  // On a phone the menu closes after choosing a page.
  useEffect(() => close(), [pathname, close]);

  const items = navigationFor(employee.role);

  // The most specific page the address is in: on /me/email that is Email settings, not My profile too.
  const current = items.filter((item) => isActive(pathname, item.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to;

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'md', sm: 'xl' }}>
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <AppShell.Header component="header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('closeNavigation') : t('openNavigation')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Link to="/" aria-label={t('home')} style={{ color: 'inherit', textDecoration: 'none' }}>
              <Brand />
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <HeaderSearch />
            <NotificationBell />
            <UserMenu employee={employee} onOpenProfile={() => navigate('/me')} onSignedOut={() => navigate('/sign-in', { replace: true })} />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar component="nav" id="main-navigation" aria-label={t('mainNavigation')} p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={2}>
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={navLabel(t, item.to, item.label)}
                leftSection={item.icon}
                active={item.to === current}
                aria-current={item.to === current ? 'page' : undefined}
                style={{ borderRadius: 8 }}
                fw={500}
              />
            ))}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Group gap={6} p="sm" c="dimmed">
            <IconAward size={16} aria-hidden />
            <Text size="xs">{t('tagline')}</Text>
          </Group>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" ref={main} tabIndex={-1} style={{ outline: 'none' }}>
        <div style={{ maxWidth: 1280, margin: '0 auto' }}>
          <Suspense fallback={<CenteredLoader />}>
            <Outlet />
            {/* With the page, not before it: Home's first screen takes boot.js's early /api/me instead of asking again. */}
            <LanguageFollower />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
