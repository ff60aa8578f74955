import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../../lib/i18n';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import { useSignIn, type Credentials } from '../api/sign-in';
import { DemoAccounts } from './DemoAccounts';

function signInErrorText(error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.status === 401) return i18n.t('auth:signIn.wrongCredentials');
    if (error.status === 429) {
      const seconds = error.retryAfterSeconds;
      if (!seconds) return i18n.t('auth:signIn.throttled');
      return seconds < 90 ? i18n.t('auth:signIn.throttledSeconds', { seconds }) : i18n.t('auth:signIn.throttledMinutes', { minutes: Math.ceil(seconds / 60) });
    }
    if (error.status === 400) return i18n.t('auth:signIn.missing');
  }
  return problemMessage(error);
}

export function SignInForm({
  defaultEmail = '',
  onSignedIn,
  showDemoAccounts = false,
}: {
  defaultEmail?: string;
  onSignedIn: () => void;
  showDemoAccounts?: boolean;
}) {
  const signIn = useSignIn();
  const { t } = useTranslation('auth');
  const form = useForm<Credentials>({
    mode: 'controlled',
    initialValues: { email: defaultEmail, password: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value.trim()) ? null : t('signIn.emailInvalid')),
      password: (value) => (value ? null : t('signIn.passwordMissing')),
    },
  });

  return (
    <form
      noValidate
      aria-label={t('signIn.title')}
      onSubmit={form.onSubmit((values) => signIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onSignedIn }))}
    >
      <Stack gap="md">
        {signIn.isError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {signInErrorText(signIn.error)}
          </Alert>
        )}
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          required
          autoFocus={!defaultEmail}
          size="md"
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          autoFocus={!!defaultEmail}
          size="md"
          {...form.getInputProps('password')}
        />
        <Button type="submit" size="md" loading={signIn.isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
        {showDemoAccounts && <DemoAccounts onPick={(credentials) => form.setValues(credentials)} />}
      </Stack>
    </form>
  );
}
