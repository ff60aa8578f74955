import { useCallback, useState } from 'react';

/**
 * The composer's unpublished story, kept in this browser's localStorage per person, so a reload, a closed tab or
 * a sign-out on the same device loses nothing, and a colleague signing in on a shared terminal never sees it.
 */
export interface StoryDraft<T> {
  values: T;
  savedAt: string;
}

const key = (employeeId: string) => `heroics:story-draft:${employeeId}`;

export function readStoryDraft<T>(employeeId: string): StoryDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(key(employeeId));
    const parsed = raw ? (JSON.parse(raw) as StoryDraft<T>) : null;
    return parsed && typeof parsed === 'object' && parsed.values ? parsed : null;
  } catch {
    return null; // private mode, a full quota or a damaged entry: start afresh rather than fail
  }
}

export function writeStoryDraft<T>(employeeId: string, values: T): void {
  try {
    window.localStorage.setItem(key(employeeId), JSON.stringify({ values, savedAt: new Date().toISOString() } satisfies StoryDraft<T>));
  } catch {
    // Storage refused (quota, private mode): the leave warning still protects the text.
  }
}

export function clearStoryDraft(employeeId: string): void {
  try {
    window.localStorage.removeItem(key(employeeId));
  } catch {
    // nothing kept, nothing to clear
  }
}

/** The draft found when the composer opened (read once), and a way to forget it. */
export function useStoryDraft<T>(employeeId: string) {
  const [restored] = useState(() => readStoryDraft<T>(employeeId));
  const save = useCallback((values: T) => writeStoryDraft(employeeId, values), [employeeId]);
  const clear = useCallback(() => clearStoryDraft(employeeId), [employeeId]);
  return { restored, save, clear };
}
