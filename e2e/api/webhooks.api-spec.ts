import { createHmac } from 'node:crypto';
import { eventually } from '../../server/test/eventually';
import { createBadge, createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { WebhookReceiver } from '../../server/test/protocols/webhook-receiver';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';
import { startTestApp, TestApp } from '../../server/test/test-app';

/**
 * The receiver's check, written from the README and not from the app's code: HMAC-SHA256 of "<t>.<raw body>" under the
 * subscription's secret, hex, in `Heroics-Signature: t=…,v1=…`, and a timestamp no older than five minutes.
 */
function receiverAccepts(secret: string, header: string, body: string): boolean {
  const parts = new Map(header.split(',').map((p) => p.split('=') as [string, string]));
  const t = Number(parts.get('t'));
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return parts.get('v1') === expected && Math.abs(Date.now() / 1000 - t) < 300;
}

describe('signed outgoing webhooks', () => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: SignedIn;
  let adminEmployee: TestEmployee;
  let author: SignedIn;
  let hero: TestEmployee;
  let valueId: string;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    // Subscriptions are company-wide: this file has a database of its own, so no other test's stories reach them.
    database = await createSiblingDatabase('webhooks');
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_BASE_SECONDS: '1', WEBHOOK_MAX_ATTEMPTS: '3' }, {}, database.url);
    receiver = await new WebhookReceiver().start();
    const departmentId = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    adminEmployee = await createEmployee(t.dataSource, { departmentId, role: 'admin' });
    admin = await signIn(t.http, adminEmployee.email);
    author = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    hero = await createEmployee(t.dataSource, { departmentId });
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
    await database.dispose();
  });

  const subscribe = async (path: string, events = ['story.published'], extra: Record<string, unknown> = {}) => {
    const response = await t.http
      .post('/api/webhooks')
      .set(admin.auth)
      .send({ name: `Receiver ${path}`, url: receiver.url(path), events, ...extra });
    expect(response.status).toBe(201);
    return response.body as { id: string; secret: string; secretHint: string };
  };
  const tellStory = async (title: string) =>
    (
      await t.http
        .post('/api/stories')
        .set(author.auth)
        .send(storyBody([hero.id], [valueId], { title }))
        .expect(201)
    ).body as { id: string };
  const log = async (id: string) =>
    (await t.http.get(`/api/webhooks/${id}/deliveries`).set(admin.auth).expect(200)).body.items as {
      id: string;
      status: string;
      attempts: number;
      responseStatus: number | null;
      responseBody: string | null;
    }[];

  it('delivers a story to a subscriber, signed so that the receiver can verify it, and shows the secret only once', async () => {
    const subscription = await subscribe('/signed');
    expect(subscription.secret).toMatch(/^whsec_/);
    const listed = (await t.http.get('/api/webhooks').set(admin.auth).expect(200)).body;
    expect(JSON.stringify(listed)).not.toContain(subscription.secret);
    expect(listed.find((s: { id: string }) => s.id === subscription.id).secretHint).toBe(`••••${subscription.secret.slice(-4)}`);
    const [row] = await t.dataSource.query('SELECT secret_sealed FROM webhook_subscriptions WHERE id = $1', [subscription.id]);
    expect(row.secret_sealed).not.toContain(subscription.secret);

    const story = await tellStory('Webhook story: refund on the spot');
    const [delivery] = await eventually(() => receiver.at('/signed').length > 0 && receiver.at('/signed'), { what: 'a delivery' });
    expect(receiverAccepts(subscription.secret, String(delivery.headers['heroics-signature']), delivery.body)).toBe(true);
    expect(receiverAccepts('another secret', String(delivery.headers['heroics-signature']), delivery.body)).toBe(false);
    expect(delivery.headers['heroics-event']).toBe('story.published');
    const body = JSON.parse(delivery.body);
    expect(body).toMatchObject({
      type: 'story.published',
      data: { story: { id: story.id, title: 'Webhook story: refund on the spot', heroes: [{ id: hero.id, name: hero.name }] } },
    });
    expect(body.data.story.url).toMatch(new RegExp(`/stories/${story.id}$`));
    const entries = await eventually(async () => ((await log(subscription.id))[0]?.status === 'delivered' ? log(subscription.id) : undefined));
    expect(entries[0]).toMatchObject({ id: delivery.headers['heroics-delivery'], status: 'delivered', attempts: 1, responseStatus: 200 });
  });

  it('retries a failing receiver with the same delivery id until it answers 2xx, and logs every attempt', async () => {
    const subscription = await subscribe('/flaky');
    receiver.failNext('/flaky', 500, 503);
    await tellStory('Webhook story: flaky receiver');
    const entries = await eventually(async () => ((await log(subscription.id))[0]?.status === 'delivered' ? log(subscription.id) : undefined), {
      timeoutMs: 30_000,
    });
    expect(entries[0]).toMatchObject({ status: 'delivered', attempts: 3, responseStatus: 200 });
    const attempts = receiver.at('/flaky');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['heroics-delivery']))).toEqual(new Set([entries[0].id]));
  });

  it('does not follow redirects, and pauses a subscription that keeps failing until an admin resumes it', async () => {
    const subscription = await subscribe('/redirect');
    for (const title of ['Redirected one', 'Redirected two', 'Redirected three']) await tellStory(title);
    const paused = await eventually(
      async () => {
        const list = (await t.http.get('/api/webhooks').set(admin.auth)).body as { id: string; pausedAt: string | null }[];
        return list.find((s) => s.id === subscription.id && s.pausedAt);
      },
      { timeoutMs: 60_000, what: 'the subscription paused' },
    );
    expect(paused.pausedAt).not.toBeNull();
    expect(receiver.at('/redirected')).toHaveLength(0);
    const entries = await log(subscription.id);
    expect(entries.every((e) => e.status === 'failed' && e.responseStatus === 302 && /not followed/.test(e.responseBody ?? ''))).toBe(true);
    const [audit] = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 AND action = 'webhook.paused'`, [subscription.id]);
    expect(audit).toBeDefined();

    const resumed = await t.http
      .patch(`/api/webhooks/${subscription.id}`)
      .set(admin.auth)
      .send({ active: true, url: receiver.url('/resumed') })
      .expect(200);
    expect(resumed.body).toMatchObject({ pausedAt: null, consecutiveFailures: 0 });
    await t.http.post(`/api/webhooks/${subscription.id}/deliveries/${entries[0].id}/redeliver`).set(admin.auth).expect(204);
    await eventually(() => receiver.at('/resumed').length === 1, { what: 'the redelivery' });
  }, 90_000);

  it('refuses addresses a delivery must not reach, naming the field', async () => {
    const strict = await startTestApp({}, {}, database.url);
    try {
      for (const url of [
        'http://127.0.0.1:8080/hook',
        'http://localhost/hook',
        'http://[::1]/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://10.0.0.5/hook',
        'http://172.16.0.1/hook',
        'http://192.168.1.10/hook',
        'http://0.0.0.0/hook',
        'http://[fd00::1]/hook',
        'http://[::ffff:127.0.0.1]/hook',
        'http://2130706433/hook',
        'ftp://127.0.0.1/x',
        'http://user:pw@127.0.0.1/x',
        'not a url',
      ]) {
        const response = await strict.http
          .post('/api/webhooks')
          .set(admin.auth)
          .send({ name: 'Bad', url, events: ['story.published'] });
        expect([url, response.status, response.body.errors?.[0]?.field ?? response.body.field]).toEqual([url, 422, 'url']);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    } finally {
      await strict.close();
    }
  });

  it('stops delivering the moment a subscription is removed', async () => {
    const subscription = await subscribe('/removed', ['story.published', 'endorsement.created']);
    await t.http.delete(`/api/webhooks/${subscription.id}`).set(admin.auth).expect(204);
    await t.http.get(`/api/webhooks/${subscription.id}/deliveries`).set(admin.auth).expect(404);
    await tellStory('After removal');
    // The later subscription proves the event went out; the removed one got nothing.
    const later = await subscribe('/after-removal');
    await tellStory('After removal, watched');
    await eventually(() => receiver.at('/after-removal').length > 0);
    // Only the story told after it subscribed, even when the first story's event went out after the subscription.
    expect(receiver.at('/after-removal').map((d) => JSON.parse(d.body).data.story.title)).toEqual(['After removal, watched']);
    expect(receiver.at('/removed')).toHaveLength(0);
    expect(later.id).not.toBe(subscription.id);
  });

  it('delivers each kind of event a subscriber chose, and none it did not', async () => {
    await subscribe('/every-kind', ['endorsement.created', 'story.featured', 'reward.given', 'reward.revoked', 'employee.departed']);
    const story = await tellStory('Every kind of event');
    await t.http.post(`/api/stories/${story.id}/endorsements`).set(admin.auth).send({ comment: 'Well done' }).expect(201);
    await t.http.post(`/api/stories/${story.id}/feature`).set(admin.auth).expect(200);
    const reward = await t.http
      .post('/api/rewards')
      .set(admin.auth)
      .send({ recipientId: hero.id, storyId: story.id, kind: 'badge', badgeId: (await createBadge(t.dataSource)).id, citation: 'For every kind of event' })
      .expect(201);
    const revoked = await t.http.post(`/api/rewards/${reward.body.reward.id}/revoke`).set(admin.auth).send({ reason: 'Given twice by mistake' });
    expect([revoked.status, revoked.body.detail]).toEqual([200, undefined]);
    const leaver = await createEmployee(t.dataSource, { departmentId: (await createDepartment(t.dataSource)).id });
    const today = new Date().toISOString().slice(0, 10);
    await t.http.post(`/api/employees/${leaver.id}/departure`).set(admin.auth).send({ leftOn: today, reason: 'voluntary' }).expect(200);

    const bodies = await eventually(() => (receiver.at('/every-kind').length >= 5 ? receiver.at('/every-kind').map((d) => JSON.parse(d.body)) : undefined), {
      what: 'five deliveries',
    });
    const byType = new Map(bodies.map((b) => [b.type, b.data]));
    expect([...byType.keys()].sort()).toEqual(['employee.departed', 'endorsement.created', 'reward.given', 'reward.revoked', 'story.featured']);
    expect(byType.get('endorsement.created')).toMatchObject({
      story: { id: story.id },
      endorsement: { endorser: { id: adminEmployee.id }, comment: 'Well done' },
    });
    expect(byType.get('story.featured')).toMatchObject({ story: { id: story.id, title: 'Every kind of event' } });
    expect(byType.get('reward.given')).toMatchObject({ reward: { id: reward.body.reward.id, kind: 'badge', recipient: { id: hero.id } } });
    expect(byType.get('reward.revoked')).toMatchObject({ reward: { id: reward.body.reward.id, revoked: true } });
    expect(byType.get('employee.departed')).toMatchObject({ employee: { id: leaver.id, leftOn: today, leaveReason: 'voluntary' } });
    expect(bodies.some((b) => b.type === 'story.published')).toBe(false);
  });

  it('is for admins only', async () => {
    await t.http.get('/api/webhooks').set(author.auth).expect(403);
    await t.http
      .post('/api/webhooks')
      .set(author.auth)
      .send({ name: 'x', url: receiver.url('/x'), events: ['story.published'] })
      .expect(403);
  });
});
