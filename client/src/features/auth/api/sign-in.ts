import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { startSession } from '../../../lib/auth-session';
import { unwrap } from '../../../lib/problem';

export type Credentials = components['schemas']['LoginDto'];

export async function signIn(credentials: Credentials) {
  const session = unwrap(await api.POST('/api/auth/login', { body: credentials }));
  startSession(session);
  return session;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // Nothing cached for a previous person may leak into this session.
    onMutate: () => queryClient.clear(),
  });
}
