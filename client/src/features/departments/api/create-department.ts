import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../../api/schema';
import { api } from '../../../lib/api-client';
import { unwrap } from '../../../lib/problem';
import { invalidateDepartments } from './list-departments';

export type NewDepartment = components['schemas']['CreateDepartmentDto'];

export async function createDepartment(body: NewDepartment) {
  return unwrap(await api.POST('/api/departments', { body }));
}

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDepartment, onSuccess: () => invalidateDepartments(queryClient) });
}
