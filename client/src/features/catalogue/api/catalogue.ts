import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export type CatalogueItem = components['schemas']['CatalogueItemDto'];
export type CatalogueCategory = CatalogueItem['category'];
export type NewCatalogueItem = components['schemas']['CreateCatalogueItemDto'];

export const catalogueKey = ['catalogue'] as const;

/** The translation key naming each category. */
export const CATEGORY_LABELS = {
  gift_card: 'catalogue:category.gift_card',
  charity_donation: 'catalogue:category.charity_donation',
  time_off: 'catalogue:category.time_off',
  company_swag: 'catalogue:category.company_swag',
  experience: 'catalogue:category.experience',
  custom: 'catalogue:category.custom',
} as const satisfies Record<CatalogueCategory, string>;

/** The catalogue as the viewer may redeem it, or (admins, `all`) every item including retired ones. */
export function useCatalogue(all = false) {
  return useQuery({
    queryKey: [...catalogueKey, all ? 'all' : 'mine'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/catalogue', { params: { query: { limit: 50, ...(all ? { all: true } : {}) } }, signal })),
  });
}

function useCatalogueChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: catalogueKey });
}

export function useCreateCatalogueItem() {
  const changed = useCatalogueChanged();
  return useMutation({ mutationFn: async (body: NewCatalogueItem) => unwrap(await api.POST('/api/catalogue', { body })), onSuccess: changed });
}

export function useUpdateCatalogueItem() {
  const changed = useCatalogueChanged();
  return useMutation({
    mutationFn: async ({ id, ...body }: components['schemas']['UpdateCatalogueItemDto'] & { id: string }) =>
      unwrap(await api.PATCH('/api/catalogue/{id}', { params: { path: { id } }, body })),
    onSuccess: changed,
  });
}

/** Sends the file as it is; the server checks its type from the bytes and re-encodes it. */
export function useUploadCatalogueImage() {
  const changed = useCatalogueChanged();
  return useMutation({
    mutationFn: async ({ id, file }: { id: string; file: File }) =>
      unwrap(
        await api.PUT('/api/catalogue/{id}/image', {
          params: { path: { id } },
          body: file as never,
          bodySerializer: (body: unknown) => body as never,
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      ),
    onSuccess: changed,
  });
}
