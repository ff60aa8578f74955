import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ResetPasswordForm } from '../../features/password-reset';
import { AuthPageLayout } from './auth-page-layout';
import type { SignInState } from './sign-in';

/** The token arrives in the fragment (#token=…), which the browser never sends to the server. */
function tokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

export default function ResetPasswordRoute() {
  const { t } = useTranslation('password-reset');
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const [gone, setGone] = useState(!/^[A-Za-z0-9_-]{43}$/.test(token));
  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Title order={1} fz={26}>
          {gone ? t('reset.gone') : t('reset.title')}
        </Title>
        {gone ? (
          <Alert color="gray" variant="light" icon={<IconLinkOff aria-hidden />}>
            <Trans t={t} i18nKey="reset.goneHint" components={{ link: <Anchor component={Link} to="/forgot-password" fw={600} /> }} />
          </Alert>
        ) : (
          <>
            <Text c="dimmed" size="sm">
              {t('reset.intro')}
            </Text>
            <ResetPasswordForm
              token={token}
              onGone={() => setGone(true)}
              onDone={() => navigate('/sign-in', { replace: true, state: { passwordSet: true } satisfies SignInState })}
            />
          </>
        )}
      </Stack>
    </AuthPageLayout>
  );
}
