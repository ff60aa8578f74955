import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ApiProblem, fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useCompletePasswordReset } from '../api/complete-password-reset';

const MIN_LENGTH = 12;

export function ResetPasswordForm({ token, onDone, onGone }: { token: string; onDone: () => void; onGone: () => void }) {
  const complete = useCompletePasswordReset();
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (value) => (value.length < MIN_LENGTH ? `Use at least ${MIN_LENGTH} characters` : value.length > 200 ? 'Use at most 200 characters' : null),
      confirm: (value, values) => (value !== values.password ? 'The two passwords are not the same' : null),
    },
  });
  return (
    <form
      noValidate
      aria-label="Choose a new password"
      onSubmit={form.onSubmit(({ password }) =>
        complete.mutate(
          { token, password },
          {
            onSuccess: onDone,
            onError: (error) => {
              const { fields } = fieldErrorsFor(error, ['password']);
              if (fields.password) form.setErrors(fields);
              else if (error instanceof ApiProblem && (error.status === 410 || error.status === 400)) onGone();
              else notifications.show({ color: 'red', title: 'Password not changed', message: problemMessage(error) });
            },
          },
        ),
      )}
    >
      <Stack gap="md">
        <PasswordInput
          label="New password"
          description={`At least ${MIN_LENGTH} characters.`}
          autoComplete="new-password"
          required
          size="md"
          {...form.getInputProps('password')}
        />
        <PasswordInput label="Type it again" autoComplete="new-password" required size="md" {...form.getInputProps('confirm')} />
        <Button type="submit" size="md" loading={complete.isPending} fullWidth>
          Set new password
        </Button>
      </Stack>
    </form>
  );
}
