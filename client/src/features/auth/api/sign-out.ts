import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { endSession } from '../../../lib/auth-session';

/** Revokes the refresh token on the server; the local session ends even if that call fails. */
/** After single sign-on the provider's own session ends too, when it offers RP-initiated logout. */
export async function signOut() {
  let providerLogoutUrl: string | null = null;
  try {
    const { data } = await api.POST('/api/sso/logout');
    providerLogoutUrl = data?.providerLogoutUrl ?? null;
  } finally {
    endSession('signed-out');
  }
  if (providerLogoutUrl) window.location.assign(providerLogoutUrl);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signOut, onSettled: () => queryClient.clear() });
}
