import { Alert, Anchor, Divider, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4 } from '@tabler/icons-react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../../features/auth/components/SignInForm';
import { ssoErrorMessage, SsoSignInButton, useSsoProvider } from '../../features/sso';
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
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = (useLocation().state ?? {}) as SignInState;
  const next = safeNext(params.get('next'));
  const sso = useSsoProvider();
  const ssoError = params.get('sso_error');
  // `?sso=1` goes straight to the identity provider (a bookmark or the provider's app tile).
  const straightToProvider = params.get('sso') === '1' && !ssoError && session.status === 'signed-out' && sso.data?.enabled;
  useEffect(() => {
    if (straightToProvider) window.location.assign(`/api/sso/login?returnTo=${encodeURIComponent(next)}`);
  }, [straightToProvider, next]);

  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={26}>
            {t('signIn.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('signIn.welcome')}
          </Text>
        </Stack>
        {state.passwordSet && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" title={t('signIn.passwordSet')}>
            {t('signIn.passwordSetHint')}
          </Alert>
        )}
        {params.get('expired') && !state.passwordSet && (
          <Alert color="gray" variant="light" icon={<IconClockHour4 aria-hidden />} role="status">
            {t('signIn.expired')}
          </Alert>
        )}
        {ssoError && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" title={t('signIn.notSignedIn')}>
            {ssoErrorMessage(ssoError) ?? t('signIn.ssoIncomplete')}
          </Alert>
        )}
        {sso.data?.enabled && (
          <>
            <SsoSignInButton providerName={sso.data.providerName} returnTo={next} />
            <Divider label={sso.data.required ? t('signIn.breakGlass') : t('signIn.orPassword')} labelPosition="center" />
          </>
        )}
        <SignInForm defaultEmail={state.email} onSignedIn={() => navigate(next, { replace: true })} showDemoAccounts={isDemoHost() && !state.email} />
        <Text size="sm" ta="center">
          <Anchor component={Link} to="/forgot-password" fw={600}>
            {t('signIn.forgotPassword')}
          </Anchor>
        </Text>
      </Stack>
    </AuthPageLayout>
  );
}
