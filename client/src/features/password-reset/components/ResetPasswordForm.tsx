import { useCompletePasswordReset } from '../api/complete-password-reset';
import { MIN_PASSWORD_LENGTH, NewPasswordForm } from './NewPasswordForm';

export function ResetPasswordForm({ token, onDone, onGone }: { token: string; onDone: () => void; onGone: () => void }) {
  const complete = useCompletePasswordReset();
  return (
    <NewPasswordForm
      token={token}
      mutation={complete}
      onDone={onDone}
      onGone={onGone}
      goneStatuses={[410, 400]}
      formLabel="Choose a new password"
      passwordLabel="New password"
      passwordDescription={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      submitLabel="Set new password"
      failureTitle="Password not changed"
    />
  );
}
