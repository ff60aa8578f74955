import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { ApiProblem, problemMessage } from '../../../lib/problem';
import { useSignIn, type Credentials } from '../api/sign-in';
import { DemoAccounts } from './DemoAccounts';

function signInErrorText(error: unknown): string {
  if (error instanceof ApiProblem) {
    if (error.status === 401) return 'The email or password is not right. Check them and try again.';
    if (error.status === 429) {
      const seconds = error.retryAfterSeconds;
      if (!seconds) return 'Too many sign-in attempts. Please wait a few minutes and try again.';
      const minutes = Math.ceil(seconds / 60);
      return `Too many sign-in attempts. Please wait ${seconds < 90 ? `${seconds} seconds` : `${minutes} minutes`} and try again.`;
    }
    if (error.status === 400) return 'Enter your email and password.';
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
  const form = useForm<Credentials>({
    mode: 'controlled',
    initialValues: { email: defaultEmail, password: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value.trim()) ? null : 'Enter the email address you were invited with'),
      password: (value) => (value ? null : 'Enter your password'),
    },
  });

  return (
    <form
      noValidate
      aria-label="Sign in"
      onSubmit={form.onSubmit((values) => signIn.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onSignedIn }))}
    >
      <Stack gap="md">
        {signIn.isError && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {signInErrorText(signIn.error)}
          </Alert>
        )}
        <TextInput label="Work email" type="email" autoComplete="username" required autoFocus={!defaultEmail} size="md" {...form.getInputProps('email')} />
        <PasswordInput label="Password" autoComplete="current-password" required autoFocus={!!defaultEmail} size="md" {...form.getInputProps('password')} />
        <Button type="submit" size="md" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
        {showDemoAccounts && <DemoAccounts onPick={(credentials) => form.setValues(credentials)} />}
      </Stack>
    </form>
  );
}
