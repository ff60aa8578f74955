import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { toApiProblem, unwrap } from '../../../lib/problem';
import { attachmentName, saveFile } from '../../../lib/save-file';
import { invalidateStories } from '../../stories';

export type Compliment = components['schemas']['ComplimentDto'];
export type DiscardReason = components['schemas']['ComplimentDiscardReason'];

export const complimentsKey = {
  all: ['compliments'] as const,
  myLink: ['compliments', 'my-link'] as const,
  inbox: ['compliments', 'inbox'] as const,
  departmentLink: (departmentId: string) => ['compliments', 'department-link', departmentId] as const,
  received: (employeeId: string) => ['compliments', 'received', employeeId] as const,
};

export function useMyThankYouLink() {
  return useQuery({ queryKey: complimentsKey.myLink, queryFn: async () => unwrap(await api.GET('/api/me/thank-you-link')) });
}

export function useSetMyThankYouLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (enabled: boolean) => {
      if (enabled) return unwrap(await api.PUT('/api/me/thank-you-link'));
      unwrap(await api.DELETE('/api/me/thank-you-link'));
      return undefined;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: complimentsKey.myLink }),
  });
}

export function useDepartmentThankYouLink(departmentId: string | null) {
  return useQuery({
    queryKey: complimentsKey.departmentLink(departmentId ?? ''),
    enabled: departmentId !== null,
    queryFn: async () => unwrap(await api.GET('/api/departments/{id}/thank-you-link', { params: { path: { id: departmentId ?? '' } } })),
  });
}

export function useSetDepartmentThankYouLink(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (enabled: boolean) => {
      const params = { params: { path: { id: departmentId } } };
      if (enabled) return unwrap(await api.PUT('/api/departments/{id}/thank-you-link', params));
      unwrap(await api.DELETE('/api/departments/{id}/thank-you-link', params));
      return undefined;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: complimentsKey.departmentLink(departmentId) }),
  });
}

export async function downloadQrCode(linkId: string, format: 'svg' | 'png'): Promise<void> {
  const result = await api.GET('/api/thank-you-links/{id}/qr-code', { params: { path: { id: linkId }, query: { format } }, parseAs: 'blob' });
  if (result.error !== undefined || !result.response.ok || !result.data) throw toApiProblem(result.error, result.response);
  saveFile(result.data as Blob, attachmentName(result.response, `thank-you-qr.${format}`));
}

export function useComplimentInbox() {
  return useQuery({ queryKey: complimentsKey.inbox, queryFn: async () => unwrap(await api.GET('/api/compliments/inbox')).items });
}

export function useConfirmCompliment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, heroId }: { id: string; heroId?: string }) =>
      unwrap(await api.POST('/api/compliments/{id}/confirm', { params: { path: { id } }, body: { heroId } })),
    // The compliment is now a story: the feed and the story lists show it at once.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: complimentsKey.all }), invalidateStories(queryClient)]),
  });
}

/** A hero's recent published stories, for a manager adding a compliment to one of them. */
export function useHeroRecentStories(heroId: string | undefined) {
  return useQuery({
    queryKey: ['compliments', 'hero-stories', heroId],
    enabled: heroId !== undefined,
    queryFn: async () => unwrap(await api.GET('/api/feed', { params: { query: { scope: 'person', employeeId: heroId, limit: 10 } } })).items,
  });
}

export function useMergeCompliment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, storyId, heroId }: { id: string; storyId: string; heroId?: string }) =>
      unwrap(await api.POST('/api/compliments/{id}/merge', { params: { path: { id } }, body: { storyId, heroId } })),
    // The story now says "Praised by a customer": the feed and the story pages show it at once.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: complimentsKey.all }), invalidateStories(queryClient)]),
  });
}

export function useDiscardCompliment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: DiscardReason }) =>
      unwrap(await api.POST('/api/compliments/{id}/discard', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: complimentsKey.all }),
  });
}

export function useComplimentsReceived(employeeId: string) {
  return useQuery({
    queryKey: complimentsKey.received(employeeId),
    queryFn: async () => unwrap(await api.GET('/api/employees/{id}/compliments', { params: { path: { id: employeeId } } })),
  });
}
