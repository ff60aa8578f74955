import { MIN_PASSWORD_LENGTH, NewPasswordForm } from '../../password-reset';
import { useAcceptInvitation } from '../api/accept-invitation';

export function AcceptInvitationForm({ token, onAccepted, onGone }: { token: string; onAccepted: () => void; onGone: () => void }) {
  const accept = useAcceptInvitation();
  return (
    <NewPasswordForm
      token={token}
      mutation={accept}
      onDone={onAccepted}
      onGone={onGone}
      goneStatuses={[410, 404]}
      formLabel="Set your password"
      passwordLabel="Choose a password"
      passwordDescription={`At least ${MIN_PASSWORD_LENGTH} characters and hard to guess (not your name, no repeated letters). A short sentence of uncommon words works well.`}
      submitLabel="Set password"
      failureTitle="Password not set"
    />
  );
}
