import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { CenteredLoader } from '../components/ui/centered-loader';
import { RequireRole, RequireSession } from './session-guards';

// The shell is lazy too: the sign-in and invitation pages do not need it.
const AppLayout = lazy(() => import('./app-layout'));
const SignInRoute = lazy(() => import('./routes/sign-in'));
const InvitationRoute = lazy(() => import('./routes/invitation'));
const HomeRoute = lazy(() => import('./routes/home'));
const ProfileRoute = lazy(() => import('./routes/profile'));
const RosterRoute = lazy(() => import('./routes/roster'));
const EmployeeRoute = lazy(() => import('./routes/employee'));
const DepartmentsRoute = lazy(() => import('./routes/departments'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));
const StoryNewRoute = lazy(() => import('./routes/story-new'));
const StoryRoute = lazy(() => import('./routes/story'));
const PersonRoute = lazy(() => import('./routes/person'));
const HuddleRoute = lazy(() => import('./routes/huddle'));
const ValuesRoute = lazy(() => import('./routes/values'));
const IntegrationsRoute = lazy(() => import('./routes/integrations'));
// Reports carry the charting library: loaded only when someone opens them.
const ReportsRoute = lazy(() => import('./routes/reports'));
const RosterImportRoute = lazy(() => import('./routes/roster-import'));
const LeaderboardsRoute = lazy(() => import('./routes/leaderboards'));
const ReviewQueueRoute = lazy(() => import('./routes/review-queue'));
const UnrecognisedRoute = lazy(() => import('./routes/unrecognised'));
const BudgetsRoute = lazy(() => import('./routes/budgets'));
const FairnessRoute = lazy(() => import('./routes/fairness'));

function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<CenteredLoader />}>{children}</Suspense>;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <Standalone><SignInRoute /></Standalone> },
  { path: '/invite/:token', element: <Standalone><InvitationRoute /></Standalone> },
  { path: '/huddle', element: <RequireSession>{() => <Standalone><HuddleRoute /></Standalone>}</RequireSession> },
  {
    path: '/',
    element: <RequireSession>{(employee) => <Standalone><AppLayout employee={employee} /></Standalone>}</RequireSession>,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'me', element: <ProfileRoute /> },
      { path: 'stories/new', element: <StoryNewRoute /> },
      { path: 'stories/:storyId', element: <StoryRoute /> },
      { path: 'people/:employeeId', element: <PersonRoute /> },
      { path: 'roster', element: <RequireRole roles={['admin', 'manager']}><RosterRoute /></RequireRole> },
      { path: 'roster/import', element: <RequireRole roles={['admin']}><RosterImportRoute /></RequireRole> },
      { path: 'roster/:employeeId', element: <RequireRole roles={['admin', 'manager']}><EmployeeRoute /></RequireRole> },
      { path: 'reports', element: <RequireRole roles={['admin', 'manager']}><ReportsRoute /></RequireRole> },
      { path: 'leaderboards', element: <LeaderboardsRoute /> },
      { path: 'review-queue', element: <RequireRole roles={['admin', 'manager']}><ReviewQueueRoute /></RequireRole> },
      { path: 'champions', element: <RequireRole roles={['admin', 'manager']}><UnrecognisedRoute /></RequireRole> },
      { path: 'budgets', element: <RequireRole roles={['admin']}><BudgetsRoute /></RequireRole> },
      { path: 'fairness', element: <RequireRole roles={['admin']}><FairnessRoute /></RequireRole> },
      { path: 'values', element: <RequireRole roles={['admin']}><ValuesRoute /></RequireRole> },
      { path: 'integrations', element: <RequireRole roles={['admin']}><IntegrationsRoute /></RequireRole> },
      { path: 'departments', element: <RequireRole roles={['admin']}><DepartmentsRoute /></RequireRole> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
