import { canManageDepartment, CurrentEmployee } from '../common/current-employee';
import { EmployeeRole } from '../employees/employee.entity';

/** How long the author may edit a story after telling it. */
export const EDIT_WINDOW_DAYS = 7;

interface ModeratedStory {
  heroes: { id: string; department: { id: string } }[];
}

/** Admins moderate every story; managers those with a hero in a department they manage. */
export function canModerateStory(viewer: CurrentEmployee, story: ModeratedStory): boolean {
  return viewer.role === 'admin' || (viewer.role === 'manager' && story.heroes.some((h) => canManageDepartment(viewer, h.department.id)));
}

export function withinEditWindow(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() <= EDIT_WINDOW_DAYS * 86_400_000;
}

/** A story an admin hid stays hidden until an admin brings it back: a manager cannot overrule the admin. */
export function mayUnhide(viewer: CurrentEmployee, hiddenByRole: EmployeeRole | null): boolean {
  return viewer.role === 'admin' || hiddenByRole !== 'admin';
}

/** Featuring puts a story in front of the whole company: nobody features a story about themselves. */
export function mayFeature(viewer: CurrentEmployee, story: ModeratedStory): boolean {
  return canModerateStory(viewer, story) && !story.heroes.some((h) => h.id === viewer.id);
}

/**
 * Once a hero was rewarded for a story, its heroes are what the reward stands on: changing them would leave the
 * reward (and its points) on a story that no longer names that person, or let the author write themself in
 * beside the "rewarded" mark. The story's text may still be edited; the hero list may not.
 */
export function heroesLocked(story: { rewarded: boolean }): boolean {
  return story.rewarded;
}

/** Whether an edit changes who the heroes are (order does not matter). */
export function changesHeroes(current: { id: string }[], next: string[] | undefined): boolean {
  if (!next) return false;
  const before = new Set(current.map((h) => h.id));
  return next.length !== before.size || next.some((id) => !before.has(id));
}
