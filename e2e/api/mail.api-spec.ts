import { createDepartment, createEmployee, refreshCookieOf, signIn, SignedIn, TEST_PASSWORD, TestEmployee } from '../../server/test/factories';
import { linksIn, rawHeader, SmtpSink, startSilentServer, startSmtpSink } from '../../server/test/smtp-sink';
import { jobsSettled } from '../../server/test/jobs-settled';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

describe('email through a real SMTP server: invitations and password reset', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let database: TestDatabase;
  let departmentId: string;
  let admin: SignedIn;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // A database of its own: "invite everyone not yet invited" invites the whole company, and other specs add
    // thousands of people without a password (the 10,000-row import) to the shared one.
    database = await createSiblingDatabase('mail_invitations');
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_URL: 'http://heroics.test', COMPANY_NAME: 'Northwind' }, {}, database.url);
    departmentId = (await createDepartment(t.dataSource)).id;
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
    await database.dispose();
  });

  it('emails an invitation whose link opens the invitation and sets a password; a re-invite replaces it', async () => {
    const person = await createEmployee(t.dataSource, { departmentId, withPassword: false, name: 'Ines Invited' });
    expect((await t.http.post(`/api/employees/${person.id}/invitations`).set(admin.auth)).status).toBe(201);
    const [first] = await sink.waitFor(1, person.email);
    expect(first.subject).toBe('You are invited to Northwind on Heroics');
    expect(first.text).toContain('Welcome, Ines Invited');
    expect(first.html).toContain('Set my password');
    expect(first.html).toContain('lang="en"');
    // Transactional: no unsubscribe headers.
    expect(rawHeader(first, 'list-unsubscribe')).toBeUndefined();
    const link = linksIn(first).find((l) => l.includes('/invite/'))!;
    expect(link).toMatch(/^http:\/\/heroics\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(first.html).toContain(`href="${link}"`);

    expect((await t.http.post(`/api/employees/${person.id}/invitations`).set(admin.auth)).status).toBe(201);
    const [, second] = await sink.waitFor(2, person.email);
    const newer = linksIn(second).find((l) => l.includes('/invite/'))!;
    const tokenOf = (url: string) => url.split('/invite/')[1];
    expect((await t.http.get(`/api/invitations/${tokenOf(link)}`)).status).toBe(410);
    const opened = await t.http.get(`/api/invitations/${tokenOf(newer)}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ employeeName: 'Ines Invited', email: person.email });
    expect((await t.http.post(`/api/invitations/${tokenOf(newer)}/accept`).send({ password: 'a fresh long passphrase' })).status).toBe(204);
    await signIn(t.http, person.email, 'a fresh long passphrase');
  });

  it('invites everyone not yet invited in one go, and after an import when asked to', async () => {
    const waiting = await createEmployee(t.dataSource, { departmentId, withPassword: false });
    const csv = [
      'name,email,department,role,jobTitle,managerEmail,hiredOn,leftOn,leaveReason',
      `Ada Import,ada.${Date.now()}@example.com,${(await t.dataSource.query('SELECT name FROM departments WHERE id = $1', [departmentId]))[0].name},staff,Agent,,2024-01-02,,`,
    ].join('\n');
    const imported = await t.http.post('/api/employees/import?apply=true&invite=true').set(admin.auth).set('Content-Type', 'text/csv').send(csv);
    expect(imported.status).toBe(200);
    expect(imported.body.invited).toBeGreaterThanOrEqual(2);
    await sink.waitFor(1, waiting.email);
    const ada = csv.split('\n')[1].split(',')[1];
    const [adaMail] = await sink.waitFor(1, ada);
    expect(adaMail.subject).toContain('invited');

    // Everyone is invited now: a second bulk run invites nobody and sends nothing.
    const again = await t.http.post('/api/invitations/bulk').set(admin.auth);
    expect(again.status).toBe(200);
    expect(again.body.invited).toBe(0);
    await jobsSettled(t.http, admin.auth, ['send-email']);
    expect(sink.to(waiting.email)).toHaveLength(1);
  });

  it('resets a forgotten password from the email: same answer for unknown addresses, single use, other sessions end', async () => {
    const person = await createEmployee(t.dataSource, { departmentId, name: 'Rosa Reset' });
    const session = await signIn(t.http, person.email);
    const known = await t.http.post('/api/password-resets').set('X-Forwarded-For', '10.77.0.1').send({ email: person.email.toUpperCase() });
    const unknown = await t.http.post('/api/password-resets').set('X-Forwarded-For', '10.77.0.1').send({ email: 'nobody-here@example.com' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);

    const [mail] = await sink.waitFor(1, person.email);
    expect(mail.subject).toBe('Reset your Heroics password');
    expect(mail.html).toContain('Choose a new password');
    const link = linksIn(mail).find((l) => l.includes('/reset-password'))!;
    // The token travels in the fragment: browsers never send it to the server, so no request log can hold it.
    expect(link).toMatch(/^http:\/\/heroics\.test\/reset-password#token=[A-Za-z0-9_-]{43}$/);
    const token = link.split('#token=')[1];
    const stored = await t.dataSource.query('SELECT token_hash FROM password_reset_tokens WHERE employee_id = $1', [person.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);
    expect(JSON.stringify(await t.dataSource.query(`SELECT data FROM "${t.config.jobs.schema}".job`))).not.toContain(token);

    expect((await t.http.post('/api/password-resets/complete').send({ token, password: 'short' })).status).toBe(400);
    expect((await t.http.post('/api/password-resets/complete').send({ token, password: 'my brand new passphrase' })).status).toBe(204);
    // The old session is over, the old password too; the new one works.
    expect((await t.http.post('/api/auth/refresh').set('Cookie', session.refreshCookie)).status).toBe(401);
    expect((await t.http.post('/api/auth/login').set('X-Forwarded-For', '10.77.0.2').send({ email: person.email, password: TEST_PASSWORD })).status).toBe(401);
    const fresh = await t.http.post('/api/auth/login').set('X-Forwarded-For', '10.77.0.2').send({ email: person.email, password: 'my brand new passphrase' });
    expect(fresh.status).toBe(200);
    expect(refreshCookieOf(fresh)).toBeTruthy();

    const reused = await t.http.post('/api/password-resets/complete').send({ token, password: 'another new passphrase' });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('reset_link_invalid');
    expect(reused.body.detail).toContain('expired or was already used');
  });

  it('limits reset requests per address and per client', async () => {
    const person = await createEmployee(t.dataSource, { departmentId });
    const ask = (ip: string, email = person.email) => t.http.post('/api/password-resets').set('X-Forwarded-For', ip).send({ email });
    for (let i = 0; i < 3; i += 1) expect((await ask(`10.78.0.${i + 1}`)).status).toBe(202);
    const limited = await ask('10.78.0.9');
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('too_many_reset_requests');
    for (let i = 0; i < 20; i += 1) expect((await ask('10.79.0.1', `someone-${i}@example.com`)).status).toBe(202);
    expect((await ask('10.79.0.1', 'someone-else@example.com')).status).toBe(429);
    await sink.waitFor(3, person.email);
  });
});

/** A new department with an admin and a person without a password, and the person's invitation asked for. */
async function inviteSomeone(t: TestApp): Promise<{ admin: SignedIn; person: TestEmployee }> {
  const departmentId = (await createDepartment(t.dataSource)).id;
  const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
  const person = await createEmployee(t.dataSource, { departmentId, withPassword: false });
  expect((await t.http.post(`/api/employees/${person.id}/invitations`).set(admin.auth)).status).toBe(201);
  return { admin, person };
}

/** The dead letters the Jobs page lists, once there is one (within a minute). */
const deadLetters = (t: TestApp, admin: SignedIn, what: string) =>
  until(
    what,
    async () => {
      const page = await t.http.get('/api/jobs/failed').set(admin.auth);
      return page.body.items?.length ? page.body.items : undefined;
    },
    60_000,
  );

describe('when the mail server refuses or hangs', () => {
  it('retries a temporary refusal with backoff, dead-letters it, keeps answering, and a retry from the Jobs page sends it once', async () => {
    const sink = await startSmtpSink('refuse-temporarily');
    const t = await startTestApp({ SMTP_URL: sink.url, JOB_RETRY_LIMIT: '2', JOB_RETRY_DELAY_SECONDS: '1' });
    try {
      const { admin, person } = await inviteSomeone(t);

      const failed = await deadLetters(t, admin, 'the job to be dead-lettered');
      expect(sink.attempts).toBe(3);
      expect(failed[0]).toMatchObject({ kind: 'send-email', retries: 2 });
      expect(failed[0].error).toContain('451');
      const summary = await t.http.get('/api/jobs').set(admin.auth);
      expect(summary.body.kinds.find((k: { kind: string }) => k.kind === 'send-email')).toMatchObject({ failed: 1, queued: 0, active: 0 });
      expect((await t.http.get('/api/health')).status).toBe(200);

      sink.mode = 'accept';
      expect((await t.http.post(`/api/jobs/failed/${failed[0].id}/retry`).set(admin.auth)).status).toBe(204);
      await sink.waitFor(1, person.email);
      await jobsSettled(t.http, admin.auth, ['send-email']);
      expect(sink.to(person.email)).toHaveLength(1);
      expect((await t.http.get('/api/jobs/failed').set(admin.auth)).body.items).toHaveLength(0);
      expect((await t.http.post(`/api/jobs/failed/${failed[0].id}/retry`).set(admin.auth)).status).toBe(404);
    } finally {
      await t.close();
      await sink.close();
    }
  }, 90_000);

  it('works emails side by side, and a refusal retries only the email refused: the others are sent once', async () => {
    const sink = await startSmtpSink();
    const t = await startTestApp({ SMTP_URL: sink.url, JOB_RETRY_LIMIT: '1', JOB_RETRY_DELAY_SECONDS: '1' });
    try {
      const departmentId = (await createDepartment(t.dataSource)).id;
      const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
      const people = await Promise.all(Array.from({ length: 12 }, () => createEmployee(t.dataSource, { departmentId, withPassword: false })));
      const busy = people[5].email.toLowerCase();
      sink.busyAddresses.add(busy);
      // Enqueued together, so one poll of the queue takes several of them into one batch.
      await Promise.all(people.map(async (p) => expect((await t.http.post(`/api/employees/${p.id}/invitations`).set(admin.auth)).status).toBe(201)));

      const failed = await deadLetters(t, admin, 'the refused email to be dead-lettered');
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({ kind: 'send-email', retries: 1 });
      expect(failed[0].error).toContain('451');
      expect(sink.attemptsTo(busy)).toBe(2);
      for (const person of people.filter((p) => p.email.toLowerCase() !== busy))
        expect({ to: person.email, got: sink.to(person.email).length }).toEqual({ to: person.email, got: 1 });
    } finally {
      await t.close();
      await sink.close();
    }
  }, 90_000);

  it('gives up on a server that never answers (timeouts), and the admin can discard the dead letter', async () => {
    const silent = await startSilentServer();
    const t = await startTestApp({ SMTP_URL: silent.url, SMTP_TIMEOUT_MS: '300', JOB_RETRY_LIMIT: '1', JOB_RETRY_DELAY_SECONDS: '1' });
    try {
      const { admin } = await inviteSomeone(t);
      const failed = await deadLetters(t, admin, 'the job to be dead-lettered');
      expect(failed[0].error.toLowerCase()).toMatch(/timeout|timed out|greeting/);
      expect((await t.http.get('/api/health')).status).toBe(200);
      expect((await t.http.delete(`/api/jobs/failed/${failed[0].id}`).set(admin.auth)).status).toBe(204);
      expect((await t.http.get('/api/jobs/failed').set(admin.auth)).body.items).toHaveLength(0);
    } finally {
      await t.close();
      await silent.close();
    }
  }, 90_000);

  it('marks an address the server refuses for good on the person, visible to admins, and does not retry it', async () => {
    const sink = await startSmtpSink('refuse-permanently');
    const t = await startTestApp({ SMTP_URL: sink.url, JOB_RETRY_LIMIT: '3', JOB_RETRY_DELAY_SECONDS: '1' });
    try {
      const { admin, person } = await inviteSomeone(t);
      const refused = await until('the refusal to be recorded', async () => {
        const body = (await t.http.get(`/api/employees/${person.id}`).set(admin.auth)).body;
        return body.emailRefused ? body.emailRefused : undefined;
      });
      expect(refused).toContain('550');
      await jobsSettled(t.http, admin.auth, ['send-email']);
      expect(sink.attempts).toBe(1);
      expect((await t.http.get('/api/jobs/failed').set(admin.auth)).body.items).toHaveLength(0);
      // A new address is a fresh start.
      const patched = await t.http
        .patch(`/api/employees/${person.id}`)
        .set(admin.auth)
        .send({ email: `fixed.${Date.now()}@example.com` });
      expect(patched.status).toBe(200);
      expect((await t.http.get(`/api/employees/${person.id}`).set(admin.auth)).body.emailRefused).toBeNull();
    } finally {
      await t.close();
      await sink.close();
    }
  }, 60_000);
});

describe('the outbox, when there is no SMTP_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('keeps every email for admins to read: recipient, subject, HTML and text, working links', async () => {
    const departmentId = (await createDepartment(t.dataSource)).id;
    const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    const staff = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId })).email);
    const person = await createEmployee(t.dataSource, { departmentId, withPassword: false, name: 'Otto Outbox' });
    expect((await t.http.post(`/api/employees/${person.id}/invitations`).set(admin.auth)).status).toBe(201);
    const message = await until('the outbox to hold the invitation', async () => {
      const page = await t.http.get('/api/outbox').query({ to: person.email }).set(admin.auth);
      return page.body.items?.[0];
    });
    expect(message).toMatchObject({ kind: 'invitation', to: person.email, subject: expect.stringContaining('invited') });
    expect(message.text).toContain('Welcome, Otto Outbox');
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(message.html)![1];
    expect((await t.http.get(`/api/invitations/${token}`)).body.employeeName).toBe('Otto Outbox');
    expect((await t.http.get('/api/outbox').set(admin.auth)).body.delivering).toBe(false);
    expect((await t.http.get('/api/outbox').set(staff.auth)).status).toBe(403);
    expect((await t.http.get('/api/jobs').set(staff.auth)).status).toBe(403);
  });
});
