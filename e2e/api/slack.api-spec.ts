import { eventually } from '../../server/test/eventually';
import { createDepartment, createEmployee, createValue, signIn, SignedIn, storyBody, TestEmployee } from '../../server/test/factories';
import { FakeSlack } from '../../server/test/protocols/fake-slack';
import { signedSlackRequest, storyModalSubmission } from '../../server/test/protocols/slack-sender';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';
import { startTestApp, TestApp } from '../../server/test/test-app';

const SIGNING_SECRET = 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';

describe('Slack: the /hero command, the story form, the Endorse button and channel posts', () => {
  let database: TestDatabase;
  let slack: FakeSlack;
  let t: TestApp;
  let admin: SignedIn;
  let author: TestEmployee;
  let authorSession: SignedIn;
  let hero: TestEmployee;
  let colleague: TestEmployee;
  let departmentId: string;
  let valueId: string;
  const channelId = 'C0HEROES01';

  beforeAll(async () => {
    database = await createSiblingDatabase('slack');
    slack = await new FakeSlack().start();
    t = await startTestApp({ SLACK_API_URL: slack.apiUrl, JOB_RETRY_DELAY_SECONDS: '1' }, {}, database.url);
    departmentId = (await createDepartment(t.dataSource)).id;
    valueId = (await createValue(t.dataSource)).id;
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId, role: 'admin' })).email);
    author = await createEmployee(t.dataSource, { departmentId, name: 'Ada Author' });
    authorSession = await signIn(t.http, author.email);
    hero = await createEmployee(t.dataSource, { departmentId, name: 'Hugo Hero' });
    colleague = await createEmployee(t.dataSource, { departmentId, name: 'Cleo Colleague' });
    slack.addUser('U0AUTHOR01', author.email.toUpperCase(), 'ada');
    slack.addUser('U0HERO0001', hero.email, 'hugo');
    slack.addUser('U0COLLEAG1', colleague.email, 'cleo');
    slack.addUser('U0STRANGER', 'stranger@elsewhere.example', 'stranger');
  });
  afterAll(async () => {
    await t.close();
    await slack.stop();
    await database.dispose();
  });

  const command = (fields: Record<string, string>, secret = SIGNING_SECRET, timestamp?: number) => {
    const signed = signedSlackRequest(secret, fields, { timestamp });
    return t.http.post('/api/integrations/slack/commands').set(signed.headers).send(signed.body);
  };
  const interaction = (payload: object, secret = SIGNING_SECRET) => {
    const signed = signedSlackRequest(secret, { payload: JSON.stringify(payload) });
    return t.http.post('/api/integrations/slack/interactions').set(signed.headers).send(signed.body);
  };
  const posts = (channel: string) => slack.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);

  it('connects with a bot token Slack accepts, keeps both secrets sealed, and refuses a token Slack does not', async () => {
    const refused = await t.http.put('/api/slack').set(admin.auth).send({ signingSecret: SIGNING_SECRET, botToken: 'xoxb-not-the-right-one' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].field).toBe('botToken');

    const connected = await t.http.put('/api/slack').set(admin.auth).send({ signingSecret: SIGNING_SECRET, botToken: slack.token }).expect(200);
    expect(connected.body).toMatchObject({ connected: true, teamName: 'Larkspur Support', teamId: slack.teamId, routes: [] });
    expect(connected.body.commandsUrl).toMatch(/\/api\/integrations\/slack\/commands$/);
    const settings = await t.http.get('/api/slack').set(admin.auth).expect(200);
    expect(JSON.stringify(settings.body)).not.toContain(slack.token);
    expect(JSON.stringify(settings.body)).not.toContain(SIGNING_SECRET);
    const [row] = await t.dataSource.query('SELECT signing_secret_sealed, bot_token_sealed FROM slack_installations');
    expect(`${row.signing_secret_sealed}${row.bot_token_sealed}`).not.toMatch(new RegExp(`${SIGNING_SECRET}|${slack.token}`));

    const manifest = await t.http.get('/api/slack/manifest').set(admin.auth).expect(200);
    expect(manifest.text).toContain(connected.body.interactionsUrl);
    expect(manifest.text).toContain('command: /hero');
    expect(manifest.headers['content-disposition']).toBe('attachment; filename="heroics-slack-app-manifest.yml"');
  });

  it("routes the department's stories to a channel found by name, and posts them with an Endorse button", async () => {
    const unknown = await t.http
      .post('/api/slack/routes')
      .set(admin.auth)
      .send({ channel: '#no-such-channel', events: ['story.published'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('channelId');
    const route = await t.http
      .post('/api/slack/routes')
      .set(admin.auth)
      .send({ departmentId, channel: '#support-heroes', events: ['story.published', 'story.featured'] })
      .expect(201);
    expect(route.body).toMatchObject({ channelId, channelName: 'support-heroes', departmentId });

    const story = (
      await t.http
        .post('/api/stories')
        .set(authorSession.auth)
        .send(storyBody([hero.id], [valueId], { title: 'Rebooked the whole family' }))
        .expect(201)
    ).body;
    const [post] = await eventually(() => posts(channelId).length > 0 && posts(channelId), { what: 'a post to #support-heroes' });
    expect(post.token).toBe(slack.token);
    expect(post.args.text).toContain('Rebooked the whole family');
    const blocks = JSON.stringify(post.args.blocks);
    expect(blocks).toContain(`/stories/${story.id}`);
    expect(blocks).toContain('Hugo Hero');
    expect(post.args.blocks.find((b: { type: string }) => b.type === 'actions').elements[0]).toMatchObject({ action_id: 'endorse_story', value: story.id });
  });

  it('refuses requests that are unsigned, signed with another secret or older than five minutes (401), and answers unknown workspaces in words', async () => {
    const fields = { team_id: slack.teamId, user_id: 'U0AUTHOR01', command: '/hero', text: '', trigger_id: '111.222.aaa', channel_id: channelId };
    expect((await t.http.post('/api/integrations/slack/commands').type('form').send(new URLSearchParams(fields).toString())).status).toBe(401);
    expect((await command(fields, 'another-signing-secret-entirely')).status).toBe(401);
    expect((await command(fields, SIGNING_SECRET, Math.floor(Date.now() / 1000) - 6 * 60)).status).toBe(401);
    const elsewhere = await command({ ...fields, team_id: 'T0OTHERTEAM' }).expect(200);
    expect(elsewhere.body).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(/not connected to Heroics/) });
    const garbled = await interaction({ nothing: 'useful' }).expect(200);
    expect(garbled.body.text).toMatch(/could not read/);
  });

  it('/hero opens the story form in Slack with the company values, within the request', async () => {
    const response = await command({
      team_id: slack.teamId,
      user_id: 'U0AUTHOR01',
      command: '/hero',
      text: '',
      trigger_id: '111.222.bbb',
      channel_id: channelId,
    });
    expect(response.status).toBe(200);
    const [opened] = slack.callsOf('views.open').slice(-1);
    expect(opened.args.trigger_id).toBe('111.222.bbb');
    expect(opened.args.view.callback_id).toBe('hero_story');
    const values = opened.args.view.blocks.find((b: { block_id: string }) => b.block_id === 'values');
    expect(values.element.options.map((o: { value: string }) => o.value)).toContain(valueId);
  });

  it("the message shortcut opens the story form with the message as the customer's need", async () => {
    // Slack's documented message_action payload (a shortcut on a message), trimmed to what matters.
    const response = await interaction({
      type: 'message_action',
      callback_id: 'tell_hero_story',
      trigger_id: '333.444.ccc',
      team: { id: slack.teamId },
      user: { id: 'U0AUTHOR01' },
      channel: { id: channelId },
      message: { type: 'message', text: 'The customer needed a wheelchair-accessible room tonight', ts: '1700000000.000100' },
    });
    expect(response.status).toBe(200);
    const [opened] = slack.callsOf('views.open').slice(-1);
    expect(opened.args.trigger_id).toBe('333.444.ccc');
    expect(opened.args.view.callback_id).toBe('hero_story');
    const situation = opened.args.view.blocks.find((b: { block_id: string }) => b.block_id === 'situation');
    expect(situation.element.initial_value).toBe('The customer needed a wheelchair-accessible room tonight');
  });

  it('a submitted form with gaps gets its errors under the fields; a complete one becomes a story by the Slack user, heroes matched by email', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const empty = await interaction(
      storyModalSubmission(slack.teamId, 'U0AUTHOR01', {
        heroes: [],
        title: '',
        situation: 'x',
        action: 'y',
        impact: 'z',
        channel: 'phone',
        values: [],
        occurredOn: today,
      }),
    ).expect(200);
    expect(empty.body).toEqual({
      response_action: 'errors',
      errors: { heroes: 'Name at least one hero.', title: 'Give the story a title.', values: 'Choose at least one company value.' },
    });

    const submitted = await interaction(
      storyModalSubmission(slack.teamId, 'U0AUTHOR01', {
        heroes: ['U0HERO0001'],
        title: 'Told from Slack: the lost suitcase',
        situation: 'A traveller lost a suitcase between flights.',
        action: 'Hugo called the airline and the hotel.',
        impact: 'The suitcase was at the hotel by dinner.',
        channel: 'phone',
        values: [valueId],
        occurredOn: today,
        quote: 'Unbelievable service.',
      }),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body).toEqual({});
    const feed = await eventually(
      async () => {
        const items = (await t.http.get('/api/feed').set(authorSession.auth).expect(200)).body.items as {
          title: string;
          author: { id: string };
          heroes: { id: string }[];
        }[];
        return items.find((s) => s.title === 'Told from Slack: the lost suitcase');
      },
      { what: 'the Slack story in the feed' },
    );
    expect(feed.author.id).toBe(author.id);
    expect(feed.heroes.map((h) => h.id)).toEqual([hero.id]);
    await eventually(() => slack.callsOf('chat.postMessage').some((c) => c.args.channel === 'U0AUTHOR01' && /is published/.test(c.args.text)), {
      what: 'the confirmation DM',
    });
  });

  it('a story naming someone Heroics does not know is not published, and the author gets their words back', async () => {
    await interaction(
      storyModalSubmission(slack.teamId, 'U0AUTHOR01', {
        heroes: ['U0STRANGER'],
        title: 'Stranger story',
        situation: 'Situation kept',
        action: 'Action kept',
        impact: 'Impact kept',
        channel: 'chat',
        values: [valueId],
        occurredOn: new Date().toISOString().slice(0, 10),
      }),
    ).expect(200);
    const dm = await eventually(() => slack.callsOf('chat.postMessage').find((c) => c.args.channel === 'U0AUTHOR01' && /Stranger story/.test(c.args.text)));
    expect(dm.args.text).toMatch(/not published/);
    expect(dm.args.text).toContain('Situation kept');
  });

  it('the Endorse button endorses as the clicking Slack user, and tells an unknown user how to link their account', async () => {
    const story = (
      await t.http
        .post('/api/stories')
        .set(authorSession.auth)
        .send(storyBody([hero.id], [valueId], { title: 'Endorse me from Slack' }))
        .expect(201)
    ).body;
    const click = (userId: string) => ({
      type: 'block_actions',
      team: { id: slack.teamId },
      user: { id: userId },
      channel: { id: channelId },
      trigger_id: '1.2.3',
      actions: [{ action_id: 'endorse_story', value: story.id, type: 'button' }],
    });
    await interaction(click('U0COLLEAG1')).expect(200);
    await eventually(async () => (await t.http.get(`/api/stories/${story.id}`).set(authorSession.auth)).body.endorsementCount === 1, {
      what: 'the endorsement',
    });
    const [endorsement] = await t.dataSource.query('SELECT endorser_id FROM endorsements WHERE story_id = $1', [story.id]);
    expect(endorsement.endorser_id).toBe(colleague.id);
    await eventually(() => slack.callsOf('chat.postEphemeral').some((c) => c.args.user === 'U0COLLEAG1' && /You endorsed/.test(c.args.text)));

    await interaction(click('U0STRANGER')).expect(200);
    const told = await eventually(() => slack.callsOf('chat.postEphemeral').find((c) => c.args.user === 'U0STRANGER'));
    expect(told.args.text).toMatch(/stranger@elsewhere\.example.*does not match anyone in Heroics/);
    expect((await t.http.get(`/api/stories/${story.id}`).set(authorSession.auth)).body.endorsementCount).toBe(1);
  });

  it("honours Slack's rate limit: a 429 is retried after Retry-After, not lost", async () => {
    slack.rateLimitPosts = 1;
    await t.http
      .post('/api/stories')
      .set(authorSession.auth)
      .send(storyBody([hero.id], [valueId], { title: 'Posted after a rate limit' }))
      .expect(201);
    await eventually(() => posts(channelId).some((c) => /Posted after a rate limit/.test(c.args.text)), { what: 'the post after the 429', timeoutMs: 30_000 });
    const attempts = slack.calls.filter((c) => c.method === 'chat.postMessage' && JSON.stringify(c.args).includes('Posted after a rate limit'));
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
  });

  it('posts a story a manager features to the channels that chose featured stories', async () => {
    const story = (
      await t.http
        .post('/api/stories')
        .set(authorSession.auth)
        .send(storyBody([hero.id], [valueId], { title: 'Featured at the Monday huddle' }))
        .expect(201)
    ).body;
    await t.http.post(`/api/stories/${story.id}/feature`).set(admin.auth).expect(200);
    const featured = await eventually(() => posts(channelId).find((c) => /Featured hero story/.test(JSON.stringify(c.args.blocks))), {
      what: 'the featured post',
    });
    expect(featured.args.text).toContain('Featured at the Monday huddle');
    expect(JSON.stringify(featured.args.blocks)).toContain(`/stories/${story.id}`);
  });

  it("announces a champion and Monday's heroes of the week in the channel that chose them", async () => {
    await t.http
      .post('/api/slack/routes')
      .set(admin.auth)
      .send({ channel: '#support-heroes', events: ['champion', 'weekly_summary'] })
      .expect(201);
    await t.http
      .post('/api/rewards')
      .set(admin.auth)
      .send({ recipientId: hero.id, kind: 'champion', points: 0, citation: 'The calmest voice on the floor.', championPeriod: 'month' })
      .expect(201);
    const champion = await eventually(() => posts(channelId).find((c) => c.args.text === 'Hugo Hero is champion of the month'), { what: 'the champion post' });
    expect(JSON.stringify(champion.args.blocks)).toContain('The calmest voice on the floor.');

    // The Monday job, run now as an admin can from the Jobs page.
    await t.http
      .post('/api/jobs/scheduled/slack-weekly-summary/run')
      .set(admin.auth)
      .expect((r) => expect(r.status).toBeLessThan(300));
    const weekly = await eventually(() => posts(channelId).find((c) => /^This week's heroes: \d+ stories$/.test(c.args.text)), { what: 'the weekly summary' });
    expect(JSON.stringify(weekly.args.blocks)).toContain('Rebooked the whole family');
  });

  it('disconnecting revokes the token at Slack, and nothing more is posted', async () => {
    await t.http.delete('/api/slack').set(admin.auth).expect(204);
    expect(slack.revoked).toBe(true);
    expect((await t.http.get('/api/slack').set(admin.auth)).body).toMatchObject({ connected: false, routes: [] });
    const signed = signedSlackRequest(SIGNING_SECRET, { team_id: slack.teamId, command: '/hero', trigger_id: 'x' });
    expect((await t.http.post('/api/integrations/slack/commands').set(signed.headers).send(signed.body)).status).toBe(401);
  });

  it('is configured by admins only', async () => {
    await t.http.get('/api/slack').set(authorSession.auth).expect(403);
    await t.http.put('/api/slack').set(authorSession.auth).send({ signingSecret: 'x', botToken: 'xoxb-1' }).expect(403);
  });
});
