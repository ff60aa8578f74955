import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ForgotPasswordForm } from '../../features/password-reset';
import { AuthPageLayout } from './auth-page-layout';

export default function ForgotPasswordRoute() {
  return (
    <AuthPageLayout>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={26}>
            Forgot your password?
          </Title>
          <Text c="dimmed" size="sm">
            Enter the email address you sign in with. We will send a link to choose a new password.
          </Text>
        </Stack>
        <ForgotPasswordForm />
        <Text size="sm">
          Remembered it?{' '}
          <Anchor component={Link} to="/sign-in" fw={600}>
            Sign in
          </Anchor>
        </Text>
      </Stack>
    </AuthPageLayout>
  );
}
