import { useQuery } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { unrecognisedKey } from './rewards-keys';

export type UnrecognisedChampion = components['schemas']['UnrecognisedChampionDto'];

export function useUnrecognised(query: { departmentId?: string; days?: number }) {
  return useQuery({
    queryKey: [...unrecognisedKey, query],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/champions/unrecognised', { params: { query }, signal })),
  });
}
