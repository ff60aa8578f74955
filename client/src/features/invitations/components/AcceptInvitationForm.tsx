import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useAcceptInvitation } from '../api/accept-invitation';

const MIN_LENGTH = 12;

export function AcceptInvitationForm({ token, onAccepted, onGone }: { token: string; onAccepted: () => void; onGone: () => void }) {
  const accept = useAcceptInvitation();
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
      aria-label="Set your password"
      onSubmit={form.onSubmit(({ password }) =>
        accept.mutate(
          { token, password },
          {
            onSuccess: onAccepted,
            onError: (error) => {
              const { fields } = fieldErrorsFor(error, ['password']);
              if (fields.password) form.setErrors(fields);
              else if (error && 'status' in error && (error.status === 410 || error.status === 404)) onGone();
              else notifications.show({ color: 'red', title: 'Password not set', message: problemMessage(error) });
            },
          },
        ),
      )}
    >
      <Stack gap="md">
        <PasswordInput
          label="Choose a password"
          description={`At least ${MIN_LENGTH} characters and hard to guess (not your name, no repeated letters). A short sentence of uncommon words works well.`}
          autoComplete="new-password"
          required
          size="md"
          {...form.getInputProps('password')}
        />
        <PasswordInput label="Type it again" autoComplete="new-password" required size="md" {...form.getInputProps('confirm')} />
        <Button type="submit" size="md" loading={accept.isPending} fullWidth>
          Set password
        </Button>
      </Stack>
    </form>
  );
}
