/**
 * How many requests each key (a person) has in flight, with a ceiling. In memory, per instance: it protects this
 * instance's CPU and database pool from one person's burst of expensive requests.
 */
export class ConcurrencyGate {
  private readonly inFlight = new Map<string, number>();

  constructor(readonly limit: number) {}

  /** Takes a slot for the key; false when the key already holds `limit` slots. */
  tryEnter(key: string): boolean {
    const now = this.inFlight.get(key) ?? 0;
    if (now >= this.limit) return false;
    this.inFlight.set(key, now + 1);
    return true;
  }

  leave(key: string): void {
    const now = this.inFlight.get(key) ?? 0;
    if (now <= 1) this.inFlight.delete(key);
    else this.inFlight.set(key, now - 1);
  }

  holding(key: string): number {
    return this.inFlight.get(key) ?? 0;
  }
}
