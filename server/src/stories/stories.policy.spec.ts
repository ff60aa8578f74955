import { CurrentEmployee } from '../common/current-employee';
import { canModerateStory, changesHeroes, EDIT_WINDOW_DAYS, heroesLocked, mayFeature, mayUnhide, withinEditWindow } from './stories.policy';
import { signedInAs } from '../../test/current-employee';

const person = (role: CurrentEmployee['role'], managed: string[] = [], id = `${role}-1`) => signedInAs({ id, role, managedDepartmentIds: managed });
const story = (heroes: [string, string][]) => ({ heroes: heroes.map(([id, dept]) => ({ id, department: { id: dept } })) });

describe('stories policy', () => {
  it('lets admins moderate every story and managers those with a hero in a department they manage', () => {
    const s = story([['h1', 'd1']]);
    expect([
      canModerateStory(person('admin'), s),
      canModerateStory(person('manager', ['d1']), s),
      canModerateStory(person('manager', ['d2']), s),
      canModerateStory(person('staff'), s),
    ]).toEqual([true, true, false, false]);
  });

  it(`keeps the edit window open for exactly ${EDIT_WINDOW_DAYS} days`, () => {
    const told = new Date('2026-01-01T12:00:00Z');
    expect(withinEditWindow(told, new Date(told.getTime() + EDIT_WINDOW_DAYS * 86_400_000))).toBe(true);
    expect(withinEditWindow(told, new Date(told.getTime() + EDIT_WINDOW_DAYS * 86_400_000 + 1))).toBe(false);
  });

  it('lets only an admin bring back a story an admin hid', () => {
    expect(mayUnhide(person('manager', ['d1']), 'admin')).toBe(false);
    expect(mayUnhide(person('manager', ['d1']), 'manager')).toBe(true);
    expect(mayUnhide(person('admin'), 'admin')).toBe(true);
  });

  it('does not let a moderator feature a story about themselves', () => {
    const manager = person('manager', ['d1'], 'm1');
    expect(mayFeature(manager, story([['m1', 'd1']]))).toBe(false);
    expect(mayFeature(manager, story([['h1', 'd1']]))).toBe(true);
    expect(
      mayFeature(
        person('admin', [], 'a1'),
        story([
          ['a1', 'd1'],
          ['h1', 'd1'],
        ]),
      ),
    ).toBe(false);
  });

  it('locks the heroes of a rewarded story, and sees a reordered list as no change', () => {
    expect([heroesLocked({ rewarded: true }), heroesLocked({ rewarded: false })]).toEqual([true, false]);
    const current = [{ id: 'a' }, { id: 'b' }];
    expect([changesHeroes(current, ['b', 'a']), changesHeroes(current, ['a']), changesHeroes(current, ['a', 'c']), changesHeroes(current, undefined)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
