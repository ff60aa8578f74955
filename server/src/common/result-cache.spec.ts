import { ResultCache } from './result-cache';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// A ttl of one second, and a pause just past it: the answer is then stale but still servable (up to two ttls),
// with most of a second to spare on a busy machine.
const TTL_SECONDS = 1;
const PAST_TTL_MS = 1100;

describe('ResultCache', () => {
  it('computes a question once for concurrent askers', async () => {
    const cache = new ResultCache(60);
    let computed = 0;
    const compute = async () => ++computed;
    await expect(Promise.all([cache.get(['q'], compute), cache.get(['q'], compute)])).resolves.toEqual([1, 1]);
    expect(computed).toBe(1);
  });

  it('serves the previous answer while one recomputation runs, then the new one', async () => {
    const cache = new ResultCache(TTL_SECONDS);
    let answer = 'first';
    let computed = 0;
    let release: () => void = () => undefined;
    const compute = () => {
      computed++;
      const now = answer;
      return computed === 1 ? Promise.resolve(now) : new Promise<string>((resolve) => (release = () => resolve(now)));
    };
    await expect(cache.get(['q'], compute)).resolves.toBe('first');
    answer = 'second';
    await pause(PAST_TTL_MS);
    // Expired: both askers get the previous answer at once, and only one recomputation starts.
    await expect(Promise.all([cache.get(['q'], compute), cache.get(['q'], compute)])).resolves.toEqual(['first', 'first']);
    expect(computed).toBe(2);
    release();
    await pause(0);
    await expect(cache.get(['q'], compute)).resolves.toBe('second');
    expect(computed).toBe(2);
  });

  it('keeps serving the previous answer when a recomputation fails, and tries again', async () => {
    const cache = new ResultCache(TTL_SECONDS);
    let fail = false;
    let computed = 0;
    const compute = async () => {
      computed++;
      if (fail) throw new Error('database away');
      return computed;
    };
    await cache.get(['q'], compute);
    fail = true;
    await pause(PAST_TTL_MS);
    await expect(cache.get(['q'], compute)).resolves.toBe(1);
    await pause(0);
    fail = false;
    await expect(cache.get(['q'], compute)).resolves.toBe(1);
    await pause(0);
    await expect(cache.get(['q'], compute)).resolves.toBe(3);
  });

  it('does not keep a failed first computation', async () => {
    const cache = new ResultCache(60);
    await expect(cache.get(['q'], () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(cache.get(['q'], async () => 'yes')).resolves.toBe('yes');
  });

  it('computes every time with a ttl of 0', async () => {
    const cache = new ResultCache(0);
    let computed = 0;
    await cache.get(['q'], async () => ++computed);
    await cache.get(['q'], async () => ++computed);
    expect(computed).toBe(2);
  });
});
