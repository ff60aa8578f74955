import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateEmployees } from '../../employees';

export async function inviteEveryone() {
  return unwrap(await api.POST('/api/invitations/bulk'));
}

export function useInviteEveryone() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: inviteEveryone, onSuccess: () => invalidateEmployees(queryClient) });
}
