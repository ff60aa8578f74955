import { createDepartment, createEmployee, createValue, signIn, storyBody } from '../../server/test/factories';
import { eventually } from '../../server/test/eventually';
import { startTestApp, TestApp } from '../../server/test/test-app';

/* Issue 22: a person chooses their language; a German-speaking manager's weekly digest arrives in German. */
describe('languages: the person’s choice, and email in it', () => {
  let t: TestApp;

  beforeAll(async () => {
    // No SMTP_URL: email lands in the outbox, where an admin reads it.
    t = await startTestApp({ PUBLIC_URL: 'http://heroics.test' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps the language a person chose, on /api/me, and refuses one the app does not speak, naming the field', async () => {
    const departmentId = (await createDepartment(t.dataSource)).id;
    const person = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    expect((await t.http.get('/api/me').set(person.auth)).body.language).toBeNull();

    const chosen = await t.http.put('/api/me/language').set(person.auth).send({ language: 'es' });
    expect(chosen.status).toBe(200);
    expect(chosen.body.language).toBe('es');
    expect((await t.http.get('/api/me').set(person.auth)).body.language).toBe('es');

    const refused = await t.http.put('/api/me/language').set(person.auth).send({ language: 'fr' });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('validation_failed');
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'language' })]);

    // Back to the browser's language.
    expect((await t.http.delete('/api/me/language').set(person.auth)).body.language).toBeNull();
    expect((await t.http.get('/api/me').set(person.auth)).body.language).toBeNull();
  });

  it('keeps the company default language: anyone may read it, only an admin may set it', async () => {
    const departmentId = (await createDepartment(t.dataSource)).id;
    const staff = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    expect((await t.http.get('/api/language-settings')).body).toEqual({ languages: ['en', 'es', 'de'], defaultLanguage: 'en' });
    expect((await t.http.put('/api/language-settings').set(staff.auth).send({ defaultLanguage: 'de' })).status).toBe(403);
    const refused = await t.http.put('/api/language-settings').set(admin.auth).send({ defaultLanguage: 'fr' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'defaultLanguage' })]);
    expect((await t.http.put('/api/language-settings').set(admin.auth).send({ defaultLanguage: 'es' })).body.defaultLanguage).toBe('es');
    expect((await t.http.get('/api/language-settings')).body.defaultLanguage).toBe('es');
    await t.http.put('/api/language-settings').set(admin.auth).send({ defaultLanguage: 'en' });
  });

  it('writes the weekly manager digest in German for a manager who reads German, and in English for one who chose nothing', async () => {
    const departmentId = (await createDepartment(t.dataSource, `Kundendienst ${Date.now().toString(36)}`)).id;
    const valueId = (await createValue(t.dataSource)).id;
    const german = await createEmployee(t.dataSource, { departmentId, role: 'manager', manages: [departmentId], name: 'Greta Gruber' });
    const english = await createEmployee(t.dataSource, { departmentId, role: 'manager', manages: [departmentId], name: 'Evan English' });
    const hero = await createEmployee(t.dataSource, { departmentId, name: 'Hanna Held' });
    const author = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    const greta = await signIn(t.http, german.email);
    expect((await t.http.put('/api/me/language').set(greta.auth).send({ language: 'de' })).status).toBe(200);
    const told = await t.http
      .post('/api/stories')
      .set(author.auth)
      .send(storyBody([hero.id], [valueId], { title: 'Paket am ersten Anruf gefunden' }));
    expect(told.status).toBe(201);

    expect((await t.http.post('/api/jobs/scheduled/weekly-manager-digest/run').set(admin.auth)).status).toBe(202);
    const digestFor = (email: string) =>
      eventually(async () => {
        const outbox = await t.http.get('/api/outbox').query({ to: email }).set(admin.auth);
        return (outbox.body.items as { kind: string; subject: string; text: string }[]).find((mail) => mail.kind === 'weekly_digest');
      });

    const inGerman = await digestFor(german.email);
    expect(inGerman.subject).toBe('Ihr wöchentlicher Heroics-Überblick: 1 neue Geschichte');
    expect(inGerman.text).toContain('Guten Morgen, Greta Gruber.');
    expect(inGerman.text).toContain('Neue Geschichten dieser Woche');
    expect(inGerman.text).toContain('Paket am ersten Anruf gefunden');
    expect(inGerman.text).toContain('0 Unterstützungen');
    expect(inGerman.text).toMatch(/Restbudget im \d{4}-Q\d/);
    expect(inGerman.text).not.toContain('Good morning');

    const inEnglish = await digestFor(english.email);
    expect(inEnglish.subject).toBe('Your weekly Heroics digest: 1 new story');
    expect(inEnglish.text).toContain('Good morning, Evan English.');
  });
});
