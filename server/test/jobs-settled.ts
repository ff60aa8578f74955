import { eventually } from './eventually';
import { TestApp } from './test-app';

/**
 * Waits until the job queue has nothing queued (retries included) or running of these kinds, as the admin's jobs
 * page shows it. What a test asserts did NOT happen (an email not sent, a refusal not retried) is asserted after
 * this, instead of after a fixed sleep: a job that would do it is either still queued (and waited for) or done.
 */
export async function jobsSettled(http: TestApp['http'], adminAuth: { Authorization: string }, kinds: string[]): Promise<void> {
  await eventually(
    async () => {
      const response = await http.get('/api/jobs').set(adminAuth);
      if (response.status !== 200) throw new Error(`GET /api/jobs answered ${response.status}`);
      const counts = response.body.kinds as { kind: string; queued: number; active: number }[];
      const missing = kinds.filter((kind) => !counts.some((c) => c.kind === kind));
      if (missing.length) throw new Error(`no job kind ${missing.join(', ')}`);
      return counts.filter((c) => kinds.includes(c.kind)).every((c) => c.queued === 0 && c.active === 0);
    },
    { what: `no ${kinds.join(' or ')} job queued or running`, timeoutMs: 30_000 },
  );
}
