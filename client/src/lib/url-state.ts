import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** What a page's choices look like as text: each key's default is left out of the address. */
export type UrlStateDefaults = Record<string, string>;

/**
 * A page's filters and choices kept in the address (shareable, kept on reload, and the back button undoes a
 * change). Values are strings; a value equal to its default, or empty, is not written. `allowed` narrows a key
 * to known values, so an edited or stale address falls back to the default instead of sending nonsense.
 */
export function useUrlState<D extends UrlStateDefaults>(
  defaults: D,
  allowed: Partial<Record<keyof D, readonly string[]>> = {},
): [{ [K in keyof D]: string }, (changes: Partial<Record<keyof D, string | null>>, options?: { replace?: boolean }) => void, () => void] {
  const [params, setParams] = useSearchParams();

  const state = useMemo(() => {
    const out = {} as { [K in keyof D]: string };
    for (const key of Object.keys(defaults) as (keyof D & string)[]) {
      const raw = params.get(key);
      const choices = allowed[key];
      out[key] = raw !== null && raw !== '' && (!choices || choices.includes(raw)) ? raw : defaults[key];
    }
    return out;
    // defaults and allowed are constants of the calling page
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params]);

  const change = useCallback(
    (changes: Partial<Record<keyof D, string | null>>, options?: { replace?: boolean }) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === '' || value === defaults[key]) next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        // flushSync: the control shows its new state at once, as a control kept in component state would.
        { replace: options?.replace ?? false, flushSync: true },
      );
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams],
  );

  const clear = useCallback(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of Object.keys(defaults)) next.delete(key);
        return next;
      },
      { replace: false, flushSync: true },
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setParams]);

  return [state, change, clear];
}
