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

function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<CenteredLoader />}>{children}</Suspense>;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <Standalone><SignInRoute /></Standalone> },
  { path: '/invite/:token', element: <Standalone><InvitationRoute /></Standalone> },
  {
    path: '/',
    element: <RequireSession>{(employee) => <Standalone><AppLayout employee={employee} /></Standalone>}</RequireSession>,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'me', element: <ProfileRoute /> },
      { path: 'roster', element: <RequireRole roles={['admin', 'manager']}><RosterRoute /></RequireRole> },
      { path: 'roster/:employeeId', element: <RequireRole roles={['admin', 'manager']}><EmployeeRoute /></RequireRole> },
      { path: 'departments', element: <RequireRole roles={['admin']}><DepartmentsRoute /></RequireRole> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
