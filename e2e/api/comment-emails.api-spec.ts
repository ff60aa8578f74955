import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { jobsSettled } from '../../server/test/jobs-settled';
import { linksIn, SmtpSink, startSmtpSink } from '../../server/test/smtp-sink';
import { startTestApp, TestApp } from '../../server/test/test-app';

/** A mention is news for the person mentioned: an email of its kind ("Mentions"), which they can turn off. Other comment news stays in the bell. */
describe('comment emails', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let departmentId: string;
  let valueId: string;
  let author: TestEmployee;
  let authorSession: SignedIn;
  let writer: TestEmployee;
  let writerSession: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, PUBLIC_URL: 'http://heroics.test' });
    departmentId = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    author = await createEmployee(t.dataSource, { departmentId, name: 'Arlo Author' });
    authorSession = await signIn(t.http, author.email);
    writer = await createEmployee(t.dataSource, { departmentId, name: 'Wren Writer' });
    writerSession = await signIn(t.http, writer.email);
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const tell = async (heroIds: string[], title: string) =>
    (
      await t.http
        .post('/api/stories')
        .set(authorSession.auth)
        .send(storyBody(heroIds, [valueId], { title }))
        .expect(201)
    ).body.id as string;

  it('emails a mentioned person once per comment with the way to it, and nothing once they turn mentions off', async () => {
    const hero = await createEmployee(t.dataSource, { departmentId, name: 'Hana Hero' });
    const mentioned = await createEmployee(t.dataSource, { departmentId, name: 'Milo Mentioned' });
    const storyId = await tell([hero.id], 'Kept the lights on');
    await sink.waitFor(1, hero.email);
    await t.http
      .post(`/api/stories/${storyId}/comments`)
      .set(writerSession.auth)
      .send({ body: `Look @{${mentioned.id}}, and again @{${mentioned.id}}!` })
      .expect(201);
    const [mail] = await sink.waitFor(1, mentioned.email);
    expect(mail.subject).toBe('Wren Writer mentioned you in a comment');
    expect(mail.text).toContain('Wren Writer mentioned you in a comment on “Kept the lights on”.');
    expect(linksIn(mail)).toContain(`http://heroics.test/stories/${storyId}`);

    const mentionedSession = await signIn(t.http, mentioned.email);
    const preferences = (await t.http.get('/api/me/email-preferences').set(mentionedSession.auth).expect(200)).body.preferences as {
      kind: string;
      mode: string;
    }[];
    expect(preferences.find((p) => p.kind === 'mentions')?.mode).toBe('immediately');
    await t.http.put('/api/me/email-preferences').set(mentionedSession.auth).send({ kind: 'mentions', mode: 'never' }).expect(200);
    await t.http
      .post(`/api/stories/${storyId}/comments`)
      .set(writerSession.auth)
      .send({ body: `One more, @{${mentioned.id}}.` })
      .expect(201);
    await jobsSettled(t.http, admin.auth, ['notification-email', 'send-email']);
    expect(sink.to(mentioned.email)).toHaveLength(1);
    // The author and the hero were told of the comments in the bell only (the hero's one email is being named).
    expect(sink.to(hero.email)).toHaveLength(1);
    expect(sink.to(author.email)).toHaveLength(0);
  });

  it('sends the author one email when a story is hidden, though the bell tells them too', async () => {
    const hero = await createEmployee(t.dataSource, { departmentId });
    const storyId = await tell([hero.id], 'Named the customer');
    await t.http.post(`/api/stories/${storyId}/hide`).set(admin.auth).send({ reason: 'Names a customer in full' }).expect(200);
    await sink.waitFor(1, author.email);
    await jobsSettled(t.http, admin.auth, ['notification-email', 'story-hidden-email', 'send-email']);
    const hidden = sink.to(author.email).filter((m) => m.subject === 'Your story “Named the customer” was hidden');
    expect(hidden).toHaveLength(1);
  });
});
