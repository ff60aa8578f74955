import type { RosterColumn } from './import-roster';

/**
 * The columns an admin mapped onto ours ("Start date" -> hiredOn), kept in this browser's localStorage, so the next
 * export from the same HR system is read the same way. One installation is one company, and localStorage is per
 * address, so the key is per company without naming it. Only the mapping is kept: the date format is chosen for
 * each file, never carried over silently.
 */
const KEY = 'heroics:roster-import:column-mapping';

export function readColumnMapping(): Record<string, RosterColumn> {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '{}');
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, RosterColumn] => typeof entry[1] === 'string'));
  } catch {
    return {}; // private mode or a damaged entry: start with no mapping
  }
}

export function writeColumnMapping(mapping: Record<string, RosterColumn>): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(mapping));
  } catch {
    // Storage refused: the mapping still holds for this visit.
  }
}
