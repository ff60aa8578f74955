import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockHour4 } from '@tabler/icons-react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../../features/auth/components/SignInForm';
import { useSession } from '../../lib/auth-session';
import { AuthPageLayout } from './auth-page-layout';

export interface SignInState {
  email?: string;
  passwordSet?: boolean;
}

/** Only same-app paths are followed after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function isDemoHost(): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(window.location.hostname) || import.meta.env.DEV;
}

export default function SignInRoute() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = (useLocation().state ?? {}) as SignInState;
  const next = safeNext(params.get('next'));

  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={26}>
            Sign in
          </Title>
          <Text c="dimmed" size="sm">
            Welcome back. Use the email address your company invited.
          </Text>
        </Stack>
        {state.passwordSet && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" title="Your password is set">
            Sign in with it now to get started.
          </Alert>
        )}
        {params.get('expired') && !state.passwordSet && (
          <Alert color="gray" variant="light" icon={<IconClockHour4 aria-hidden />} role="status">
            Your session has ended. Please sign in again.
          </Alert>
        )}
        <SignInForm defaultEmail={state.email} onSignedIn={() => navigate(next, { replace: true })} showDemoAccounts={isDemoHost() && !state.email} />
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/forgot-password" fw={600}>
            Forgot password?
          </Anchor>
        </Text>
      </Stack>
    </AuthPageLayout>
  );
}
