/**
 * Waits until `check` returns a value (not undefined/false) or throws no more, polling, up to a deadline; then fails with
 * what it last saw. Tests wait for conditions this way; they never sleep and then assert.
 */
export async function eventually<T>(check: () => Promise<T | undefined | false> | T | undefined | false, options: { timeoutMs?: number; what?: string } = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${options.what ?? 'condition'} not met in time; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
