import { CurrentEmployee, canManageDepartment } from '../common/current-employee';

/** Who may mark a story "reviewed, no reward": an admin, or a manager of one of its heroes' departments. */
export function mayReviewStory(viewer: CurrentEmployee, heroDepartmentIds: string[]): boolean {
  return heroDepartmentIds.some((departmentId) => canManageDepartment(viewer, departmentId));
}
