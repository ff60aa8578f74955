import { CurrentEmployee } from '../common/current-employee';
import { canSeeItem, mayListGiftsFor, offeredToDepartment } from './catalogue.policy';
import { signedInAs } from '../../test/current-employee';

const viewer = (role: CurrentEmployee['role'], departmentId = 'shoes') => signedInAs({ id: 'v', name: 'V', role, departmentId });

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

describe('gifts', () => {
  it('offers an item to the departments it names, or to all when it names none', () => {
    expect(offeredToDepartment({ departmentIds: [] }, 'chat')).toBe(true);
    expect(offeredToDepartment({ departmentIds: ['shoes'] }, 'shoes')).toBe(true);
    expect(offeredToDepartment({ departmentIds: ['shoes'] }, 'chat')).toBe(false);
  });
  it('lists a department’s gifts to its managers and to admins, not to staff or other managers', () => {
    expect(mayListGiftsFor({ ...viewer('manager', 'chat'), managedDepartmentIds: ['shoes'] }, 'shoes')).toBe(true);
    expect(mayListGiftsFor({ ...viewer('manager', 'shoes'), managedDepartmentIds: ['chat'] }, 'shoes')).toBe(false);
    expect(mayListGiftsFor(viewer('staff', 'shoes'), 'shoes')).toBe(false);
    expect(mayListGiftsFor(viewer('admin', 'chat'), 'shoes')).toBe(true);
  });
});
