import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

interface Comment {
  id: string;
  parentId: string | null;
  author: { id: string; name: string };
  body: string | null;
  mentions: { id: string; name: string }[];
  thanksCount: number;
  thankedByMe: boolean;
  canThank: boolean;
  canEdit: boolean;
  canDelete: boolean;
  deleted: boolean;
  editedAt: string | null;
  replies: Comment[];
}

interface Notification {
  kind: string;
  message: string;
  story: { id: string } | null;
  actor: { id: string } | null;
}

/** Comments are their own thing: anyone comments without endorsing; the story's people reply and say thanks; @mentions tell the person. */
describe('comments', () => {
  let t: TestApp;
  let departmentId: string;
  let valueId: string;
  let authorEmployee: TestEmployee;
  let heroEmployee: TestEmployee;
  let author: SignedIn;
  let hero: SignedIn;

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '10' });
    departmentId = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    authorEmployee = await createEmployee(t.dataSource, { departmentId });
    heroEmployee = await createEmployee(t.dataSource, { departmentId });
    author = await signIn(t.http, authorEmployee.email);
    hero = await signIn(t.http, heroEmployee.email);
  });
  afterAll(() => t.close());

  const newStory = async () =>
    (
      await t.http
        .post('/api/stories')
        .set(author.auth)
        .send(storyBody([heroEmployee.id], [valueId]))
        .expect(201)
    ).body as { id: string };
  const person = async (options: { role?: 'staff' | 'manager' | 'admin'; manages?: string[]; departmentId?: string } = {}) => {
    const employee = await createEmployee(t.dataSource, { departmentId, ...options });
    return { employee, session: await signIn(t.http, employee.email) };
  };
  const comment = (session: SignedIn, storyId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/stories/${storyId}/comments`).set(session.auth).send(body);
  const thread = async (session: SignedIn, storyId: string, query: Record<string, string> = {}) =>
    (await t.http.get(`/api/stories/${storyId}/comments`).query(query).set(session.auth).expect(200)).body as { items: Comment[]; nextCursor: string | null };
  const inbox = async (session: SignedIn) => (await t.http.get('/api/notifications').set(session.auth).expect(200)).body.items as Notification[];
  const about = (items: Notification[], storyId: string, kind: string) => items.filter((n) => n.kind === kind && n.story?.id === storyId);
  const commentCount = async (session: SignedIn, storyId: string) =>
    (await t.http.get(`/api/stories/${storyId}`).set(session.auth).expect(200)).body.commentCount;

  it('lets anyone comment without endorsing, tells the author and the heroes (not the writer), and counts it on the story', async () => {
    const story = await newStory();
    const { employee, session: reader } = await person();
    const created = await comment(reader, story.id, { body: '  What a save!  ' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      body: 'What a save!',
      author: { id: employee.id },
      parentId: null,
      canEdit: true,
      canDelete: true,
      canThank: false,
      replies: [],
    });
    expect((await t.http.get(`/api/stories/${story.id}`).set(reader.auth)).body).toMatchObject({ endorsedByMe: false, endorsementCount: 0, commentCount: 1 });
    for (const session of [author, hero]) {
      const told = about(await inbox(session), story.id, 'story_commented');
      expect(told.map((n) => [n.actor?.id, n.message])).toEqual([[employee.id, `${employee.name} commented on “Found the parcel on the first call”.`]]);
    }
    // The hero comments too: the author is told, the hero is not told of their own comment.
    await comment(hero, story.id, { body: 'Thank you all.' }).expect(201);
    expect(about(await inbox(hero), story.id, 'story_commented')).toHaveLength(1);
    expect(about(await inbox(author), story.id, 'story_commented')).toHaveLength(2);
    expect((await thread(reader, story.id)).items.map((c) => c.body)).toEqual(['What a save!', 'Thank you all.']);
  });

  it('takes replies one level deep from the hero and the author, and a reply tells the one replied to', async () => {
    const story = await newStory();
    const { employee, session: reader } = await person();
    const first = (await comment(reader, story.id, { body: 'How did you find the parcel?' }).expect(201)).body as Comment;
    const byHero = await comment(hero, story.id, { body: 'I called the depot.', parentId: first.id });
    expect([byHero.status, byHero.body.parentId]).toEqual([201, first.id]);
    await comment(author, story.id, { body: 'And I drove there.', parentId: first.id }).expect(201);
    const deeper = await comment(reader, story.id, { body: 'Nested?', parentId: byHero.body.id });
    expect([deeper.status, deeper.body.code, deeper.body.errors[0].field]).toEqual([422, 'unknown_parent', 'parentId']);
    const elsewhere = await newStory();
    expect((await comment(reader, elsewhere.id, { body: 'Wrong story', parentId: first.id })).status).toBe(422);
    const page = await thread(reader, story.id);
    expect(page.items.map((c) => [c.body, c.replies.map((r) => [r.author.id, r.body])])).toEqual([
      [
        'How did you find the parcel?',
        [
          [heroEmployee.id, 'I called the depot.'],
          [authorEmployee.id, 'And I drove there.'],
        ],
      ],
    ]);
    expect(about(await inbox(reader), story.id, 'story_commented').length).toBe(2);
    expect(employee.id).toBe(page.items[0].author.id);
  });

  it('refuses an empty or too long comment, naming the field, and comments on a hidden story', async () => {
    const story = await newStory();
    const { session: reader } = await person();
    const empty = await comment(reader, story.id, { body: '   ' });
    expect([empty.status, empty.body.errors[0].field]).toEqual([400, 'body']);
    const long = await comment(reader, story.id, { body: 'x'.repeat(1001) });
    expect([long.status, long.body.errors[0].field]).toEqual([400, 'body']);
    await comment(reader, story.id, { body: 'x'.repeat(1000) }).expect(201);
    const { session: admin } = await person({ role: 'admin' });
    await t.http.post(`/api/stories/${story.id}/hide`).set(admin.auth).send({ reason: 'Customer named' }).expect(200);
    expect((await comment(admin, story.id, { body: 'Hidden?' })).body.code).toBe('story_hidden');
    expect((await comment(reader, story.id, { body: 'Hidden?' })).status).toBe(404);
  });

  it('lets the hero and the author say thanks once each, not others, not for their own comment; and take it back', async () => {
    const story = await newStory();
    const { session: reader } = await person();
    const { session: bystander } = await person();
    const c = (await comment(reader, story.id, { body: 'Legend.' }).expect(201)).body as Comment;
    expect((await thread(hero, story.id)).items[0].canThank).toBe(true);
    const thanks = () => t.http.post(`/api/comments/${c.id}/thanks`).set(hero.auth);
    expect((await thanks()).body).toEqual({ thanksCount: 1, thankedByMe: true });
    expect((await thanks()).body).toEqual({ thanksCount: 1, thankedByMe: true });
    expect((await t.http.post(`/api/comments/${c.id}/thanks`).set(author.auth)).body).toEqual({ thanksCount: 2, thankedByMe: true });
    const other = await t.http.post(`/api/comments/${c.id}/thanks`).set(bystander.auth);
    expect([other.status, other.body.code]).toEqual([403, 'not_story_person']);
    const own = (await comment(hero, story.id, { body: 'Cheers' }).expect(201)).body as Comment;
    const self = await t.http.post(`/api/comments/${own.id}/thanks`).set(hero.auth);
    expect([self.status, self.body.code]).toEqual([422, 'own_comment']);
    expect((await thread(reader, story.id)).items[0]).toMatchObject({ thanksCount: 2, thankedByMe: false, canThank: false });
    expect((await t.http.delete(`/api/comments/${c.id}/thanks`).set(hero.auth)).body).toEqual({ thanksCount: 1, thankedByMe: false });
    expect((await t.http.delete(`/api/comments/${c.id}/thanks`).set(hero.auth)).body).toEqual({ thanksCount: 1, thankedByMe: false });
    // The writer is told once per person thanking, even after thanks taken back and given again.
    await thanks().expect(200);
    const told = about(await inbox(reader), story.id, 'comment_thanked');
    expect(told.map((n) => n.actor?.id).sort()).toEqual([heroEmployee.id, authorEmployee.id].sort());
    expect(told.find((n) => n.actor?.id === heroEmployee.id)?.message).toBe(
      `${heroEmployee.name} thanked you for your comment on “Found the parcel on the first call”.`,
    );
  });

  it('stores a mention by id, shows the name, tells the person once per comment, and never the writer or a departed person', async () => {
    const story = await newStory();
    const { employee: writerEmployee, session: writer } = await person();
    const { employee: mentioned, session: mentionedSession } = await person();
    const leaver = await createEmployee(t.dataSource, { departmentId, leftOn: '2024-06-30' });
    const body = `Thanks @{${mentioned.id}} and again @{${mentioned.id}}, and me @{${writerEmployee.id}}. Also @{${heroEmployee.id}}!`;
    const created = (await comment(writer, story.id, { body }).expect(201)).body as Comment;
    expect(created.body).toBe(body);
    expect(created.mentions.map((m) => m.id).sort()).toEqual([mentioned.id, writerEmployee.id, heroEmployee.id].sort());
    expect(created.mentions.find((m) => m.id === mentioned.id)?.name).toBe(mentioned.name);
    const told = about(await inbox(mentionedSession), story.id, 'mentioned');
    expect(told.map((n) => n.message)).toEqual([`${writerEmployee.name} mentioned you in a comment on “Found the parcel on the first call”.`]);
    expect(about(await inbox(writer), story.id, 'mentioned')).toEqual([]);
    // The hero is mentioned and is a person of the story: one notification, the mention.
    const heroInbox = await inbox(hero);
    expect([about(heroInbox, story.id, 'mentioned').length, about(heroInbox, story.id, 'story_commented').length]).toEqual([1, 0]);
    const gone = await comment(writer, story.id, { body: `Miss you @{${leaver.id}}` });
    expect([gone.status, gone.body.code, gone.body.errors[0].field]).toEqual([422, 'unknown_mention', 'body']);
    const unknown = await comment(writer, story.id, { body: '@{00000000-0000-4000-8000-000000000000}' });
    expect(unknown.status).toBe(422);
    // An edit tells only the newly mentioned.
    const { employee: later, session: laterSession } = await person();
    const edited = await t.http
      .patch(`/api/comments/${created.id}`)
      .set(writer.auth)
      .send({ body: `${body} And @{${later.id}}.` });
    expect([edited.status, edited.body.editedAt !== null]).toEqual([200, true]);
    expect(about(await inbox(laterSession), story.id, 'mentioned')).toHaveLength(1);
    expect(about(await inbox(mentionedSession), story.id, 'mentioned')).toHaveLength(1);
    // Edited out, the mention is no longer shown; edited back in, it tells nobody again.
    const without = await t.http
      .patch(`/api/comments/${created.id}`)
      .set(writer.auth)
      .send({ body: `Thanks @{${later.id}}.` })
      .expect(200);
    expect(without.body.mentions.map((m: { id: string }) => m.id)).toEqual([later.id]);
    await t.http.patch(`/api/comments/${created.id}`).set(writer.auth).send({ body }).expect(200);
    expect(about(await inbox(mentionedSession), story.id, 'mentioned')).toHaveLength(1);
  });

  it('keeps comments when an endorsement is withdrawn, and endorse → withdraw → endorse tells the story’s people once', async () => {
    const story = await newStory();
    const { employee: fanEmployee, session: fan } = await person();
    await t.http.post(`/api/stories/${story.id}/endorsements`).set(fan.auth).send({ comment: 'Textbook ownership.' }).expect(201);
    await comment(fan, story.id, { body: 'And a second thought.' }).expect(201);
    await t.http.delete(`/api/stories/${story.id}/endorsements/mine`).set(fan.auth).expect(200);
    expect((await thread(fan, story.id)).items.map((c) => [c.author.id, c.body])).toEqual([
      [fanEmployee.id, 'Textbook ownership.'],
      [fanEmployee.id, 'And a second thought.'],
    ]);
    expect(await commentCount(fan, story.id)).toBe(2);
    await t.http.post(`/api/stories/${story.id}/endorsements`).set(fan.auth).send({}).expect(201);
    for (const session of [author, hero]) expect(about(await inbox(session), story.id, 'story_endorsed')).toHaveLength(1);
    // The endorsement's comment was the endorsement's news: the story's people were not told of it twice.
    expect(about(await inbox(author), story.id, 'story_commented')).toHaveLength(1);
  });

  it('lets the writer edit and remove their own; a moderator removes anyone’s (audited); nobody else; replies stay', async () => {
    const story = await newStory();
    const { employee: writerEmployee, session: writer } = await person();
    const { session: stranger } = await person();
    const otherDepartment = (await createDepartment(t.dataSource)).id;
    const { session: otherManager } = await person({ role: 'manager', departmentId: otherDepartment, manages: [otherDepartment] });
    const { employee: managerEmployee, session: manager } = await person({ role: 'manager', manages: [departmentId] });
    const c = (await comment(writer, story.id, { body: 'First draft' }).expect(201)).body as Comment;
    const reply = (await comment(hero, story.id, { body: 'A reply', parentId: c.id }).expect(201)).body as Comment;
    const edit = (session: SignedIn) => t.http.patch(`/api/comments/${c.id}`).set(session.auth).send({ body: 'Changed' });
    for (const session of [stranger, manager, author]) expect((await edit(session)).status).toBe(403);
    expect((await edit(writer)).body).toMatchObject({ body: 'Changed', canEdit: true });
    const view = (await thread(manager, story.id)).items[0];
    expect([view.canEdit, view.canDelete]).toEqual([false, true]);
    for (const session of [stranger, otherManager, hero]) expect((await t.http.delete(`/api/comments/${c.id}`).set(session.auth)).status).toBe(403);
    await t.http.delete(`/api/comments/${c.id}`).set(manager.auth).expect(204);
    expect((await t.http.delete(`/api/comments/${c.id}`).set(writer.auth)).status).toBe(404);
    const after = (await thread(stranger, story.id)).items;
    expect(after.map((x) => [x.deleted, x.body, x.replies.map((r) => r.id)])).toEqual([[true, null, [reply.id]]]);
    expect(await commentCount(stranger, story.id)).toBe(1);
    const [entry] = await t.dataSource.query(`SELECT actor_id AS "actorId", before FROM audit_log WHERE action = 'comment.removed' AND subject_id = $1`, [
      c.id,
    ]);
    expect(entry).toMatchObject({ actorId: managerEmployee.id, before: { authorId: writerEmployee.id, body: 'Changed' } });
    // The writer removes their own reply; with no replies left, the removed comment leaves the thread.
    await t.http.delete(`/api/comments/${reply.id}`).set(hero.auth).expect(204);
    expect((await thread(stranger, story.id)).items).toEqual([]);
    expect(await commentCount(stranger, story.id)).toBe(0);
    const { session: admin } = await person({ role: 'admin', departmentId: otherDepartment });
    const mine = (await comment(writer, story.id, { body: 'Another' }).expect(201)).body as Comment;
    await t.http.delete(`/api/comments/${mine.id}`).set(admin.auth).expect(204);
  });

  it('pages top-level comments oldest first by cursor, and refuses a cursor it did not hand out', async () => {
    const story = await newStory();
    const { session: reader } = await person();
    for (const body of ['one', 'two', 'three']) await comment(reader, story.id, { body }).expect(201);
    const first = await thread(reader, story.id, { limit: '2' });
    expect(first.items.map((c) => c.body)).toEqual(['one', 'two']);
    const second = await thread(reader, story.id, { limit: '2', cursor: first.nextCursor! });
    expect([second.items.map((c) => c.body), second.nextCursor]).toEqual([['three'], null]);
    const forged = Buffer.from(JSON.stringify(['2026-13-45T00:00:00.000000Z', 'x'])).toString('base64url');
    const refused = await t.http.get(`/api/stories/${story.id}/comments`).query({ cursor: forged }).set(reader.auth);
    expect([refused.status, refused.body.errors[0].field]).toEqual([400, 'cursor']);
  });

  it('tells the author in the bell when a moderator hides the story, with the reason, and keeps it under “Told by me” marked hidden', async () => {
    const story = await newStory();
    const { session: admin } = await person({ role: 'admin' });
    await t.http.post(`/api/stories/${story.id}/hide`).set(admin.auth).send({ reason: 'Names a customer in full' }).expect(200);
    const told = about(await inbox(author), story.id, 'story_hidden');
    expect(told.map((n) => n.message)).toEqual(['Your story “Found the parcel on the first call” was hidden from the feed: Names a customer in full']);
    const mine = (await t.http.get('/api/feed').query({ scope: 'mine', limit: '50' }).set(author.auth).expect(200)).body.items as {
      id: string;
      status: string;
      hiddenReason?: string;
    }[];
    expect(mine.find((s) => s.id === story.id)).toMatchObject({ status: 'hidden', hiddenReason: 'Names a customer in full' });
    expect(about(await inbox(hero), story.id, 'story_hidden')).toEqual([]);
  });
});
