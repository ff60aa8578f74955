/** What other features use of departments: the list and the options for a department picker. */
export {
  departmentsKey,
  departmentsQueryOptions,
  invalidateDepartments,
  listDepartments,
  useDepartmentOptions,
  useDepartments,
  type Department,
} from './api/list-departments';
