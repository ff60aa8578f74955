import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';

/** A mutation after which the settings it changed (under `queryKey`) are read again. */
export function useRefreshingMutation<T, R>(queryKey: QueryKey, mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey }) });
}
