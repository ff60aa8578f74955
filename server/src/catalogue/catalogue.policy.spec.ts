import { CurrentEmployee } from '../common/current-employee';
import { canSeeItem } from './catalogue.policy';

const viewer = (role: CurrentEmployee['role'], departmentId = 'shoes'): CurrentEmployee => ({
  id: 'v',
  name: 'V',
  role,
  departmentId,
  managedDepartmentIds: [],
  sessionId: 's',
});

describe('catalogue visibility', () => {
  it('shows an item for everyone to everyone', () => {
    expect(canSeeItem(viewer('staff'), { departmentIds: [] })).toBe(true);
  });
  it('shows a department’s item to its people and admins only', () => {
    expect(canSeeItem(viewer('staff', 'shoes'), { departmentIds: ['shoes', 'care'] })).toBe(true);
    expect(canSeeItem(viewer('staff', 'chat'), { departmentIds: ['shoes'] })).toBe(false);
    expect(canSeeItem(viewer('manager', 'chat'), { departmentIds: ['shoes'] })).toBe(false);
    expect(canSeeItem(viewer('admin', 'chat'), { departmentIds: ['shoes'] })).toBe(true);
  });
});
