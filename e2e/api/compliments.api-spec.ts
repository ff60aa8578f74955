import { setTimeout as sleep } from 'node:timers/promises';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { MIN_FILL_SECONDS, SUBMISSION_LIMIT } from '../../server/src/compliments/compliments.policy';
import { clientIp, createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee, uniqueSuffix } from '../../server/test/factories';
import { eventually } from '../../server/test/eventually';
import { startTestApp, TestApp } from '../../server/test/test-app';

/** Thank-you links, the public thank-you page and its abuse limits, and the managers' inbox, through real HTTP and PostgreSQL. */
describe('customer compliments', () => {
  let t: TestApp;
  let shoes: { id: string; name: string };
  let other: { id: string; name: string };
  let hero: TestEmployee;
  let as: { hero: SignedIn; manager: SignedIn; otherManager: SignedIn; admin: SignedIn };
  let code: string;
  /** A signed start time from a served form, old enough (MIN_FILL_SECONDS) to be accepted. */
  let started: string;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL: 'http://heroics.test' });
    shoes = await createDepartment(t.dataSource);
    other = await createDepartment(t.dataSource);
    hero = await createEmployee(t.dataSource, { departmentId: shoes.id, name: `Ava Maria Chen${uniqueSuffix()}` });
    const manager = await createEmployee(t.dataSource, { departmentId: shoes.id, role: 'manager', manages: [shoes.id] });
    const otherManager = await createEmployee(t.dataSource, { departmentId: other.id, role: 'manager', manages: [other.id] });
    const admin = await createEmployee(t.dataSource, { departmentId: other.id, role: 'admin' });
    as = {
      hero: await signIn(t.http, hero.email),
      manager: await signIn(t.http, manager.email),
      otherManager: await signIn(t.http, otherManager.email),
      admin: await signIn(t.http, admin.email),
    };
    const link = (await t.http.put('/api/me/thank-you-link').set(as.hero.auth).expect(200)).body;
    code = link.url.split('/thanks/')[1];
    started = startedFrom((await t.http.get(`/thanks/${code}`).expect(200)).text);
    await sleep(MIN_FILL_SECONDS * 1000 + 200);
  });
  afterAll(() => t?.close());

  const startedFrom = (html: string) => /name="started" value="([^"]+)"/.exec(html)![1];
  const proofOfWork = async () => {
    const challenge = (await t.http.get('/thanks/challenge').expect(200)).body;
    const solution = await solveChallenge({ challenge, deriveKey });
    return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
  };
  const words = () => `She found my size in the back room and walked me to the till ${uniqueSuffix()}.`;
  const form = async (fields: Record<string, string> = {}) => ({
    what_happened: words(),
    how_it_ended: 'I left with the right shoes.',
    first_name: 'Jo',
    consent_to_quote: 'yes',
    started,
    altcha: await proofOfWork(),
    ...fields,
  });
  const post = (fields: Record<string, string>, ip = clientIp(), to = code) =>
    t.http.post(`/thanks/${to}`).set('X-Forwarded-For', ip).type('form').send(fields);
  const inbox = async (session = as.manager) => (await t.http.get('/api/compliments/inbox').set(session.auth).expect(200)).body.items as Inbox[];
  type Inbox = { id: string; whatHappened: string; emailConfirmed: boolean; hero: { id: string } | null };
  const feedText = async () => JSON.stringify((await t.http.get('/api/feed').set(as.hero.auth).expect(200)).body);
  const submitted = async (fields: Record<string, string> = {}) => {
    const body = await form(fields);
    await post(body).expect(201);
    return (await inbox()).find((c) => c.whatHappened === body.what_happened)!;
  };

  it('turns a link on and off; an off or unknown link shows a polite page, revealing nothing', async () => {
    const person = await createEmployee(t.dataSource, { departmentId: shoes.id, name: 'Noor Basri Haddad' });
    const session = await signIn(t.http, person.email);
    expect((await t.http.get('/api/me/thank-you-link').set(session.auth).expect(200)).body).toMatchObject({
      enabled: false,
      url: null,
      shownAs: `Noor H. · ${shoes.name}`,
    });
    const on = (await t.http.put('/api/me/thank-you-link').set(session.auth).expect(200)).body;
    expect(on.url).toMatch(/^http:\/\/heroics\.test\/thanks\/[A-Za-z0-9_-]{22}$/);
    const page = await t.http.get(new URL(on.url).pathname).expect(200);
    expect(page.text).toContain(`Say thank you to Noor H., ${shoes.name}`);
    expect(page.text).not.toContain('Haddad');
    expect(page.text).not.toContain(person.email);
    const svg = await t.http.get(`/api/thank-you-links/${on.id}/qr-code?format=svg`).set(session.auth).expect(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    const png = await t.http.get(`/api/thank-you-links/${on.id}/qr-code?format=png`).set(session.auth).buffer(true).expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect((await t.http.get(`/api/thank-you-links/${on.id}/qr-code?format=png`).set(as.otherManager.auth)).status).toBe(404);

    await t.http.delete('/api/me/thank-you-link').set(session.auth).expect(204);
    const gone = await t.http.get(new URL(on.url).pathname).expect(404);
    expect(gone.text).toContain('no longer available');
    expect((await post(await form(), clientIp(), new URL(on.url).pathname.split('/')[2])).status).toBe(404);
    expect((await t.http.get('/thanks/AAAAAAAAAAAAAAAAAAAAAA').expect(404)).text).toContain('no longer available');
    expect((await t.http.get('/thanks/not-a-code').expect(404)).text).toContain('no longer available');
  });

  it('takes a compliment, keeps it out of the feed, and emails a single-use confirmation link', async () => {
    const body = await form({ email: 'Jo.Customer@example.test' });
    const answer = await post(body).expect(201);
    expect(answer.headers['content-type']).toContain('text/html');
    expect(answer.text).toContain('Thank you!');
    const item = (await inbox()).find((c) => c.whatHappened === body.what_happened)!;
    expect(item).toMatchObject({ hero: { id: hero.id }, emailConfirmed: false, customerName: 'Jo', consentToQuote: true });
    expect(JSON.stringify(item)).not.toContain('example.test');
    expect(await feedText()).not.toContain(body.what_happened);

    const email = await eventually(async () => {
      const page = await t.http.get('/api/outbox').query({ to: 'jo.customer@example.test' }).set(as.admin.auth);
      return page.body.items?.[0];
    });
    const path = /http:\/\/heroics\.test(\/thanks\/confirm\/[A-Za-z0-9_-]{43})/.exec(email.html)![1];
    expect((await t.http.get(path).expect(200)).text).toContain('Confirm your compliment');
    expect((await t.http.post(path).expect(200)).text).toContain('Confirmed');
    expect((await t.http.post(path).expect(410)).text).toContain('already used');
    expect((await t.http.post('/thanks/confirm/' + 'x'.repeat(43)).expect(404)).text).toContain('no longer works');
    expect((await inbox()).find((c) => c.id === item.id)!.emailConfirmed).toBe(true);
  });

  it('speaks the customer’s language: their browser’s, or the one they choose on the page, down to the form’s problems and the confirmation email', async () => {
    const spanish = await t.http.get(`/thanks/${code}`).set('Accept-Language', 'fr-FR, es;q=0.8, en;q=0.5').expect(200);
    expect(spanish.text).toContain('<html lang="es">');
    expect(spanish.text).toContain('Da las gracias a Ava C.');
    expect(spanish.text).toContain('¿Qué pasó?');
    // Links to the page in each language, each named in its own words.
    expect(spanish.text).toContain(`href="/thanks/${code}?lang=de" lang="de" hreflang="de">Deutsch</a>`);
    const german = await t.http.get(`/thanks/${code}`).query({ lang: 'de' }).set('Accept-Language', 'es').expect(200);
    expect(german.text).toContain('<html lang="de">');
    expect(german.text).toContain('Was ist passiert?');

    // A problem with the form is said in the language the page was in (sent with the form).
    const short = await post(await form({ what_happened: 'Gut', lang: 'de' })).expect(400);
    expect(short.text).toContain('Erzählen Sie in ein paar Worten, was passiert ist');
    expect(short.text).toContain('<html lang="de">');

    const body = await form({ email: 'ana.cliente@example.test', lang: 'es' });
    expect((await post(body).expect(201)).text).toContain('¡Gracias!');
    const email = await eventually(async () => {
      const page = await t.http.get('/api/outbox').query({ to: 'ana.cliente@example.test' }).set(as.admin.auth);
      return page.body.items?.[0];
    });
    expect(email.subject).toMatch(/^Confirma tu agradecimiento a Ava C\./);
    const path = /http:\/\/heroics\.test(\/thanks\/confirm\/[A-Za-z0-9_-]{43}\?lang=es)/.exec(email.html)![1];
    expect((await t.http.get(path).expect(200)).text).toContain('Confirma tu agradecimiento');
    expect((await t.http.post(path).expect(200)).text).toContain('¡Confirmado, gracias!');
  });

  it('strips HTML and links from what the customer wrote', async () => {
    const marker = `marker${Date.now()}`;
    await post(await form({ what_happened: `Great <script>alert(1)</script> help ${marker}, see https://spam.example/x and <b>www.spam.test</b>` })).expect(
      201,
    );
    const item = (await inbox()).find((c) => c.whatHappened.includes(marker))!;
    expect(item.whatHappened).toBe(`Great alert(1) help ${marker}, see and`);
  });

  it('refuses the honeypot, a form sent back too fast, a failed proof of work and the same text twice, each with a clear page', async () => {
    expect((await post(await form({ website: 'http://bot.example' })).expect(400)).text).toContain('not right');
    const fresh = startedFrom((await t.http.get(`/thanks/${code}`).expect(200)).text);
    expect((await post(await form({ started: fresh })).expect(400)).text).toContain('quicker than anyone can type');
    expect((await post(await form({ started: `${Date.now() - 60_000}.${'a'.repeat(43)}` })).expect(400)).text).toContain('not right');
    expect((await post(await form({ altcha: '' })).expect(403)).text).toContain('could not verify');
    const forged = JSON.parse(Buffer.from(await proofOfWork(), 'base64').toString());
    forged.solution.derivedKey = forged.solution.derivedKey.replace(/^./, (c: string) => (c === '0' ? '1' : '0'));
    expect((await post(await form({ altcha: Buffer.from(JSON.stringify(forged)).toString('base64') })).expect(403)).status).toBe(403);
    expect((await post(await form({ what_happened: 'too short' })).expect(400)).text).toContain('at least 10 characters');

    const ip = clientIp();
    const once = await form();
    await post(once, ip).expect(201);
    const again = await post({ ...once, what_happened: once.what_happened.toUpperCase(), altcha: await proofOfWork() }, ip).expect(409);
    expect(again.text).toContain('already have these words');
  });

  it('throttles a flood from one client while staff keep being served', async () => {
    const ip = clientIp();
    const flood = Array.from({ length: 200 }, () => ({ what_happened: words(), how_it_ended: 'Fine.', started }));
    const statuses: number[] = [];
    for (let i = 0; i < flood.length; i += 20) {
      const batch = flood.slice(i, i + 20).map((f) => post(f, ip));
      const [answers, feed] = await Promise.all([Promise.all(batch), t.http.get('/api/feed').set(as.hero.auth)]);
      expect(feed.status).toBe(200);
      statuses.push(...answers.map((a) => a.status));
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(flood.length - SUBMISSION_LIMIT.points);
    expect(statuses.every((s) => s < 500)).toBe(true);
  });

  it('confirms a compliment into a story "from a customer" in the feed, audited, and the hero is told', async () => {
    const item = await submitted();
    expect((await t.http.post(`/api/compliments/${item.id}/confirm`).set(as.otherManager.auth).send({})).status).toBe(403);
    expect(await inbox(as.otherManager)).not.toContainEqual(expect.objectContaining({ id: item.id }));
    const { storyId } = (await t.http.post(`/api/compliments/${item.id}/confirm`).set(as.manager.auth).send({ channel: 'in_person' }).expect(200)).body;
    const feed = (await t.http.get('/api/feed').set(as.hero.auth).expect(200)).body.items as { id: string; customerQuote: string; fromCustomer: boolean }[];
    expect(feed.find((s) => s.id === storyId)).toMatchObject({
      customerQuote: item.whatHappened,
      fromCustomer: true,
      heroes: [expect.objectContaining({ id: hero.id })],
    });
    expect((await t.http.post(`/api/compliments/${item.id}/confirm`).set(as.manager.auth).send({})).status).toBe(409);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1`, [item.id]);
    expect(audit).toEqual([{ action: 'compliment.confirmed' }]);
    const notifications = (await t.http.get('/api/notifications').set(as.hero.auth).expect(200)).body.items;
    expect(notifications).toContainEqual(expect.objectContaining({ story: expect.objectContaining({ id: storyId }) }));
    const received = (await t.http.get(`/api/employees/${hero.id}/compliments`).set(as.manager.auth).expect(200)).body;
    expect(received.received).toBeGreaterThanOrEqual(1);
    expect(received.confirmed).toContainEqual(expect.objectContaining({ storyId, words: item.whatHappened }));
  });

  it('discards a compliment with a reason; it never reaches the feed', async () => {
    const item = await submitted();
    expect((await t.http.post(`/api/compliments/${item.id}/discard`).set(as.manager.auth).send({ reason: 'nonsense' })).status).toBe(400);
    expect((await t.http.post(`/api/compliments/${item.id}/discard`).set(as.otherManager.auth).send({ reason: 'spam' })).status).toBe(403);
    await t.http.post(`/api/compliments/${item.id}/discard`).set(as.admin.auth).send({ reason: 'spam' }).expect(204);
    expect(await inbox()).not.toContainEqual(expect.objectContaining({ id: item.id }));
    expect(await feedText()).not.toContain(item.whatHappened);
    expect(await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1`, [item.id])).toEqual([{ action: 'compliment.discarded' }]);
    expect((await t.http.get('/api/compliments/inbox').set(as.hero.auth)).status).toBe(403);
  });

  it('gives a department its own link; its compliments need a hero chosen on confirming', async () => {
    const link = (await t.http.put(`/api/departments/${shoes.id}/thank-you-link`).set(as.manager.auth).expect(200)).body;
    expect(link.shownAs).toBe(`The team at ${shoes.name}`);
    expect((await t.http.put(`/api/departments/${shoes.id}/thank-you-link`).set(as.otherManager.auth)).status).toBe(403);
    const departmentCode = link.url.split('/thanks/')[1];
    expect((await t.http.get(`/thanks/${departmentCode}`).expect(200)).text).toContain(`the team at ${shoes.name}`);
    const body = await form();
    await post(body, clientIp(), departmentCode).expect(201);
    const item = (await inbox()).find((c) => c.whatHappened === body.what_happened)!;
    expect(item.hero).toBeNull();
    const withoutHero = await t.http.post(`/api/compliments/${item.id}/confirm`).set(as.manager.auth).send({}).expect(400);
    expect(withoutHero.body.errors[0]).toMatchObject({ field: 'heroId', message: expect.stringContaining('choose who the hero is') });
    const outsider = await createEmployee(t.dataSource, { departmentId: other.id });
    const outside = await t.http.post(`/api/compliments/${item.id}/confirm`).set(as.manager.auth).send({ heroId: outsider.id }).expect(400);
    expect(outside.body.errors[0]).toMatchObject({ field: 'heroId', message: `Choose the hero among the people in ${shoes.name}.` });
    await t.http.post(`/api/compliments/${item.id}/confirm`).set(as.manager.auth).send({ heroId: hero.id }).expect(200);
    await t.http.delete(`/api/departments/${shoes.id}/thank-you-link`).set(as.manager.auth).expect(204);
    await t.http.get(`/thanks/${departmentCode}`).expect(404);
  });

  it('adds a compliment to an existing story about the hero: "Praised by a customer" with their words, audited, the hero told', async () => {
    const value = await createValue(t.dataSource);
    const told = await t.http
      .post('/api/stories')
      .set(as.manager.auth)
      .send(storyBody([hero.id], [value.id]))
      .expect(201);
    const someoneElse = await createEmployee(t.dataSource, { departmentId: shoes.id });
    const notAboutHero = await t.http
      .post('/api/stories')
      .set(as.manager.auth)
      .send(storyBody([someoneElse.id], [value.id]))
      .expect(201);
    const item = await submitted();
    const merge = (storyId: string, session = as.manager) => t.http.post(`/api/compliments/${item.id}/merge`).set(session.auth).send({ storyId });

    expect((await merge(told.body.id, as.otherManager)).status).toBe(403);
    const refused = await merge(notAboutHero.body.id).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'storyId', message: 'Choose one of the published stories about this hero.' });
    expect((await t.http.post(`/api/compliments/${item.id}/merge`).set(as.manager.auth).send({})).body.errors[0].field).toBe('storyId');
    expect((await merge(told.body.id).expect(200)).body).toEqual({ storyId: told.body.id });

    const story = (await t.http.get(`/api/stories/${told.body.id}`).set(as.hero.auth).expect(200)).body;
    expect(story).toMatchObject({
      praisedByCustomer: true,
      customerPraise: item.whatHappened,
      customerQuote: 'One call. That was all it took.',
      fromCustomer: false,
    });
    const feed = (await t.http.get('/api/feed').set(as.hero.auth).expect(200)).body.items as { id: string; situation: string; praisedByCustomer: boolean }[];
    expect(feed.find((s) => s.id === told.body.id)?.praisedByCustomer).toBe(true);
    expect(feed.filter((s) => s.situation === item.whatHappened)).toEqual([]);
    expect((await t.http.get(`/api/stories/${notAboutHero.body.id}`).set(as.hero.auth).expect(200)).body.praisedByCustomer).toBe(false);

    expect(await inbox()).not.toContainEqual(expect.objectContaining({ id: item.id }));
    expect((await merge(told.body.id)).status).toBe(409);
    expect(await t.dataSource.query(`SELECT action FROM audit_log WHERE subject_id = $1`, [item.id])).toEqual([{ action: 'compliment.merged' }]);
    const notifications = (await t.http.get('/api/notifications').set(as.hero.auth).expect(200)).body.items as { story: { id: string } | null }[];
    expect(notifications.filter((n) => n.story?.id === told.body.id)).toHaveLength(2);
    const received = (await t.http.get(`/api/employees/${hero.id}/compliments`).set(as.manager.auth).expect(200)).body;
    expect(received.confirmed).toContainEqual(expect.objectContaining({ storyId: told.body.id, words: item.whatHappened }));
  });
});
