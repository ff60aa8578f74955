import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { catalogueKey } from './catalogue';

/** The items a manager may give people in the department as a gift (offered to it, in stock, no donations). */
export function useGiftsFor(departmentId: string | undefined) {
  return useQuery({
    queryKey: [...catalogueKey, 'gifts', departmentId],
    enabled: Boolean(departmentId),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/catalogue', { params: { query: { giftsFor: departmentId!, limit: 50 } }, signal })),
  });
}
