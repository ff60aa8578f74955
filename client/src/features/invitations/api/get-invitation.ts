import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';

export async function getInvitation(token: string, signal?: AbortSignal) {
  return unwrap(await api.GET('/api/invitations/{token}', { params: { path: { token } }, signal }));
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({ queryKey: ['invitations', token], queryFn: ({ signal }) => getInvitation(token, signal), staleTime: Infinity });

export function useInvitation(token: string) {
  return useQuery(invitationQueryOptions(token));
}
