import { useTranslation } from 'react-i18next';
import { useCompletePasswordReset } from '../api/complete-password-reset';
import { MIN_PASSWORD_LENGTH, NewPasswordForm } from './NewPasswordForm';

export function ResetPasswordForm({ token, onDone, onGone }: { token: string; onDone: () => void; onGone: () => void }) {
  const { t } = useTranslation('password-reset');
  const complete = useCompletePasswordReset();
  return (
    <NewPasswordForm
      token={token}
      mutation={complete}
      onDone={onDone}
      onGone={onGone}
      goneStatuses={[410, 400]}
      formLabel={t('reset.title')}
      passwordLabel={t('reset.password')}
      passwordDescription={t('reset.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      submitLabel={t('reset.submit')}
      failureTitle={t('reset.failed')}
    />
  );
}
