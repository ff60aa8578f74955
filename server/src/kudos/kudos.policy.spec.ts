import { CurrentEmployee } from '../common/current-employee';
import { KUDOS_UNDO_MINUTES, kudosRefusal, mayDeleteKudos, withinUndoWindow } from './kudos.policy';
import { signedInAs } from '../../test/current-employee';

const person = (id: string, role: CurrentEmployee['role'] = 'staff', managedDepartmentIds: string[] = []) => signedInAs({ id, role, managedDepartmentIds });

describe('kudos policy', () => {
  it('refuses kudos to oneself and to someone who has left', () => {
    expect(kudosRefusal('a', { id: 'a', leftOn: null })).toBe('self');
    expect(kudosRefusal('a', { id: 'b', leftOn: '2026-01-31' })).toBe('hero_has_left');
    expect(kudosRefusal('a', { id: 'b', leftOn: null })).toBeNull();
  });

  it('lets the giver take kudos back only within the undo window', () => {
    const given = new Date('2026-03-01T12:00:00Z');
    const kudos = { giverId: 'giver', heroDepartmentId: 'support', createdAt: given };
    const inWindow = new Date(given.getTime() + (KUDOS_UNDO_MINUTES - 1) * 60_000);
    const afterWindow = new Date(given.getTime() + (KUDOS_UNDO_MINUTES + 1) * 60_000);
    expect(withinUndoWindow(given, inWindow)).toBe(true);
    expect(mayDeleteKudos(person('giver'), kudos, inWindow)).toBe(true);
    expect(mayDeleteKudos(person('giver'), kudos, afterWindow)).toBe(false);
    expect(mayDeleteKudos(person('someone-else'), kudos, inWindow)).toBe(false);
  });

  it("lets admins and managers of the hero's department remove kudos at any time", () => {
    const kudos = { giverId: 'giver', heroDepartmentId: 'support', createdAt: new Date('2020-01-01T00:00:00Z') };
    expect(mayDeleteKudos(person('admin', 'admin'), kudos)).toBe(true);
    expect(mayDeleteKudos(person('boss', 'manager', ['support']), kudos)).toBe(true);
    expect(mayDeleteKudos(person('other-boss', 'manager', ['sales']), kudos)).toBe(false);
  });
});
