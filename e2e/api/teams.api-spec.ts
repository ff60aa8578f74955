import { createHmac, randomBytes } from 'node:crypto';
import { eventually } from '../../server/test/eventually';
import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { WebhookReceiver } from '../../server/test/protocols/webhook-receiver';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';
import { startTestApp, TestApp } from '../../server/test/test-app';

/** What Teams sends an outgoing webhook: the activity, signed `HMAC <base64 HMAC-SHA256 of the body>` with the decoded security token. */
function teamsActivity(securityToken: string, text: string) {
  const body = JSON.stringify({
    type: 'message',
    id: '1',
    text: `<at>Heroics</at> ${text}`,
    from: { id: '29:1', name: 'Ada' },
    conversation: { id: '19:abc' },
    channelId: 'msteams',
  });
  return { body, authorization: `HMAC ${createHmac('sha256', Buffer.from(securityToken, 'base64')).update(body).digest('base64')}` };
}

describe('Microsoft Teams: Adaptive Cards to channels and @Heroics', () => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: SignedIn;
  let author: SignedIn;
  let hero: TestEmployee;
  let valueId: string;
  let departmentId: string;
  let teams: WebhookReceiver;

  beforeAll(async () => {
    database = await createSiblingDatabase('teams');
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true', JOB_RETRY_DELAY_SECONDS: '1' }, {}, database.url);
    teams = await new WebhookReceiver().start();
    teams.defaultStatus = 202;
    departmentId = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    author = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    hero = await createEmployee(t.dataSource, { departmentId, name: 'Tess Teams' });
  });
  afterAll(async () => {
    await t.close();
    await teams.stop();
    await database.dispose();
  });

  it("posts a department's new stories to its channel as an Adaptive Card, retrying when Teams is busy", async () => {
    const channel = await t.http
      .post('/api/teams/channels')
      .set(admin.auth)
      .send({ name: 'Support floor', departmentId, webhookUrl: teams.url('/workflows/support'), events: ['story.published'] })
      .expect(201);
    expect(channel.body).toMatchObject({ name: 'Support floor', departmentId, webhookHost: expect.stringMatching(/^127\.0\.0\.1:\d+$/) });
    expect(JSON.stringify((await t.http.get('/api/teams').set(admin.auth).expect(200)).body)).not.toContain('/workflows/support');

    teams.failNext('/workflows/support', 429);
    await t.http
      .post('/api/stories')
      .set(author.auth)
      .send(storyBody([hero.id], [valueId], { title: 'Teams story: the midnight fix' }))
      .expect(201);
    const delivered = await eventually(() => teams.at('/workflows/support').length === 2 && teams.at('/workflows/support')[1], {
      what: 'the card after a 429',
      timeoutMs: 30_000,
    });
    const message = JSON.parse(delivered.body);
    expect(message.type).toBe('message');
    expect(message.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = message.attachments[0].content;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(JSON.stringify(card.body)).toContain('Teams story: the midnight fix');
    expect(JSON.stringify(card.body)).toContain('Tess Teams');
    expect(card.actions[0]).toMatchObject({ type: 'Action.OpenUrl', url: expect.stringMatching(/\/stories\//) });
  });

  it('posts nothing more to a channel once it is removed; a channel added later hears only later stories', async () => {
    const removed = await t.http
      .post('/api/teams/channels')
      .set(admin.auth)
      .send({ name: 'Old floor', departmentId, webhookUrl: teams.url('/workflows/old'), events: ['story.published'] })
      .expect(201);
    await t.http.delete(`/api/teams/channels/${removed.body.id}`).set(admin.auth).expect(204);
    expect(JSON.stringify((await t.http.get('/api/teams').set(admin.auth).expect(200)).body)).not.toContain('Old floor');
    const tell = (title: string) =>
      t.http
        .post('/api/stories')
        .set(author.auth)
        .send(storyBody([hero.id], [valueId], { title }))
        .expect(201);
    await tell('Teams story: told after the removal');
    await t.http
      .post('/api/teams/channels')
      .set(admin.auth)
      .send({ name: 'New floor', departmentId, webhookUrl: teams.url('/workflows/new'), events: ['story.published'] })
      .expect(201);
    await tell('Teams story: the new floor hears this one');
    await eventually(() => teams.at('/workflows/new').some((r) => r.body.includes('the new floor hears this one')), { what: 'the card to the new channel' });
    expect(teams.at('/workflows/new').filter((r) => r.body.includes('told after the removal'))).toHaveLength(0);
    expect(teams.at('/workflows/old')).toHaveLength(0);
  });

  it('answers @Heroics with the week’s stories when Teams signed the request, and refuses it otherwise', async () => {
    const securityToken = randomBytes(32).toString('base64');
    await t.http.post('/api/teams/outgoing-webhooks').set(admin.auth).send({ name: 'Support team', securityToken }).expect(201);
    const signed = teamsActivity(securityToken, 'latest');
    const answer = await t.http
      .post('/api/integrations/teams/outgoing')
      .set({ 'Content-Type': 'application/json', Authorization: signed.authorization })
      .send(signed.body)
      .expect(200);
    expect(answer.body.type).toBe('message');
    expect(JSON.stringify(answer.body.attachments[0].content.body)).toContain('Teams story: the midnight fix');

    const forged = teamsActivity(randomBytes(32).toString('base64'), 'latest');
    expect(
      (await t.http.post('/api/integrations/teams/outgoing').set({ 'Content-Type': 'application/json', Authorization: forged.authorization }).send(signed.body))
        .status,
    ).toBe(401);
    expect((await t.http.post('/api/integrations/teams/outgoing').set({ 'Content-Type': 'application/json' }).send(signed.body)).status).toBe(401);
    const tampered = signed.body.replace('latest', 'oldest');
    expect(
      (await t.http.post('/api/integrations/teams/outgoing').set({ 'Content-Type': 'application/json', Authorization: signed.authorization }).send(tampered))
        .status,
    ).toBe(401);
  });

  it('refuses a channel URL into a private network unless the company allows it, naming the field', async () => {
    const strict = await startTestApp({}, {}, database.url);
    try {
      const response = await strict.http
        .post('/api/teams/channels')
        .set(admin.auth)
        .send({ name: 'x', webhookUrl: 'http://127.0.0.1:1/hook', events: ['story.published'] });
      expect(response.status).toBe(422);
      expect(response.body.errors[0].field).toBe('webhookUrl');
    } finally {
      await strict.close();
    }
  });
});
