import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { meKey } from './get-me';

export type Language = components['schemas']['Language'];

/** Saves the language the person reads the app and their email in (null: their browser's). */
export function useSetLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (language: Language | null) =>
      unwrap(language ? await api.PUT('/api/me/language', { body: { language } }) : await api.DELETE('/api/me/language')),
    onSuccess: (me) => queryClient.setQueryData(meKey, me),
  });
}
