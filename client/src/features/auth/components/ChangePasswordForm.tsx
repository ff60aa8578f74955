import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useChangePassword } from '../api/change-password';

const MIN_LENGTH = 12;
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** The profile's password section: current password, a new one twice. Weak passwords are explained by the server. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const [changed, setChanged] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : 'Enter the password you signed in with'),
      newPassword: (value) => (value.length < MIN_LENGTH ? `Use at least ${MIN_LENGTH} characters` : value.length > 200 ? 'Use at most 200 characters' : null),
      confirm: (value, values) => (value !== values.newPassword ? 'The two passwords are not the same' : null),
    },
  });

  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="change-password-title">
      <form
        noValidate
        aria-label="Change your password"
        onSubmit={form.onSubmit(({ currentPassword, newPassword }) => {
          setChanged(false);
          setFailure(null);
          change.mutate(
            { currentPassword, newPassword },
            {
              onSuccess: () => {
                form.reset();
                setChanged(true);
              },
              onError: (error) => {
                const { fields } = fieldErrorsFor(error, FIELDS);
                if (Object.keys(fields).length) form.setErrors(fields);
                else setFailure(problemMessage(error));
              },
            },
          );
        })}
      >
        <Stack gap="md">
          <div>
            <Title order={2} fz="lg" id="change-password-title">
              Password
            </Title>
            <Text size="sm" c="dimmed">
              Changing it signs you out everywhere else; you stay signed in here.
            </Text>
          </div>
          {changed && (
            <Alert color="green" icon={<IconCheck size={18} aria-hidden />} role="status" title="Password changed">
              Your other sign-ins have ended. Use the new password from now on.
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert" title="Password not changed">
              {failure}
            </Alert>
          )}
          <PasswordInput label="Current password" autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
          <PasswordInput
            label="New password"
            description={`At least ${MIN_LENGTH} characters and hard to guess: a few uncommon words work well.`}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput label="Type the new password again" autoComplete="new-password" required {...form.getInputProps('confirm')} />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            Change password
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
