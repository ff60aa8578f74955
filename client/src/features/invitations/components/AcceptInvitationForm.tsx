import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, NewPasswordForm } from '../../password-reset';
import { useAcceptInvitation } from '../api/accept-invitation';

export function AcceptInvitationForm({ token, onAccepted, onGone }: { token: string; onAccepted: () => void; onGone: () => void }) {
  const { t } = useTranslation('invitations');
  const accept = useAcceptInvitation();
  return (
    <NewPasswordForm
      token={token}
      mutation={accept}
      onDone={onAccepted}
      onGone={onGone}
      goneStatuses={[410, 404]}
      formLabel={t('accept.label')}
      passwordLabel={t('accept.password')}
      passwordDescription={t('accept.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      submitLabel={t('accept.submit')}
      failureTitle={t('accept.failed')}
    />
  );
}
