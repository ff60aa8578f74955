import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { endSession } from '../../../lib/auth-session';

/** Revokes the refresh token on the server; the local session ends even if that call fails. */
export async function signOut() {
  try {
    await api.POST('/api/auth/logout');
  } finally {
    endSession('signed-out');
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signOut, onSettled: () => queryClient.clear() });
}
