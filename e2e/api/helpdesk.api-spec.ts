import { createHmac } from 'node:crypto';
import { createDepartment, createEmployee, signIn, SignedIn, uniqueSuffix } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

/** Helpdesk sources and their signed ratings endpoint, into the managers' compliment inbox, through real HTTP and PostgreSQL. */
describe('helpdesk ratings', () => {
  let t: TestApp;
  let support: { id: string; name: string };
  let returns: { id: string; name: string };
  let agentEmail: string;
  let as: { admin: SignedIn; supportManager: SignedIn; returnsManager: SignedIn; staff: SignedIn };
  let source: { id: string; secret: string; endpointUrl: string };

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'http://heroics.test' });
    support = await createDepartment(t.dataSource);
    returns = await createDepartment(t.dataSource);
    const agent = await createEmployee(t.dataSource, { departmentId: returns.id, name: `Rosa Lind${uniqueSuffix()}` });
    agentEmail = agent.email;
    const admin = await createEmployee(t.dataSource, { departmentId: support.id, role: 'admin' });
    const supportManager = await createEmployee(t.dataSource, { departmentId: support.id, role: 'manager', manages: [support.id] });
    const returnsManager = await createEmployee(t.dataSource, { departmentId: returns.id, role: 'manager', manages: [returns.id] });
    as = {
      admin: await signIn(t.http, admin.email),
      supportManager: await signIn(t.http, supportManager.email),
      returnsManager: await signIn(t.http, returnsManager.email),
      staff: await signIn(t.http, agent.email),
    };
    source = (
      await t.http.post('/api/helpdesk-sources').set(as.admin.auth).send({ name: 'Zendesk support', kind: 'zendesk', departmentId: support.id }).expect(201)
    ).body;
  });
  afterAll(() => t?.close());

  const sign = (body: string, secret = source.secret, at = Math.floor(Date.now() / 1000)) => ({
    'X-Heroics-Timestamp': String(at),
    'X-Heroics-Signature': `sha256=${createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')}`,
  });
  const rating = (fields: Record<string, unknown> = {}) => ({
    rating: 'good',
    comment: `Rosa sorted my refund in one call ${uniqueSuffix()}`,
    ticketUrl: `https://acme.zendesk.com/agent/tickets/${uniqueSuffix()}`,
    ticketId: uniqueSuffix(),
    customerName: 'Jo',
    ...fields,
  });
  const send = (body: string, headers: Record<string, string>, to = source.id) =>
    t.http.post(`/api/helpdesk/${to}/ratings`).set('Content-Type', 'application/json').set(headers).send(body);
  type Inbox = { id: string; origin: string; ticketUrl: string | null; whatHappened: string; department: { id: string }; hero: { id: string } | null };
  const inbox = async (session: SignedIn) => (await t.http.get('/api/compliments/inbox').set(session.auth).expect(200)).body.items as Inbox[];

  it('shows an admin the endpoint and the secret once; lists only its hint; others may not see sources', async () => {
    expect(source.secret).toMatch(/^hds_/);
    expect(source.endpointUrl).toBe(`http://heroics.test/api/helpdesk/${source.id}/ratings`);
    const listed = (await t.http.get('/api/helpdesk-sources').set(as.admin.auth).expect(200)).body;
    const mine = listed.find((s: { id: string }) => s.id === source.id);
    expect(mine).toMatchObject({ name: 'Zendesk support', kind: 'zendesk', department: { id: support.id }, secretHint: `••••${source.secret.slice(-4)}` });
    expect(JSON.stringify(listed)).not.toContain(source.secret);
    await t.http.get('/api/helpdesk-sources').set(as.supportManager.auth).expect(403);
    const refused = await t.http.post('/api/helpdesk-sources').set(as.admin.auth).send({ name: 'X', kind: 'jira', departmentId: support.id }).expect(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('kind');
  });

  it('puts a signed good rating into the agent’s department inbox with its ticket link, once per ticket', async () => {
    const body = JSON.stringify(rating({ agentEmail: agentEmail.toUpperCase() }));
    const first = await send(body, sign(body)).expect(202);
    expect(first.body).toEqual({ status: 'received' });
    const again = await send(body, sign(body)).expect(202);
    expect(again.body).toEqual({ status: 'already_received' });
    const parsed = JSON.parse(body);
    const landed = (await inbox(as.returnsManager)).filter((c) => c.ticketUrl === parsed.ticketUrl);
    expect(landed).toHaveLength(1);
    expect(landed[0]).toMatchObject({ origin: 'helpdesk', whatHappened: parsed.comment, department: { id: returns.id } });
    expect((await inbox(as.supportManager)).some((c) => c.ticketUrl === parsed.ticketUrl)).toBe(false);
  });

  it('sends a rating whose agent is unknown to the source’s department, and takes the secret as a token header', async () => {
    const body = JSON.stringify(rating({ rating: 5, agentEmail: 'nobody@elsewhere.example' }));
    await send(body, { 'X-Heroics-Token': source.secret }).expect(202, { status: 'received' });
    const landed = (await inbox(as.supportManager)).find((c) => c.ticketUrl === JSON.parse(body).ticketUrl);
    expect(landed).toMatchObject({ origin: 'helpdesk', department: { id: support.id }, hero: null });
  });

  it('refuses a bad or expired signature (401), an unknown source (404), bad fields (400) and a huge body (413), as problems', async () => {
    const body = JSON.stringify(rating());
    const wrong = await send(body, sign(body, 'hds_not-the-secret')).expect(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    await send(body, {}).expect(401);
    await send(body, { 'X-Heroics-Token': 'guess' }).expect(401);
    await send(body, sign(body, source.secret, Math.floor(Date.now() / 1000) - 600)).expect(401);
    await send(`${body} `, sign(body)).expect(401);
    await send(body, sign(body), '6f1c5a3e-8f7b-4d0e-9b1a-2c3d4e5f6a7b').expect(404);
    await send(body, sign(body), 'not-a-uuid').expect(400);
    await send('{"rating":null}', {}).expect(400);
    const badUrl = JSON.stringify(rating({ ticketUrl: 'javascript:alert(1)' }));
    const invalid = await send(badUrl, sign(badUrl)).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(['ticketUrl']);
    const noTicket = JSON.stringify({ rating: 'good', ticketUrl: 'https://acme.zendesk.com/agent/tickets/1' });
    expect((await send(noTicket, sign(noTicket)).expect(400)).body.errors[0].field).toBe('ticketId');
    const huge = JSON.stringify(rating({ comment: 'x'.repeat(70 * 1024) }));
    await send(huge, sign(huge)).expect(413);
  });

  it('accepts and ignores a rating that is not good, so the helpdesk does not retry it', async () => {
    const body = JSON.stringify(rating({ rating: 'bad' }));
    await send(body, sign(body)).expect(202, { status: 'ignored' });
    const all = [...(await inbox(as.supportManager)), ...(await inbox(as.returnsManager))];
    expect(all.some((c) => c.ticketUrl === JSON.parse(body).ticketUrl)).toBe(false);
  });

  it('never shows a rating until a manager confirms it; then the story card links to the ticket', async () => {
    const fields = rating({ agentEmail });
    const body = JSON.stringify(fields);
    await send(body, sign(body)).expect(202);
    const feed = async () => (await t.http.get('/api/feed').set(as.staff.auth).expect(200)).body.items as { id: string; ticketUrl: string | null }[];
    expect(JSON.stringify(await feed())).not.toContain(fields.comment as string);
    const compliment = (await inbox(as.returnsManager)).find((c) => c.ticketUrl === fields.ticketUrl)!;
    await t.http.post(`/api/compliments/${compliment.id}/confirm`).set(as.supportManager.auth).send({}).expect(403);
    const { storyId } = (await t.http.post(`/api/compliments/${compliment.id}/confirm`).set(as.returnsManager.auth).send({}).expect(200)).body;
    const card = (await feed()).find((s) => s.id === storyId);
    expect(card).toMatchObject({ ticketUrl: fields.ticketUrl, fromCustomer: true, situation: fields.comment });
    expect((await t.http.get(`/api/stories/${storyId}`).set(as.staff.auth).expect(200)).body.ticketUrl).toBe(fields.ticketUrl);
  });

  it('rotates the secret (the old one stops working) and removes the source (then 404), audited', async () => {
    const spare = (
      await t.http.post('/api/helpdesk-sources').set(as.admin.auth).send({ name: 'Freshdesk', kind: 'freshdesk', departmentId: returns.id }).expect(201)
    ).body;
    const rotated = (await t.http.post(`/api/helpdesk-sources/${spare.id}/rotate-secret`).set(as.admin.auth).expect(200)).body;
    expect(rotated.secret).not.toBe(spare.secret);
    const body = JSON.stringify(rating());
    await send(body, { 'X-Heroics-Token': spare.secret }, spare.id).expect(401);
    await send(body, { 'X-Heroics-Token': rotated.secret }, spare.id).expect(202);
    await t.http.delete(`/api/helpdesk-sources/${spare.id}`).set(as.admin.auth).expect(204);
    await send(body, { 'X-Heroics-Token': rotated.secret }, spare.id).expect(404);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1 ORDER BY created_at`, [spare.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['helpdesk_source.created', 'helpdesk_source.secret_rotated', 'helpdesk_source.deleted']);
  });
});
