/** Lets pending I/O callbacks (other requests) run before the current long computation goes on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
