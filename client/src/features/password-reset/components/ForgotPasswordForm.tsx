import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, fieldErrorsFor, problemMessage } from '../../../lib/problem';
import { useRequestPasswordReset } from '../api/request-password-reset';

export function ForgotPasswordForm({ defaultEmail = '' }: { defaultEmail?: string }) {
  const { t } = useTranslation('password-reset');
  const request = useRequestPasswordReset();
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: defaultEmail },
    validate: { email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('forgot.need')) },
  });
  if (request.isSuccess) {
    return (
      <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status" title={t('forgot.sent')}>
        {request.data.message}
      </Alert>
    );
  }
  return (
    <form
      noValidate
      aria-label={t('forgot.label')}
      onSubmit={form.onSubmit(({ email }) =>
        request.mutate(email.trim(), {
          onError: (error) => {
            const { fields } = fieldErrorsFor(error, ['email']);
            if (fields.email) form.setErrors({ email: t('forgot.need') });
          },
        }),
      )}
    >
      <Stack gap="md">
        <TextInput label={t('forgot.email')} type="email" autoComplete="email" required size="md" {...form.getInputProps('email')} />
        {request.isError && !(request.error instanceof ApiProblem && request.error.status === 400) && (
          <Alert color="red" variant="light" role="alert">
            {problemMessage(request.error)}
          </Alert>
        )}
        <Button type="submit" size="md" loading={request.isPending} fullWidth>
          {t('forgot.submit')}
        </Button>
      </Stack>
    </form>
  );
}
