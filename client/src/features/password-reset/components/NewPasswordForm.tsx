import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ApiProblem, fieldErrorsFor, problemMessage } from '../../../lib/problem';

export const MIN_PASSWORD_LENGTH = 12;

/** What a form that sets a password with a one-time token sends: the token's mutation (invitation or reset). */
interface PasswordMutation {
  mutate: (variables: { token: string; password: string }, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  isPending: boolean;
}

/**
 * A new password typed twice, checked here (length, the two the same) and by the server (strength, next to the field);
 * a token the server answers with one of `goneStatuses` is gone (`onGone`), any other failure a notification.
 */
export function NewPasswordForm(props: {
  token: string;
  mutation: PasswordMutation;
  onDone: () => void;
  onGone: () => void;
  goneStatuses: number[];
  formLabel: string;
  passwordLabel: string;
  passwordDescription: string;
  submitLabel: string;
  failureTitle: string;
}) {
  const { t } = useTranslation('password-reset');
  const { token, mutation, onDone, onGone, goneStatuses } = props;
  const form = useForm({
    mode: 'controlled',
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (value) =>
        value.length < MIN_PASSWORD_LENGTH
          ? t('newPassword.min', { count: MIN_PASSWORD_LENGTH })
          : value.length > 200
            ? t('newPassword.max', { count: 200 })
            : null,
      confirm: (value, values) => (value !== values.password ? t('newPassword.same') : null),
    },
  });
  return (
    <form
      noValidate
      aria-label={props.formLabel}
      onSubmit={form.onSubmit(({ password }) =>
        mutation.mutate(
          { token, password },
          {
            onSuccess: onDone,
            onError: (error) => {
              const { fields } = fieldErrorsFor(error, ['password']);
              if (fields.password) form.setErrors(fields);
              else if (error instanceof ApiProblem && goneStatuses.includes(error.status)) onGone();
              else notifications.show({ color: 'red', title: props.failureTitle, message: problemMessage(error) });
            },
          },
        ),
      )}
    >
      <Stack gap="md">
        <PasswordInput
          label={props.passwordLabel}
          description={props.passwordDescription}
          autoComplete="new-password"
          required
          size="md"
          {...form.getInputProps('password')}
        />
        <PasswordInput label={t('newPassword.again')} autoComplete="new-password" required size="md" {...form.getInputProps('confirm')} />
        <Button type="submit" size="md" loading={mutation.isPending} fullWidth>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
