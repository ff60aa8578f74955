import { LRUCache } from 'lru-cache';

/**
 * Results of expensive read-only questions (reports, analytics pages), kept for `ttlSeconds` and shared: concurrent
 * askers of the same question wait for one computation. The key must name everything the answer depends on,
 * including a version of the data that must show at once. A ttl of 0 computes every time.
 */
export class ResultCache {
  private readonly results: LRUCache<string, Promise<unknown>> | null;

  constructor(ttlSeconds: number, max = 500) {
    this.results = ttlSeconds > 0 ? new LRUCache({ max, ttl: ttlSeconds * 1000 }) : null;
  }

  get enabled(): boolean {
    return this.results !== null;
  }

  async get<T>(key: unknown[], compute: () => Promise<T>): Promise<T> {
    if (!this.results) return compute();
    const id = JSON.stringify(key);
    let result = this.results.get(id) as Promise<T> | undefined;
    if (!result) {
      result = compute();
      this.results.set(id, result);
      result.catch(() => this.results?.delete(id));
    }
    return result;
  }
}
