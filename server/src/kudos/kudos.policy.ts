import { canManageDepartment, CurrentEmployee } from '../common/current-employee';

/** A quick kudos is one sentence: the full story format is for the heroics. */
export const KUDOS_MESSAGE_MAX = 280;

/** How long the giver may take a kudos back (a typo, the wrong person); after that only a moderator can. */
export const KUDOS_UNDO_MINUTES = 15;

interface KudosHero {
  id: string;
  leftOn: string | null;
}

export type KudosRefusal = 'self' | 'hero_has_left';

/** Nobody gives kudos to themselves, and kudos go to people who still work here. */
export function kudosRefusal(giverId: string, hero: KudosHero): KudosRefusal | null {
  if (hero.id === giverId) return 'self';
  if (hero.leftOn !== null) return 'hero_has_left';
  return null;
}

interface DeletableKudos {
  giverId: string;
  heroDepartmentId: string;
  createdAt: Date;
}

export function withinUndoWindow(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() <= KUDOS_UNDO_MINUTES * 60_000;
}

/**
 * The giver within the undo window; otherwise whoever moderates stories about the hero (admins, and managers of the
 * hero's department: the same rule as canModerateStory).
 */
export function mayDeleteKudos(viewer: CurrentEmployee, kudos: DeletableKudos, now = new Date()): boolean {
  if (canManageDepartment(viewer, kudos.heroDepartmentId)) return true;
  return kudos.giverId === viewer.id && withinUndoWindow(kudos.createdAt, now);
}
