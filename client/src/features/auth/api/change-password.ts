import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Sets a new password; the server ends every other sign-in of this person and keeps this one. */
export async function changePassword(body: ChangePasswordInput) {
  unwrap(await api.POST('/api/me/password', { body }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
