import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export async function completePasswordReset({ token, password }: { token: string; password: string }) {
  unwrap(await api.POST('/api/password-resets/complete', { body: { token, password } }));
}

export function useCompletePasswordReset() {
  return useMutation({ mutationFn: completePasswordReset });
}
