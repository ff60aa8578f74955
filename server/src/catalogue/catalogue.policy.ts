import { canManageDepartment, CurrentEmployee } from '../common/current-employee';

/** An item limited to some departments is seen by people in them; admins see every item. */
export function canSeeItem(viewer: CurrentEmployee, item: { departmentIds: string[] }): boolean {
  return viewer.role === 'admin' || offeredToDepartment(item, viewer.departmentId);
}

/** Who may list the gifts for a department: those who may reward its people (its managers, and admins). */
export function mayListGiftsFor(viewer: CurrentEmployee, departmentId: string): boolean {
  return canManageDepartment(viewer, departmentId);
}

/** Whether people in the department may have the item (for themselves, or as a gift from their manager). */
export function offeredToDepartment(item: { departmentIds: string[] }, departmentId: string): boolean {
  return item.departmentIds.length === 0 || item.departmentIds.includes(departmentId);
}
