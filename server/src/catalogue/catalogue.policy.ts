import { CurrentEmployee } from '../common/current-employee';

/** An item limited to some departments is seen by people in them; admins see every item. */
export function canSeeItem(viewer: CurrentEmployee, item: { departmentIds: string[] }): boolean {
  return viewer.role === 'admin' || item.departmentIds.length === 0 || item.departmentIds.includes(viewer.departmentId);
}
