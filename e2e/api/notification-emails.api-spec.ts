import { createDepartment, createEmployee, createValue, setBudget, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { linksIn, rawHeader, SmtpSink, startSmtpSink } from '../../server/test/smtp-sink';
import { eventually } from '../../server/test/eventually';
import { jobsSettled } from '../../server/test/jobs-settled';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { quarterLabel, quarterStartOf, todayIn } from '../../server/src/common/calendar';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('recognition, moderation, digest and anniversary emails, with preferences and unsubscribe', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let departmentId: string;
  let valueId: string;
  let manager: TestEmployee;
  let managerSession: SignedIn;
  let author: TestEmployee;
  let authorSession: SignedIn;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_URL: 'http://heroics.test' });
    departmentId = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    manager = await createEmployee(t.dataSource, { departmentId, role: 'manager', manages: [departmentId], name: 'Mara Manager' });
    managerSession = await signIn(t.http, manager.email);
    author = await createEmployee(t.dataSource, { departmentId, name: 'Arlo Author' });
    authorSession = await signIn(t.http, author.email);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  let adminSession: SignedIn | undefined;
  const admin = async () => (adminSession ??= await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email));

  const tell = async (heroIds: string[], title: string) => {
    const response = await t.http
      .post('/api/stories')
      .set(authorSession.auth)
      .send(storyBody(heroIds, [valueId], { title }));
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  it('tells a hero they were named, with a one-click unsubscribe that stops exactly that kind', async () => {
    const hero = await createEmployee(t.dataSource, { departmentId, name: 'Hana Hero' });
    const storyId = await tell([hero.id], 'Walked her to the right desk');
    const [mail] = await sink.waitFor(1, hero.email);
    expect(mail.subject).toBe('Arlo Author named you a hero');
    expect(mail.text).toContain('Arlo Author named you a hero in “Walked her to the right desk”.');
    expect(linksIn(mail)).toContain(`http://heroics.test/stories/${storyId}`);
    expect(mail.html).toContain('Read the story');
    const header = String(rawHeader(mail, 'list-unsubscribe'));
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const oneClick = /<(http:\/\/heroics\.test\/api\/email-preferences\/unsubscribe\?token=[^>]+)>/.exec(header)![1];

    // The mail client's RFC 8058 POST, without signing in.
    const path = oneClick.replace('http://heroics.test', '');
    const unsubscribed = await t.http.post(path).set('Content-Type', 'application/x-www-form-urlencoded').send('List-Unsubscribe=One-Click');
    expect(unsubscribed.status).toBe(200);
    expect(unsubscribed.body).toEqual({ kind: 'named_hero', mode: 'never' });
    const heroSession = await signIn(t.http, hero.email);
    const preferences = (await t.http.get('/api/me/email-preferences').set(heroSession.auth)).body.preferences as { kind: string; mode: string }[];
    expect(preferences.find((p) => p.kind === 'named_hero')!.mode).toBe('never');
    expect(preferences.filter((p) => p.kind !== 'named_hero').every((p) => p.mode === 'immediately')).toBe(true);

    await tell([hero.id], 'Second time lucky');
    await jobsSettled(t.http, (await admin()).auth, ['notification-email', 'send-email']);
    expect(sink.to(hero.email)).toHaveLength(1);

    // A forged or altered token changes nothing.
    const forged = await t.http.post(path.replace('named_hero', 'rewarded'));
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('unsubscribe_link_invalid');
    const bad = await t.http.put('/api/me/email-preferences').set(heroSession.auth).send({ kind: 'named_hero', mode: 'sometimes' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('mode');
    expect((await t.http.put('/api/me/email-preferences').set(heroSession.auth).send({ kind: 'named_hero', mode: 'immediately' })).status).toBe(200);
  });

  it('batches endorsements: at most one email per window, listing them', async () => {
    const hero = await createEmployee(t.dataSource, { departmentId });
    const storyId = await tell([hero.id, author.id], 'Stayed after closing');
    const endorsers = await Promise.all([
      createEmployee(t.dataSource, { departmentId, name: 'Eve Endorser' }),
      createEmployee(t.dataSource, { departmentId, name: 'Ed Endorser' }),
    ]);
    for (const e of endorsers) {
      const session = await signIn(t.http, e.email);
      expect((await t.http.post(`/api/stories/${storyId}/endorsements`).set(session.auth).send({})).status).toBeLessThan(300);
    }
    const [mail] = await sink.waitFor(1, author.email);
    expect(mail.subject).toMatch(/^Your story was endorsed \d time/);
    expect(mail.text).toMatch(/E(ve|d) Endorser endorsed “Stayed after closing”/);
    expect(rawHeader(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    await sleep(3000);
    // The window is an hour (the default): the rest waits for the next one.
    expect(sink.to(author.email).filter((m) => m.subject?.startsWith('Your story was endorsed'))).toHaveLength(1);
  });

  it('tells a hero about a reward, and an author that a moderator hid their story, with the reason', async () => {
    const hero = await createEmployee(t.dataSource, { departmentId, name: 'Rico Rewarded' });
    const storyId = await tell([hero.id], 'Fixed the order by phone');
    await sink.waitFor(1, hero.email);
    await setBudget(t.dataSource, manager.id, quarterStartOf(quarterLabel(todayIn('UTC')))!, 500);
    const reward = await t.http
      .post('/api/rewards')
      .set(managerSession.auth)
      .send({ kind: 'points', citation: 'Went the extra mile.', recipientId: hero.id, storyId, points: 50 });
    expect(reward.status).toBe(201);
    const mails = await sink.waitFor(2, hero.email);
    expect(mails[1].subject).toBe('You received a reward');
    expect(mails[1].text).toContain('Mara Manager rewarded you for “Fixed the order by phone”.');

    const hidden = await t.http.post(`/api/stories/${storyId}/hide`).set(managerSession.auth).send({ reason: 'Names a customer in full' });
    expect(hidden.status).toBe(200);
    const authorMails = await sink.waitFor(1, author.email);
    const notice =
      (await sink.waitFor(authorMails.length, author.email)).find((m) => m.subject?.includes('was hidden')) ??
      (await sink.waitFor(authorMails.length + 1, author.email)).find((m) => m.subject?.includes('was hidden'))!;
    expect(notice.subject).toBe('Your story “Fixed the order by phone” was hidden');
    expect(notice.text).toContain('The reason given: Names a customer in full');
    expect(linksIn(notice)).toContain(`http://heroics.test/stories/${storyId}`);
  });

  it('names the badge in the email of a badge reward', async () => {
    const hero = await createEmployee(t.dataSource, { departmentId, name: 'Bea Badged' });
    const badge = await t.http
      .post('/api/badges')
      .set((await admin()).auth)
      .send({ name: `Calm in the storm ${Date.now().toString(36)}`, description: 'Kept everyone steady.', icon: 'umbrella' });
    expect(badge.status).toBe(201);
    const reward = await t.http
      .post('/api/rewards')
      .set(managerSession.auth)
      .send({ kind: 'badge', badgeId: badge.body.id, points: 0, citation: 'Steady on the worst day of the sale.', recipientId: hero.id });
    expect(reward.status).toBe(201);
    const [mail] = await sink.waitFor(1, hero.email);
    expect(mail.subject).toBe(`You received the badge “${badge.body.name}”`);
    expect(mail.text).toContain(`Mara Manager rewarded you with the badge “${badge.body.name}”.`);
  });

  it('gathers a day of recognition into one daily email for someone who chose the daily digest, and nothing as it happens', async () => {
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    const hero = await createEmployee(t.dataSource, { departmentId, name: 'Dana Daily' });
    const heroSession = await signIn(t.http, hero.email);
    await t.http.put('/api/me/email-preferences').set(heroSession.auth).send({ kind: 'named_hero', mode: 'daily' }).expect(200);
    await tell([hero.id], 'Found the lost parcel');
    await tell([hero.id], 'Rebooked a missed flight');
    // No email as each story is told; the daily job (run now, as an admin can from the Jobs page) sends one for both.
    expect((await t.http.post('/api/jobs/scheduled/daily-email-digest/run').set(admin.auth)).status).toBe(202);
    const [digest] = await sink.waitFor(1, hero.email);
    expect(digest.subject).toBe('Your day on Heroics: 2 updates');
    expect(digest.text).toContain('Arlo Author named you a hero in “Found the lost parcel”.');
    expect(digest.text).toContain('Arlo Author named you a hero in “Rebooked a missed flight”.');
    expect(sink.to(hero.email)).toHaveLength(1);
  });

  it('sends the weekly manager digest: new stories, people waiting for recognition, budget left', async () => {
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    const newHire = await createEmployee(t.dataSource, {
      departmentId,
      name: 'Nell Newhire',
      hiredOn:
        todayIn('UTC')
          .replace(/^\d{4}/, (y) => String(Number(y)))
          .slice(0, 8) + '01',
    });
    expect((await t.http.post('/api/jobs/scheduled/weekly-manager-digest/run').set(admin.auth)).status).toBe(202);
    const digest = (await sink.waitFor(1, manager.email)).find((m) => m.subject?.startsWith('Your weekly Heroics digest'))!;
    expect(digest.text).toContain('Good morning, Mara Manager.');
    expect(digest.text).toContain('Walked her to the right desk');
    expect(digest.text).toContain('New hires waiting for a first recognition');
    expect(digest.text).toContain(newHire.name);
    expect(digest.text).toMatch(/Budget left in \d{4}-Q\d/);
    expect(rawHeader(digest, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect((await t.http.post('/api/jobs/scheduled/no-such-kind/run').set(admin.auth)).status).toBe(404);
    expect((await t.http.post('/api/jobs/scheduled/weekly-manager-digest/run').set(managerSession.auth)).status).toBe(403);
  });

  it('congratulates a person on a milestone anniversary, and tells their manager', async () => {
    const today = todayIn('UTC');
    // Hired on this very day some years ago, a milestone: 3 years, or on 29 February (which only leap years have) 20.
    const exists = (date: string) => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
    const years = [3, 20].find((n) => exists(`${Number(today.slice(0, 4)) - n}${today.slice(4)}`))!;
    const veteran = await createEmployee(t.dataSource, {
      departmentId,
      name: 'Vera Veteran',
      hiredOn: `${Number(today.slice(0, 4)) - years}${today.slice(4)}`,
    });
    await t.dataSource.query('UPDATE employees SET manager_id = $2 WHERE id = $1', [veteran.id, manager.id]);
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    expect((await t.http.post('/api/jobs/scheduled/anniversary-emails/run').set(admin.auth)).status).toBe(202);
    const [own] = await sink.waitFor(1, veteran.email);
    expect(own.subject).toMatch(new RegExp(`^Happy ${years} years at `));
    const forManager = await eventually(() => sink.to(manager.email).find((m) => m.subject === `Vera Veteran celebrates ${years} years today`), {
      what: "the manager's anniversary email",
    });
    expect(forManager.text).toContain('Tell a story about Vera Veteran');
  });
});
