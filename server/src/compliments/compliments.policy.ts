import { canManageDepartment, CurrentEmployee } from '../common/current-employee';

/** Submissions one client (IP address) may make in a window; counted before any other check, so a flood costs little. */
export const SUBMISSION_LIMIT = { points: 10, durationSeconds: 3600 } as const;
/** A person reads and types: a form sent back sooner than this was filled by a script. */
export const MIN_FILL_SECONDS = 3;
/** A form older than this is stale (its proof-of-work challenge has expired too): reload the page. */
export const MAX_FORM_AGE_SECONDS = 2 * 3600;
export const FIELD_LIMITS = { whatHappened: 1500, howItEnded: 600, firstName: 60, email: 254 } as const;
/** How long the emailed confirmation link works. */
export const CONFIRM_LINK_HOURS = 48;
/** Proof-of-work cost: a second or so on a phone, a cost per submission for a flood. */
export const POW = { algorithm: 'SHA-256', cost: 20, counterMin: 1000, counterMax: 5000, expiresSeconds: MAX_FORM_AGE_SECONDS } as const;
export const LINK_CODE = /^[A-Za-z0-9_-]{22}$/;
export const CONFIRM_TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Customer text as plain words: no HTML, no links, no control characters, single spaces. */
export function plainText(input: string): string {
  return input
    .replace(/<[^>]*>?/g, ' ')
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\b[\w.-]+\.(?:com|net|org|io|ru|info|biz|xyz|top)(?:\/\S*)?/gi, ' ')
    .replace(/[^\P{Cc}\n\t]/gu, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** What counts as "the same text" for the duplicate rule: case, spacing and punctuation do not matter. */
export function duplicateKey(whatHappened: string, howItEnded: string): string {
  return `${whatHappened}\n${howItEnded}`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a link reveals about a person: first name and last initial ("Ava C."), nothing else. */
export function publicName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length < 2) return parts[0] ?? '';
  return `${parts[0]} ${parts[parts.length - 1].charAt(0).toUpperCase()}.`;
}

/** Managers review the compliments of the departments they manage; admins every one. */
export function mayReviewCompliment(viewer: CurrentEmployee, departmentId: string): boolean {
  return canManageDepartment(viewer, departmentId);
}

export type FillTimeVerdict = 'ok' | 'too_fast' | 'stale' | 'invalid';

export function fillTimeVerdict(startedAtMs: number | null, nowMs: number): FillTimeVerdict {
  if (startedAtMs === null || !Number.isFinite(startedAtMs)) return 'invalid';
  const seconds = (nowMs - startedAtMs) / 1000;
  if (seconds < 0) return 'invalid';
  if (seconds < MIN_FILL_SECONDS) return 'too_fast';
  if (seconds > MAX_FORM_AGE_SECONDS) return 'stale';
  return 'ok';
}

/** A story title from the customer's words (stories take up to 120 characters). */
export function storyTitle(heroName: string): string {
  return `A customer thanked ${heroName}`.slice(0, 120);
}
