import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { ApiProblem, fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordForm({ defaultEmail = '' }: { defaultEmail?: string }) {
  const request = useRequestPasswordReset();
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: defaultEmail },
    validate: { email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : 'Enter the email address you sign in with') },
  });
  if (request.isSuccess) {
    return (
      <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status" title="Check your email">
        {request.data.message}
      </Alert>
    );
  }
  return (
    <form
      noValidate
      aria-label="Reset your password"
      onSubmit={form.onSubmit(({ email }) =>
        request.mutate(email.trim(), {
          onError: (error) => {
            const { fields } = fieldErrorsFor(error, ['email']);
            if (fields.email) form.setErrors({ email: 'Enter the email address you sign in with' });
          },
        }),
      )}
    >
      <Stack gap="md">
        <TextInput label="Email" type="email" autoComplete="email" required size="md" {...form.getInputProps('email')} />
        {request.isError && !(request.error instanceof ApiProblem && request.error.status === 400) && (
          <Alert color="red" variant="light" role="alert">
            {problemMessage(request.error)}
          </Alert>
        )}
        <Button type="submit" size="md" loading={request.isPending} fullWidth>
          Email me a reset link
        </Button>
      </Stack>
    </form>
  );
}
