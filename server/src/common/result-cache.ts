import { LRUCache } from 'lru-cache';

/** An answer older than its ttl is still served (while one recomputation runs) until it is this many ttls old. */
const SERVE_STALE_FACTOR = 2;

interface Entry {
  result: Promise<unknown>;
  computedAt: number;
  /** Set once the computation succeeded: what may be served while the next one runs. */
  value?: { answer: unknown };
  refreshing?: boolean;
}

/**
 * Results of expensive read-only questions (reports, analytics pages), kept for `ttlSeconds` and shared: concurrent
 * askers of the same question wait for one computation. The key must name everything the answer depends on,
 * including a version of the data that must show at once. A ttl of 0 computes every time.
 *
 * Stale-while-revalidate: once an answer is older than the ttl, the next asker starts one recomputation and every
 * asker is served the previous answer until it finishes, so nobody waits seconds for a report that was there a
 * moment ago. A question nobody asked for SERVE_STALE_FACTOR ttls is computed afresh (and waited for).
 */
export class ResultCache {
  private readonly results: LRUCache<string, Entry> | null;
  private readonly ttlMs: number;

  constructor(ttlSeconds: number, max = 500) {
    this.ttlMs = ttlSeconds * 1000;
    this.results = ttlSeconds > 0 ? new LRUCache({ max, ttl: this.ttlMs * SERVE_STALE_FACTOR }) : null;
  }

  get enabled(): boolean {
    return this.results !== null;
  }

  async get<T>(key: unknown[], compute: () => Promise<T>): Promise<T> {
    if (!this.results) return compute();
    const id = JSON.stringify(key);
    const entry = this.results.get(id);
    if (!entry) return this.start(id, compute).result as Promise<T>;
    if (Date.now() - entry.computedAt < this.ttlMs || !entry.value) return entry.result as Promise<T>;
    if (!entry.refreshing) {
      entry.refreshing = true;
      // The previous answer stays until the new one is there; a failed recomputation is retried by a later asker.
      this.start(id, compute, entry).result.catch(() => undefined);
    }
    return entry.value.answer as T;
  }

  private start<T>(id: string, compute: () => Promise<T>, previous?: Entry): Entry {
    const entry: Entry = { result: compute(), computedAt: Date.now() };
    if (!previous) this.results!.set(id, entry);
    entry.result.then(
      (answer) => {
        entry.value = { answer };
        if (previous) this.results!.set(id, entry);
      },
      () => {
        if (previous) previous.refreshing = false;
        else if (this.results!.get(id) === entry) this.results!.delete(id);
      },
    );
    return entry;
  }
}
