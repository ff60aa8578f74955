import { parse } from 'csv-parse/sync';
import { periodStart, todayIn } from '../../server/src/common/calendar';
import {
  clientIp,
  createBadge,
  createDepartment,
  createEmployee,
  createValue,
  signIn,
  SignedIn,
  storyBody,
  TEST_PASSWORD,
  TestEmployee,
  uniqueSuffix,
} from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

/**
 * Regressions of issue 12 that belong at the HTTP layer: bodies the validators must refuse before they recurse,
 * explicit nulls, moderation that respects who did what, notifications of hidden stories, addresses that only look
 * alike, invisible bidi controls, CSV that no spreadsheet locale runs, and answers no cache keeps. The route × role ×
 * target rows (managers on admins, on managers, on themselves) are in support/access-rules.ts.
 */
describe('robust input, moderation and unambiguous data', () => {
  let t: TestApp;
  let care: { id: string };
  let valueId: string;
  let author: TestEmployee;
  let hero: TestEmployee;
  let manager: TestEmployee;
  let as: Record<'author' | 'hero' | 'manager' | 'otherManager' | 'admin', SignedIn>;

  beforeAll(async () => {
    t = await startTestApp();
    care = await createDepartment(t.dataSource);
    valueId = (await createValue(t.dataSource)).id;
    author = await createEmployee(t.dataSource, { departmentId: care.id, hiredOn: '2019-01-01' });
    hero = await createEmployee(t.dataSource, { departmentId: care.id, hiredOn: '2019-01-01' });
    manager = await createEmployee(t.dataSource, { departmentId: care.id, role: 'manager', manages: [care.id], hiredOn: '2019-01-01' });
    const otherManager = await createEmployee(t.dataSource, { departmentId: care.id, role: 'manager', manages: [care.id] });
    const admin = await createEmployee(t.dataSource, { departmentId: care.id, role: 'admin' });
    as = {
      author: await signIn(t.http, author.email),
      hero: await signIn(t.http, hero.email),
      manager: await signIn(t.http, manager.email),
      otherManager: await signIn(t.http, otherManager.email),
      admin: await signIn(t.http, admin.email),
    };
  });
  afterAll(() => t.close());

  const tell = async (heroIds: string[], session = as.author, overrides: Record<string, unknown> = {}) =>
    (
      await t.http
        .post('/api/stories')
        .set(session.auth)
        .send(storyBody(heroIds, [valueId], overrides))
        .expect(201)
    ).body as { id: string; version: number; title: string };

  describe('bodies refused before validation', () => {
    const deep = (levels: number, open: string, close: string, leaf: string) => open.repeat(levels) + leaf + close.repeat(levels);

    // 1,200 levels: far past the limit of 32, and under the 8 KiB that routes for signed-out people accept at all
    // (a deeper body there is refused as too large, 413, before anything reads it).
    it('answers 400 naming the body to JSON nested 1,200 levels deep, signed in or not, arrays or objects', async () => {
      const bodies = [deep(1200, '[', ']', '1'), deep(1200, '{"a":', '}', '1'), `{"email":"a@b.test","password":${deep(1200, '[', ']', '"x"')}}`];
      for (const body of bodies) {
        for (const [url, session] of [
          ['/api/auth/login', undefined],
          ['/api/stories', as.author],
          ['/api/notifications/read', as.hero],
        ] as const) {
          const request = t.http.post(url).set('Content-Type', 'application/json').set('X-Forwarded-For', clientIp());
          const response = await (session ? request.set(session.auth) : request).send(body);
          expect({ url, status: response.status, type: response.headers['content-type'], field: response.body.errors?.[0]?.field }).toEqual({
            url,
            status: 400,
            type: expect.stringMatching(/^application\/problem\+json/),
            field: 'body',
          });
          expect(response.body.errors[0].message).toMatch(/deeper than 32 levels/);
        }
      }
    });

    it('still accepts a body nested as deep as the limit allows (brackets inside strings do not count)', async () => {
      const response = await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', clientIp())
        .send({ email: author.email, password: TEST_PASSWORD, extra: undefined });
      expect(response.status).toBe(200);
      const story = await tell([hero.id], as.author, { title: '[[[[{{{{ brackets in a title ]]]]}}}}'.repeat(3) });
      expect(story.title).toContain('[[[[{{{{');
    });
  });

  describe('explicit null', () => {
    const patch = (url: string, session: SignedIn, body: object) => t.http.patch(url).set(session.auth).send(body);
    const refusedNaming = async (url: string, session: SignedIn, body: Record<string, unknown>) => {
      const response = await patch(url, session, body);
      const field = Object.keys(body).find((k) => body[k] === null);
      return { field, status: response.status, named: response.body.errors?.[0]?.field, message: response.body.errors?.[0]?.message };
    };

    it('refuses null with 400 naming the field where a value cannot be cleared, on stories, employees, values and departments', async () => {
      const story = await tell([hero.id]);
      const person = await createEmployee(t.dataSource, { departmentId: care.id });
      const value = await createValue(t.dataSource);
      const department = await createDepartment(t.dataSource);
      const cases: [string, SignedIn, Record<string, unknown>][] = [
        ...['title', 'situation', 'action', 'impact', 'occurredOn', 'channel', 'resolvedWithoutHandoff', 'heroIds', 'valueIds'].map(
          (field) => [`/api/stories/${story.id}`, as.author, { version: story.version, [field]: null }] as [string, SignedIn, Record<string, unknown>],
        ),
        ...['name', 'email', 'departmentId', 'role', 'hiredOn'].map(
          (field) => [`/api/employees/${person.id}`, as.admin, { [field]: null }] as [string, SignedIn, Record<string, unknown>],
        ),
        [`/api/values/${value.id}`, as.admin, { name: null }],
        [`/api/values/${value.id}`, as.admin, { retired: null }],
        [`/api/departments/${department.id}`, as.admin, { name: null }],
        [`/api/departments/${department.id}`, as.admin, { managerIds: null }],
      ];
      for (const [url, session, body] of cases) {
        const result = await refusedNaming(url, session, body);
        expect(result).toEqual({
          field: result.field,
          status: 400,
          named: result.field,
          message: `${result.field} cannot be null; leave it out to keep it as it is`,
        });
      }
    });

    it('clears a clearable field with null: a story’s quote, a job title, a reporting line, a value’s description', async () => {
      const story = await tell([hero.id]);
      const cleared = await patch(`/api/stories/${story.id}`, as.author, { version: story.version, customerQuote: null });
      expect([cleared.status, cleared.body.customerQuote]).toEqual([200, null]);
      const person = await createEmployee(t.dataSource, { departmentId: care.id });
      await patch(`/api/employees/${person.id}`, as.admin, { managerId: manager.id }).expect(200);
      const edited = await patch(`/api/employees/${person.id}`, as.admin, { jobTitle: null, managerId: null });
      expect([edited.status, edited.body.jobTitle, edited.body.manager]).toEqual([200, '', null]);
      const value = (
        await t.http
          .post('/api/values')
          .set(as.admin.auth)
          .send({ name: `Value ${uniqueSuffix()}`, description: 'Says what it means' })
          .expect(201)
      ).body;
      const described = await patch(`/api/values/${value.id}`, as.admin, { description: null });
      expect([described.status, described.body.description]).toEqual([200, '']);
    });
  });

  describe('ids in any case', () => {
    it('reads an upper-case id in a body as the same person, so a story names its hero once', async () => {
      const story = await tell([hero.id.toUpperCase()]);
      expect((await t.http.get(`/api/stories/${story.id.toUpperCase()}`).set(as.author.auth).expect(200)).body.heroes.map((h: { id: string }) => h.id)).toEqual(
        [hero.id],
      );
      const twice = await t.http
        .post('/api/stories')
        .set(as.author.auth)
        .send(storyBody([hero.id, hero.id.toUpperCase()], [valueId]));
      expect([twice.status, twice.body.errors?.[0]?.field]).toEqual([400, 'heroIds']);
    });

    it('does not let a hero endorse their own story by spelling its id in upper case', async () => {
      const story = await tell([hero.id]);
      const upper = await t.http.post(`/api/stories/${story.id.toUpperCase()}/endorsements`).set(as.hero.auth).send({});
      const lower = await t.http.post(`/api/stories/${story.id}/endorsements`).set(as.hero.auth).send({});
      expect([upper.status, upper.body.code]).toEqual([lower.status, lower.body.code]);
      expect(upper.status).toBe(422);
    });
  });

  describe('moderation', () => {
    it('keeps a story an admin hid hidden until an admin brings it back', async () => {
      const story = await tell([hero.id]);
      await t.http.post(`/api/stories/${story.id}/hide`).set(as.admin.auth).send({ reason: 'Names a customer.' }).expect(200);
      const byManager = await t.http.post(`/api/stories/${story.id}/unhide`).set(as.manager.auth);
      expect([byManager.status, byManager.body.code, byManager.body.detail]).toEqual([
        403,
        'hidden_by_admin',
        'An admin hid this story; only an admin can bring it back.',
      ]);
      expect((await t.http.get(`/api/stories/${story.id}`).set(as.admin.auth)).body.status).toBe('hidden');
      await t.http.post(`/api/stories/${story.id}/unhide`).set(as.admin.auth).expect(200);
      // A manager's own hiding, another manager may still undo.
      await t.http.post(`/api/stories/${story.id}/hide`).set(as.otherManager.auth).send({ reason: 'Check the facts.' }).expect(200);
      await t.http.post(`/api/stories/${story.id}/unhide`).set(as.manager.auth).expect(200);
    });

    it('does not let a manager feature a story they are a hero of; a colleague may', async () => {
      const story = await tell([manager.id, hero.id]);
      const own = await t.http.post(`/api/stories/${story.id}/feature`).set(as.manager.auth);
      expect([own.status, own.body.code]).toEqual([403, 'own_story_feature']);
      expect((await t.http.get(`/api/stories/${story.id}`).set(as.manager.auth)).body.featured).toBe(false);
      expect((await t.http.post(`/api/stories/${story.id}/feature`).set(as.otherManager.auth).expect(200)).body.featured).toBe(true);
    });

    it('locks the heroes of a rewarded story, so the author cannot swap themself in beside the reward', async () => {
      const story = await tell([hero.id]);
      await t.http
        .post('/api/rewards')
        .set(as.manager.auth)
        .send({ recipientId: hero.id, storyId: story.id, kind: 'badge', badgeId: (await createBadge(t.dataSource)).id, citation: 'Traced it' })
        .expect(201);
      const swap = await t.http
        .patch(`/api/stories/${story.id}`)
        .set(as.author.auth)
        .send({ version: story.version, heroIds: [author.id] });
      expect([swap.status, swap.body.code, swap.body.errors?.[0]?.field]).toEqual([409, 'heroes_locked', 'heroIds']);
      expect(swap.body.detail).toMatch(/rewarded .* heroes can no longer change/);
      const after = (await t.http.get(`/api/stories/${story.id}`).set(as.author.auth)).body;
      expect([after.rewarded, after.heroes.map((h: { id: string }) => h.id)]).toEqual([true, [hero.id]]);
      // The text may still be fixed, and the same heroes in another order are no change.
      const retitled = await t.http
        .patch(`/api/stories/${story.id}`)
        .set(as.author.auth)
        .send({ version: story.version, title: 'Traced the parcel', heroIds: [hero.id] });
      expect([retitled.status, retitled.body.title]).toEqual([200, 'Traced the parcel']);
    });

    it('lets a manager name the champion of this period or the last, and only an admin an earlier one', async () => {
      const department = await createDepartment(t.dataSource);
      const lead = await createEmployee(t.dataSource, { departmentId: department.id, role: 'manager', manages: [department.id] });
      const [a, b] = await Promise.all([0, 1].map(() => createEmployee(t.dataSource, { departmentId: department.id, hiredOn: '2018-01-01' })));
      const leadSession = await signIn(t.http, lead.email);
      const champion = (session: SignedIn, recipientId: string, start: string) =>
        t.http
          .post('/api/rewards')
          .set(session.auth)
          .send({ recipientId, kind: 'champion', championPeriod: 'month', periodStart: start, citation: 'Champion' });
      const backDated = await champion(leadSession, a.id, '2019-03-01');
      expect([backDated.status, backDated.body.code, backDated.body.errors?.[0]?.field]).toEqual([403, 'period_too_old', 'periodStart']);
      const thisMonth = periodStart('month', todayIn('UTC'));
      expect((await champion(leadSession, a.id, addMonth(thisMonth, -2))).status).toBe(403);
      expect((await champion(leadSession, a.id, addMonth(thisMonth, -1))).status).toBe(201);
      expect((await champion(leadSession, b.id, periodStart('month', todayIn('UTC')))).status).toBe(201);
      expect((await champion(as.admin, b.id, '2019-03-01')).status).toBe(201);
    });
  });

  it('stops showing a hero the title of a story that was hidden after they were named in it', async () => {
    const story = await tell([hero.id], as.author, { title: `Secret title ${uniqueSuffix()}` });
    const mine = async () =>
      (
        (await t.http.get('/api/notifications').set(as.hero.auth).expect(200)).body.items as { message: string; story: { id: string; title: string } | null }[]
      ).filter((n) => JSON.stringify(n).includes(story.title) || n.story?.id === story.id);
    expect((await mine()).length).toBe(1);
    await t.http.post(`/api/stories/${story.id}/hide`).set(as.manager.auth).send({ reason: 'Names a customer.' }).expect(200);
    expect(await mine()).toEqual([]);
    const latest = (await t.http.get('/api/notifications').set(as.hero.auth)).body.items[0];
    expect([latest.message, latest.story]).toEqual([expect.stringContaining('named you a hero in a story'), null]);
  });

  describe('emails that only look alike', () => {
    const create = (email: string, name = 'New Person') =>
      t.http.post('/api/employees').set(as.admin.auth).send({ name, email, departmentId: care.id, hiredOn: '2024-01-02' });

    it('refuses Cyrillic, Armenian and accented lookalikes of an existing address, and reads full-width letters as the address itself', async () => {
      const suffix = uniqueSuffix();
      await create(`sofia.${suffix}@heroics.test`).expect(201);
      await create(`julia.${suffix}@heroics.test`).expect(201);
      await create(`jose.${suffix}@heroics.test`).expect(201);
      const cases = [
        [`\u0455ofia.${suffix}@heroics.test`, 'email_lookalike'], // Cyrillic dze
        [`j\u057Dlia.${suffix}@heroics.test`, 'email_lookalike'], // Armenian seh
        [`jose\u0301.${suffix}@heroics.test`, 'email_lookalike'], // combining acute accent
        [`ＳＯＦＩＡ.${suffix}@heroics.test`, 'email_taken'], // full-width letters
      ];
      for (const [email, code] of cases) {
        const response = await create(email);
        expect({ email, status: response.status, code: response.body.code, field: response.body.errors?.[0]?.field }).toEqual({
          email,
          status: 409,
          code,
          field: 'email',
        });
      }
      const rows = await t.dataSource.query(`SELECT email FROM employees WHERE email LIKE $1`, [`%${suffix}@heroics.test`]);
      expect(rows).toHaveLength(3);
      // A genuinely different address in another script is welcome.
      expect((await create(`zoë.${suffix}@heroics.test`)).status).toBe(201);
    });

    it('refuses a lookalike on edit and in a roster import, and signs in with a full-width spelling of the address', async () => {
      const suffix = uniqueSuffix();
      const original = (await create(`paul.${suffix}@heroics.test`).expect(201)).body;
      const other = (await create(`other.${suffix}@heroics.test`).expect(201)).body;
      const edit = await t.http
        .patch(`/api/employees/${other.id}`)
        .set(as.admin.auth)
        .send({ email: `\u0440aul.${suffix}@heroics.test` });
      expect([edit.status, edit.body.code]).toEqual([409, 'email_lookalike']);
      const csv = `name,email,department,hiredOn\nLook Alike,\u0440aul.${suffix}@heroics.test,${(await t.http.get(`/api/departments/${care.id}`).set(as.admin.auth)).body.name},2024-01-01\n`;
      const dryRun = await t.http.post('/api/employees/import').set(as.admin.auth).set('Content-Type', 'text/csv').send(csv);
      expect(dryRun.body.errors).toEqual([
        expect.objectContaining({ row: 2, field: 'email', message: expect.stringContaining(`looks like paul.${suffix}@heroics.test`) }),
      ]);
      expect(original.email).toBe(`paul.${suffix}@heroics.test`);
      const person = await createEmployee(t.dataSource, { departmentId: care.id });
      const wide = person.email.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x61 + 0xff41));
      const login = await t.http.post('/api/auth/login').set('X-Forwarded-For', clientIp()).send({ email: wide, password: TEST_PASSWORD });
      expect(login.status).toBe(200);
    });
  });

  it('removes right-to-left overrides and other bidi controls from titles, names and every free-text field', async () => {
    const story = await tell([hero.id], as.author, {
      title: 'Refund \u202Edevorppa\u202C',
      impact: '\u2067It ended well\u2069',
      customerQuote: '\u202BThanks\u202C',
    });
    expect([story.title, (story as unknown as { impact: string }).impact, (story as unknown as { customerQuote: string }).customerQuote]).toEqual([
      'Refund devorppa',
      'It ended well',
      'Thanks',
    ]);
    const person = (
      await t.http
        .post('/api/employees')
        .set(as.admin.auth)
        .send({
          name: 'Ada \u202ELovelace',
          jobTitle: '\u2066Lead\u2069',
          email: `ada.${uniqueSuffix()}@heroics.test`,
          departmentId: care.id,
          hiredOn: '2024-01-02',
        })
        .expect(201)
    ).body;
    expect([person.name, person.jobTitle]).toEqual(['Ada Lovelace', 'Lead']);
    const [row] = await t.dataSource.query(`SELECT title FROM stories WHERE id = $1`, [story.id]);
    expect(row.title).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('writes CSV that no spreadsheet locale runs: semicolons and tabs quoted, a formula after a separator neutralised', async () => {
    const person = await createEmployee(t.dataSource, { departmentId: care.id });
    await t.http.patch(`/api/employees/${person.id}`).set(as.admin.auth).send({ jobTitle: 'Lead;=1+1', name: 'Tab\tName' }).expect(200);
    const csv = (await t.http.get('/api/employees/export').set(as.admin.auth).expect(200)).text;
    const line = csv.split('\r\n').find((l) => l.includes(person.email))!;
    expect(line).toContain(`"Lead;'=1+1"`);
    expect(line).toContain('"Tab\tName"');
    const record = (parse(csv, { columns: true }) as Record<string, string>[]).find((r) => r.email === person.email)!;
    for (const part of record.title.split(/[;,\t]/)) expect(part).not.toMatch(/^[=+\-@]/);
  });

  it('marks every answer to a signed-in request no-store, errors included, and leaves public ones alone', async () => {
    for (const url of ['/api/me', '/api/feed', '/api/notifications', `/api/employees/${author.id}`, '/api/stories/00000000-0000-4000-8000-000000000000']) {
      const response = await t.http.get(url).set(as.author.auth);
      expect({ url, cacheControl: response.headers['cache-control'] }).toEqual({ url, cacheControl: 'no-store' });
    }
    expect((await t.http.get('/api/employees/export').set(as.admin.auth)).headers['cache-control']).toBe('no-store');
    expect((await t.http.get('/api/health')).headers['cache-control']).not.toBe('no-store');
  });
});

function addMonth(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}
