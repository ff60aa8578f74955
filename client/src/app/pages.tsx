import {
  IconAddressBook,
  IconAward,
  IconBuildingStore,
  IconChartBar,
  IconCoins,
  IconHeartHandshake,
  IconHistory,
  IconGift,
  IconHome,
  IconInbox,
  IconKey,
  IconListCheck,
  IconMail,
  IconMailCog,
  IconMessageHeart,
  IconPackage,
  IconPigMoney,
  IconPlugConnected,
  IconPresentation,
  IconScale,
  IconSparkles,
  IconTrophy,
  IconTruckDelivery,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Role } from '../lib/auth-session';
import HomeRoute from './routes/home';

/**
 * Where a page is shown: `public` on its own without a session (sign-in, an invitation), `fullscreen` on its own
 * for a signed-in person (the huddle on a big screen), `shell` inside the app's header and navigation.
 */
export type PageLayout = 'public' | 'fullscreen' | 'shell';

export interface Page {
  /** The route path, absolute. */
  path: string;
  layout: PageLayout;
  component: LazyExoticComponent<ComponentType>;
  /** Who may open it; everyone signed in when absent. The server enforces the same on every API call. */
  roles?: Role[];
  /** In the main navigation, with this label and icon, in the order of this table. */
  nav?: { label: string; icon: ReactNode };
}

// Every page but Home is lazy: a visit loads the code of the page it opens (reports carry the charting library).
// Home, where a signed-in person lands, is in the first bundle with the shell: on a slow network each further
// chunk is another round trip before the first story shows.
const page = (load: () => Promise<{ default: ComponentType }>) => lazy(load);
const icon = (Icon: typeof IconHome) => <Icon size={18} aria-hidden />;
const MANAGERS: Role[] = ['admin', 'manager'];
const ADMINS: Role[] = ['admin'];

