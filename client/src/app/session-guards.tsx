import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { CenteredLoader } from '../components/ui/centered-loader';
import { useSession, type Role, type SessionEmployee } from '../lib/auth-session';
import { NoAccess } from './routes/no-access';

/** Renders children for a signed-in person; otherwise sends them to sign in and back here after. */
export function RequireSession({ children }: { children: (employee: SessionEmployee) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <CenteredLoader label="Restoring your session" />;
  if (session.status === 'signed-out') {
    const next = location.pathname + location.search;
    const params = new URLSearchParams();
    // Only an expired or missing session comes back to the page; after signing out on purpose the next person on a
    // shared terminal must not land on the previous person's page.
    if (next !== '/' && session.reason !== 'signed-out') params.set('next', next);
    if (session.reason === 'expired') params.set('expired', '1');
    const query = params.toString();
    return <Navigate to={`/sign-in${query ? `?${query}` : ''}`} replace />;
  }
  return <>{children(session.employee)}</>;
}

export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  if (!roles.includes(session.employee.role)) return <NoAccess />;
  return <>{children}</>;
}
