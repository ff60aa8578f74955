import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ForgotPasswordForm } from '../../features/password-reset';
import { AuthPageLayout } from './auth-page-layout';

export default function ForgotPasswordRoute() {
  const { t } = useTranslation('password-reset');
  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={26}>
            {t('forgot.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('forgot.intro')}
          </Text>
        </Stack>
        <ForgotPasswordForm />
        <Text size="sm">
          {t('forgot.remembered')}{' '}
          <Anchor component={Link} to="/sign-in" fw={600}>
            {t('forgot.signIn')}
          </Anchor>
        </Text>
      </Stack>
    </AuthPageLayout>
  );
}