/** The one table of the SPA's pages: the router is built from it, and so is the navigation each role sees. */
export const PAGES: Page[] = [
  { path: '/sign-in', layout: 'public', component: page(() => import('./routes/sign-in')) },
  { path: '/invite/:token', layout: 'public', component: page(() => import('./routes/invitation')) },
  { path: '/forgot-password', layout: 'public', component: page(() => import('./routes/forgot-password')) },
  { path: '/reset-password', layout: 'public', component: page(() => import('./routes/reset-password')) },
  { path: '/unsubscribe', layout: 'public', component: page(() => import('./routes/unsubscribe')) },
  { path: '/', layout: 'shell', component: page(() => Promise.resolve({ default: HomeRoute })), nav: { label: 'Home', icon: icon(IconHome) } },
  { path: '/huddle', layout: 'fullscreen', component: page(() => import('./routes/huddle')), nav: { label: 'Huddle mode', icon: icon(IconPresentation) } },
  { path: '/kudos', layout: 'shell', component: page(() => import('./routes/kudos')) },
  { path: '/leaderboards', layout: 'shell', component: page(() => import('./routes/leaderboards')), nav: { label: 'Leaderboards', icon: icon(IconTrophy) } },
  { path: '/people', layout: 'shell', component: page(() => import('./routes/people')), nav: { label: 'People', icon: icon(IconAddressBook) } },
  { path: '/search', layout: 'shell', component: page(() => import('./routes/search')) },
  {
    path: '/review-queue',
    layout: 'shell',
    roles: MANAGERS,
    component: page(() => import('./routes/review-queue')),
    nav: { label: 'Review queue', icon: icon(IconInbox) },
  },
  { path: '/review-queue/rewards-given', layout: 'shell', roles: MANAGERS, component: page(() => import('./routes/rewards-given')) },
  {
    path: '/customer-compliments',
    layout: 'shell',
    roles: MANAGERS,
    component: page(() => import('./routes/customer-compliments')),
    nav: { label: 'Customer compliments', icon: icon(IconMessageHeart) },
  },
  {
    path: '/champions',
    layout: 'shell',
    roles: MANAGERS,
    component: page(() => import('./routes/unrecognised')),
    nav: { label: 'Unrecognised champions', icon: icon(IconSparkles) },
  },
  {
    path: '/reports',
    layout: 'shell',
    roles: MANAGERS,
    component: page(() => import('./routes/reports')),
    nav: { label: 'Reports', icon: icon(IconChartBar) },
  },
  { path: '/points', layout: 'shell', component: page(() => import('./routes/points')), nav: { label: 'My points', icon: icon(IconPigMoney) } },
  { path: '/rewards', layout: 'shell', component: page(() => import('./routes/store')), nav: { label: 'Rewards', icon: icon(IconGift) } },
  { path: '/me', layout: 'shell', component: page(() => import('./routes/profile')), nav: { label: 'My profile', icon: icon(IconUserCircle) } },
  { path: '/me/email', layout: 'shell', component: page(() => import('./routes/email-settings')), nav: { label: 'Email settings', icon: icon(IconMailCog) } },
  { path: '/roster', layout: 'shell', roles: MANAGERS, component: page(() => import('./routes/roster')), nav: { label: 'Roster', icon: icon(IconUsers) } },
  { path: '/roster/import', layout: 'shell', roles: ADMINS, component: page(() => import('./routes/roster-import')) },
  { path: '/roster/:employeeId', layout: 'shell', roles: MANAGERS, component: page(() => import('./routes/employee')) },
  {
    path: '/values',
    layout: 'shell',
    roles: ADMINS,
    component: page(() => import('./routes/values')),
    nav: { label: 'Company values', icon: icon(IconHeartHandshake) },
  },
  {
    path: '/badges',
    layout: 'shell',
    roles: ADMINS,
    component: page(() => import('./routes/badges')),
    nav: { label: 'Badges', icon: icon(IconAward) },
  },
  {
    path: '/settings/sso',
    layout: 'shell',
    roles: ADMINS,
    component: page(() => import('./routes/sso-settings')),
    nav: { label: 'Single sign-on', icon: icon(IconKey) },
  },
  {
    path: '/departments',
    layout: 'shell',
    roles: ADMINS,
    component: page(() => import('./routes/departments')),
    nav: { label: 'Departments', icon: icon(IconBuildingStore) },
  },
  {
    path: '/catalogue',
    layout: 'shell',
    roles: ADMINS,
    component: page(() => import('./routes/catalogue-admin')),
    nav: { label: 'Catalogue', icon: icon(IconPackage) },
  },
  {
    path: '/fulfilment',
    layout: 'shell',
    roles: ADMINS,
    component: page(() => import('./routes/fulfilment')),
    nav: { label: 'Fulfilment', icon: icon(IconTruckDelivery) },
  },
  { path: '/budgets', layout: 'shell', roles: ADMINS, component: page(() => import('./routes/budgets')), nav: { label: 'Budgets', icon: icon(IconCoins) } },
  { path: '/fairness', layout: 'shell', roles: ADMINS, component: page(() => import('./routes/fairness')), nav: { label: 'Fairness', icon: icon(IconScale) } },
  {
    path: '/integrations',
    layout: 'shell',
    roles: ADMINS,
    component: page(() => import('./routes/integrations')),
    nav: { label: 'Integrations', icon: icon(IconPlugConnected) },
  },
  { path: '/outbox', layout: 'shell', roles: ADMINS, component: page(() => import('./routes/outbox')), nav: { label: 'Outbox', icon: icon(IconMail) } },
  { path: '/jobs', layout: 'shell', roles: ADMINS, component: page(() => import('./routes/jobs')), nav: { label: 'Jobs', icon: icon(IconListCheck) } },
  { path: '/audit', layout: 'shell', roles: ADMINS, component: page(() => import('./routes/audit')), nav: { label: 'Audit log', icon: icon(IconHistory) } },
  { path: '/stories/new', layout: 'shell', component: page(() => import('./routes/story-new')) },
  { path: '/stories/:storyId', layout: 'shell', component: page(() => import('./routes/story')) },
  { path: '/people/:employeeId', layout: 'shell', component: page(() => import('./routes/person')) },
];

export interface NavItem {
  label: string;
  to: string;
  icon: ReactNode;
}

/** The main navigation for a role: the pages of the table that have a nav entry and that the role may open. */
export function navigationFor(role: Role, pages: Page[] = PAGES): NavItem[] {
  return pages.filter((p) => p.nav && (!p.roles || p.roles.includes(role))).map((p) => ({ label: p.nav!.label, to: p.path, icon: p.nav!.icon }));
}
