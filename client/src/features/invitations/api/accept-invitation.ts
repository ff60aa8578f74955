import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export async function acceptInvitation({ token, password }: { token: string; password: string }) {
  unwrap(await api.POST('/api/invitations/{token}/accept', { params: { path: { token } }, body: { password } }));
}

export function useAcceptInvitation() {
  return useMutation({ mutationFn: acceptInvitation });
}
