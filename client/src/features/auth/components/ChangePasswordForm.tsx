import { Alert, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useChangePassword } from '../api/change-password';

const MIN_LENGTH = 12;
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** The profile's password section: current password, a new one twice. Weak passwords are explained by the server. */
export function ChangePasswordForm() {
  const { t } = useTranslation('auth');
  const change = useChangePassword();
  const [changed, setChanged] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('changePassword.need.current')),
      newPassword: (value) =>
        value.length < MIN_LENGTH
          ? t('changePassword.need.min', { count: MIN_LENGTH })
          : value.length > 200
            ? t('changePassword.need.max', { count: 200 })
            : null,
      confirm: (value, values) => (value !== values.newPassword ? t('changePassword.need.same') : null),
    },
  });

  return (
    <Paper p="lg" withBorder component="section" aria-labelledby="change-password-title">
      <form
        noValidate
        aria-label={t('changePassword.label')}
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
              {t('changePassword.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('changePassword.intro')}
            </Text>
          </div>
          {changed && (
            <Alert color="green" icon={<IconCheck size={18} aria-hidden />} role="status" title={t('changePassword.changed')}>
              {t('changePassword.changedHint')}
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert" title={t('changePassword.notChanged')}>
              {failure}
            </Alert>
          )}
          <PasswordInput label={t('changePassword.current')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
          <PasswordInput
            label={t('changePassword.new')}
            description={t('changePassword.newHint', { count: MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput label={t('changePassword.again')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('changePassword.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
