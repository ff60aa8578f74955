import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

type Language = components['schemas']['Language'];

const key = ['language-settings'] as const;

/** The company's default language (public: the sign-in page follows it too). */
export function useLanguageSettings() {
  return useQuery({ queryKey: key, queryFn: async () => unwrap(await api.GET('/api/language-settings')), staleTime: 5 * 60_000 });
}

export function useSetCompanyLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (defaultLanguage: Language) => unwrap(await api.PUT('/api/language-settings', { body: { defaultLanguage } })),
    onSuccess: (settings) => queryClient.setQueryData(key, settings),
  });
}
