export interface WaitForOptions {
  /** How long the condition has to come true: a deadline generous enough for a loaded 2-core machine. */
  timeoutMs: number;
  /** How often to look again. */
  intervalMs?: number;
  /** What is awaited, for the error when the deadline passes. */
  what?: string;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Looks at `condition` until it answers something other than undefined, false or null, and returns that answer;
 * fails once `timeoutMs` has passed. Tests wait for what a person would wait for (the board updates, the server
 * stops accepting connections) instead of sleeping a fixed time and asserting how long something took: speed is
 * for the benchmarks, and a loaded machine is slower than a quiet one.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, options: WaitForOptions): Promise<Exclude<T, undefined | false | null>> {
  const deadline = Date.now() + options.timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value !== undefined && value !== false && value !== null) return value as Exclude<T, undefined | false | null>;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) break;
    await sleep(options.intervalMs ?? 50);
  }
  const detail = last instanceof Error ? `; last error: ${last.message}` : '';
  throw new Error(`${options.what ?? 'the condition'}: not within ${options.timeoutMs} ms${detail}`);
}
