import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type EmailKind = components['schemas']['EmailKind'];
export type EmailMode = components['schemas']['EmailMode'];
export const emailPreferencesKey = ['email-preferences'] as const;

export function useEmailPreferences() {
  return useQuery({ queryKey: emailPreferencesKey, queryFn: async () => unwrap(await api.GET('/api/me/email-preferences')) });
}

export function useSetEmailPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { kind: EmailKind; mode: EmailMode }) => unwrap(await api.PUT('/api/me/email-preferences', { body })),
    onSuccess: (data) => queryClient.setQueryData(emailPreferencesKey, data),
  });
}

export function useUnsubscribe() {
  return useMutation({ mutationFn: async (token: string) => unwrap(await api.POST('/api/email-preferences/unsubscribe', { params: { query: { token } } })) });
}
