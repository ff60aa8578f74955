import { addDays, todayIn } from '../../server/src/common/calendar';
import {
  createDepartment,
  createEmployee,
  insertCustomerCompliment,
  insertEndorsement,
  insertStory,
  signIn,
  SignedIn,
  TestEmployee,
} from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

const daysAgo = (days: number) => new Date(Date.now() - days * 86400_000).toISOString();

describe('review queue, unrecognised champions and fairness', () => {
  let t: TestApp;
  let outside: string;
  let admin: SignedIn;
  let author: TestEmployee;

  beforeAll(async () => {
    t = await startTestApp();
    outside = (await createDepartment(t.dataSource)).id;
    admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: outside, role: 'admin' })).email);
    author = await createEmployee(t.dataSource, { departmentId: outside });
  });
  afterAll(() => t.close());

  const team = async () => {
    const department = (await createDepartment(t.dataSource)).id;
    const manager = await createEmployee(t.dataSource, { departmentId: department, role: 'manager', manages: [department], name: 'Manager' });
    return { department, manager, session: await signIn(t.http, manager.email) };
  };
  const giveRewardRow = (giverId: string, recipient: TestEmployee, at: string, storyId: string | null = null) =>
    t.dataSource.query(
      `INSERT INTO rewards (giver_id, recipient_id, recipient_department_id, story_id, kind, points, citation, awarded_on, created_at)
       VALUES ($1, $2, $3, $4, 'badge', 0, 'Thanks', ($5::timestamptz)::date, $5)`,
      [giverId, recipient.id, recipient.departmentId, storyId, at],
    );
  const endorsers = async (n: number) => Promise.all(Array.from({ length: n }, () => createEmployee(t.dataSource, { departmentId: outside })));

  describe('review queue', () => {
    it('lists recent unrewarded stories of my departments, peer-nominated first, by cursor', async () => {
      const { department, manager, session } = await team();
      const hero = await createEmployee(t.dataSource, { departmentId: department });
      const heroes = [{ id: hero.id, departmentId: department }];
      const nominated = await insertStory(t.dataSource, { authorId: author.id, heroes, createdAt: daysAgo(3), title: 'Nominated', endorsementCount: 6 });
      const quiet = await insertStory(t.dataSource, { authorId: author.id, heroes, createdAt: daysAgo(1), title: 'Quiet', endorsementCount: 2 });
      const rewarded = await insertStory(t.dataSource, { authorId: author.id, heroes, createdAt: daysAgo(2), title: 'Rewarded', endorsementCount: 9 });
      await giveRewardRow(manager.id, hero, daysAgo(1), rewarded);
      await insertStory(t.dataSource, { authorId: author.id, heroes, createdAt: daysAgo(45), title: 'Old', endorsementCount: 8 });
      const hidden = await insertStory(t.dataSource, { authorId: author.id, heroes, createdAt: daysAgo(2), title: 'Hidden', endorsementCount: 7 });
      await t.dataSource.query(`UPDATE stories SET status = 'hidden' WHERE id = $1`, [hidden]);
      const elsewhere = await createEmployee(t.dataSource, { departmentId: outside });
      await insertStory(t.dataSource, {
        authorId: author.id,
        heroes: [{ id: elsewhere.id, departmentId: outside }],
        createdAt: daysAgo(1),
        title: 'Elsewhere',
        endorsementCount: 10,
      });

      const first = await t.http.get('/api/review-queue?limit=1').set(session.auth);
      expect(first.status).toBe(200);
      expect(first.body.threshold).toBe(5);
      expect(first.body.items.map((i: { story: { id: string }; nominatedByPeers: boolean }) => [i.story.id, i.nominatedByPeers])).toEqual([[nominated, true]]);
      const second = await t.http.get(`/api/review-queue?limit=1&cursor=${first.body.nextCursor}`).set(session.auth);
      expect(second.body.items.map((i: { story: { id: string }; nominatedByPeers: boolean }) => [i.story.id, i.nominatedByPeers])).toEqual([[quiet, false]]);
      expect(second.body.nextCursor).toBeNull();
      expect((await t.http.get('/api/review-queue?days=60').set(session.auth)).body.items.map((i: { story: { title: string } }) => i.story.title)).toEqual([
        'Old',
        'Nominated',
        'Quiet',
      ]);
    });

    it('clears a story marked "reviewed, no reward" from every manager of its departments, until the mark is taken back', async () => {
      const { department, session } = await team();
      const coManager = await createEmployee(t.dataSource, { departmentId: department, role: 'manager', manages: [department] });
      const coSession = await signIn(t.http, coManager.email);
      const hero = await createEmployee(t.dataSource, { departmentId: department });
      const heroes = [{ id: hero.id, departmentId: department }];
      const reviewed = await insertStory(t.dataSource, { authorId: author.id, heroes, createdAt: daysAgo(2), title: 'Looked at, no reward' });
      const waiting = await insertStory(t.dataSource, { authorId: author.id, heroes, createdAt: daysAgo(1), title: 'Still waiting' });
      const titles = async (s: SignedIn) =>
        (await t.http.get('/api/review-queue').set(s.auth)).body.items.map((i: { story: { title: string } }) => i.story.title) as string[];
      expect(await titles(session)).toEqual(['Still waiting', 'Looked at, no reward']);

      expect((await t.http.put(`/api/review-queue/${reviewed}/reviewed`).set(session.auth)).status).toBe(204);
      expect(await titles(session)).toEqual(['Still waiting']);
      expect(await titles(coSession)).toEqual(['Still waiting']);
      // Marking twice is harmless; another department's manager may not mark or unmark it; nor may a made-up id.
      expect((await t.http.put(`/api/review-queue/${reviewed}/reviewed`).set(coSession.auth)).status).toBe(204);
      const other = await team();
      expect((await t.http.delete(`/api/review-queue/${reviewed}/reviewed`).set(other.session.auth)).body).toMatchObject({
        status: 403,
        errors: [{ field: 'id' }],
      });
      expect((await t.http.put(`/api/review-queue/${waiting}/reviewed`).set(other.session.auth)).status).toBe(403);
      expect((await t.http.put('/api/review-queue/00000000-0000-4000-8000-000000000000/reviewed').set(session.auth)).body).toMatchObject({
        status: 404,
        errors: [{ field: 'id' }],
      });
      expect(await titles(session)).toEqual(['Still waiting']);

      // The mark taken back: the story waits again. An admin may mark any story.
      expect((await t.http.delete(`/api/review-queue/${reviewed}/reviewed`).set(coSession.auth)).status).toBe(204);
      expect(await titles(session)).toEqual(['Still waiting', 'Looked at, no reward']);
      expect((await t.http.put(`/api/review-queue/${waiting}/reviewed`).set(admin.auth)).status).toBe(204);
      expect(await titles(session)).toEqual(['Looked at, no reward']);
    });

    it('keeps managers to their departments and staff out', async () => {
      const { session } = await team();
      expect((await t.http.get(`/api/review-queue?departmentId=${outside}`).set(session.auth)).body).toMatchObject({
        status: 403,
        errors: [{ field: 'departmentId' }],
      });
      const staff = await signIn(t.http, author.email);
      expect((await t.http.get('/api/review-queue').set(staff.auth)).status).toBe(403);
      expect((await t.http.get('/api/review-queue?cursor=nope').set(session.auth)).body).toMatchObject({ status: 400, errors: [{ field: 'cursor' }] });
      expect((await t.http.get('/api/review-queue?days=0').set(session.auth)).body).toMatchObject({ status: 400, errors: [{ field: 'days' }] });
    });
  });

  describe('unrecognised champions', () => {
    it('finds strong peer signal without a reward, with evidence, and the teams nobody recognised', async () => {
      const { department, manager, session } = await team();
      const today = todayIn('UTC');
      const person = (name: string, hiredOn = '2020-01-15', leftOn?: string) =>
        createEmployee(t.dataSource, { departmentId: department, name, hiredOn, leftOn });
      const [priya, rewardedRecently, rewardedLongAgo, mild, quiet, newcomer] = [
        await person('Priya'),
        await person('Rewarded recently'),
        await person('Rewarded long ago'),
        await person('Mild'),
        await person('Quiet'),
        await person('Newcomer', addDays(today, -30)),
      ];
      const leaver = await person('Leaver', '2020-01-15', addDays(today, -1));
      const fans = await endorsers(6);
      const story = async (hero: TestEmployee, createdDaysAgo: number, endorsements: number, title: string) => {
        const id = await insertStory(t.dataSource, {
          authorId: author.id,
          heroes: [{ id: hero.id, departmentId: department }],
          createdAt: daysAgo(createdDaysAgo),
          title,
        });
        for (let i = 0; i < endorsements; i++) await insertEndorsement(t.dataSource, id, fans[i].id, daysAgo(createdDaysAgo - 1 > 0 ? createdDaysAgo - 1 : 0));
      };
      await story(priya, 20, 3, 'Priya walked a customer to Shoes');
      await story(priya, 50, 2, 'Priya fixed a billing error on the first call');
      await story(rewardedRecently, 30, 4, 'Recent');
      await giveRewardRow(manager.id, rewardedRecently, daysAgo(10));
      await story(rewardedLongAgo, 30, 3, 'Long ago');
      await giveRewardRow(manager.id, rewardedLongAgo, daysAgo(200));
      await story(mild, 10, 2, 'Mild');
      await story(leaver, 10, 6, 'Leaver');
      // Older than the window: neither signal nor recognition.
      await story(quiet, 120, 5, 'Quiet, long ago');

      const response = await t.http.get('/api/champions/unrecognised').set(session.auth);
      expect(response.status).toBe(200);
      const body = response.body;
      expect(body).toMatchObject({ days: 90, minEndorsements: 3, since: addDays(today, -90) });
      expect(
        body.champions.map((c: { rank: number; name: string; endorsementsReceived: number; storiesAsHero: number }) => [
          c.rank,
          c.name,
          c.endorsementsReceived,
          c.storiesAsHero,
        ]),
      ).toEqual([
        [1, 'Priya', 5, 2],
        [2, 'Rewarded long ago', 3, 1],
      ]);
      expect(body.champions[0].topStories.map((s: { title: string; endorsementCount: number }) => [s.title, s.endorsementCount])).toEqual([
        ['Priya walked a customer to Shoes', 3],
        ['Priya fixed a billing error on the first call', 2],
      ]);
      expect(body.champions[0].lastRewardedOn).toBeNull();
      expect(body.champions[1].lastRewardedOn).toBe(daysAgo(200).slice(0, 10));

      expect(body.teams).toHaveLength(1);
      expect(body.teams[0]).toMatchObject({
        department: { id: department },
        headcount: 7,
        recognised: 4,
        unrecognised: 3,
        newHires: 1,
        newHiresUnrecognised: 1,
      });
      expect(
        body.teams[0].people.map((p: { employeeId: string; name: string; newHire: boolean; hiredOn: string }) => [p.employeeId, p.name, p.newHire, p.hiredOn]),
      ).toEqual([
        [manager.id, 'Manager', false, '2020-01-15'],
        [newcomer.id, 'Newcomer', true, addDays(today, -30)],
        [quiet.id, 'Quiet', false, '2020-01-15'],
      ]);
      expect(body.champions.map((c: { employeeId: string }) => c.employeeId)).toEqual([priya.id, rewardedLongAgo.id]);

      // A longer window brings the old story in; a lower bar brings Mild in. Ties on endorsements go to more stories.
      const wide = (await t.http.get('/api/champions/unrecognised?days=180&minEndorsements=2').set(session.auth)).body;
      expect(wide.champions.map((c: { name: string }) => c.name)).toEqual(['Priya', 'Quiet', 'Rewarded long ago', 'Mild']); // Priya and Quiet tie on endorsements; Priya has more stories.
    });

    it('lists people customers thanked and no manager rewarded first, with the number of compliments and the latest', async () => {
      const { department, manager, session } = await team();
      const person = (name: string) => createEmployee(t.dataSource, { departmentId: department, name });
      const [priya, carmen, eva, diego, olga, hugo] = [
        await person('Priya'),
        await person('Carmen'),
        await person('Eva'),
        await person('Diego'),
        await person('Olga'),
        await person('Hugo'),
      ];
      const fans = await endorsers(4);
      const peerStory = await insertStory(t.dataSource, { authorId: author.id, heroes: [{ id: priya.id, departmentId: department }], createdAt: daysAgo(5) });
      for (const fan of fans) await insertEndorsement(t.dataSource, peerStory, fan.id, daysAgo(4));
      /** A compliment a manager confirmed into a story from a customer, `sentDaysAgo` days ago. */
      const thanked = async (hero: TestEmployee, sentDaysAgo: number, title: string, options: { hidden?: boolean } = {}) => {
        const storyId = await insertStory(t.dataSource, {
          authorId: manager.id,
          heroes: [{ id: hero.id, departmentId: department }],
          createdAt: daysAgo(sentDaysAgo - 1),
          title,
        });
        await t.dataSource.query(`UPDATE stories SET from_customer = true, status = $2 WHERE id = $1`, [storyId, options.hidden ? 'hidden' : 'published']);
        const sentAt = daysAgo(sentDaysAgo);
        await insertCustomerCompliment(t.dataSource, {
          departmentId: department,
          employeeId: hero.id,
          createdAt: sentAt,
          status: 'published',
          reviewedAt: daysAgo(sentDaysAgo - 1),
          storyId,
        });
        return sentAt;
      };
      await thanked(carmen, 12, 'A customer thanked Carmen');
      await thanked(eva, 40, 'A customer thanked Eva in March');
      const evaLatest = await thanked(eva, 8, 'A customer thanked Eva again');
      await thanked(diego, 10, 'Diego, rewarded since');
      await giveRewardRow(manager.id, diego, daysAgo(3));
      await thanked(olga, 150, 'Olga, long ago'); // before the 90-day window
      await thanked(hugo, 20, 'Hugo, story hidden since', { hidden: true });
      // A compliment still waiting for a manager is no evidence yet.
      await insertCustomerCompliment(t.dataSource, { departmentId: department, employeeId: hugo.id, createdAt: daysAgo(2) });

      const body = (await t.http.get('/api/champions/unrecognised').set(session.auth).expect(200)).body;
      // Eva 2 compliments, Carmen 1, then Priya on peer signal (4 endorsements, no compliment). Diego was rewarded;
      // Olga's is older than the window; Hugo's story is hidden and his other compliment is not a story.
      expect(
        body.champions.map((c: { rank: number; name: string; customerCompliments: number; endorsementsReceived: number }) => [
          c.rank,
          c.name,
          c.customerCompliments,
          c.endorsementsReceived,
        ]),
      ).toEqual([
        [1, 'Eva', 2, 0],
        [2, 'Carmen', 1, 0],
        [3, 'Priya', 0, 4],
      ]);
      expect(body.champions[0].latestCustomerCompliment).toEqual({
        storyId: expect.any(String),
        storyTitle: 'A customer thanked Eva again',
        receivedAt: evaLatest,
      });
      expect(body.champions[2].latestCustomerCompliment).toBeNull();
    });

    it('is for managers of the department and admins only', async () => {
      const { department } = await team();
      const other = await team();
      expect((await t.http.get(`/api/champions/unrecognised?departmentId=${department}`).set(other.session.auth)).status).toBe(403);
      expect((await t.http.get(`/api/champions/unrecognised?departmentId=${department}`).set(admin.auth)).status).toBe(200);
      expect((await t.http.get('/api/champions/unrecognised').set((await signIn(t.http, author.email)).auth)).status).toBe(403);
      expect((await t.http.get('/api/champions/unrecognised?days=5').set(admin.auth)).body).toMatchObject({ status: 400, errors: [{ field: 'days' }] });
    });
  });

  describe('fairness', () => {
    it('measures concentration per department and finds pairs who mostly endorse each other', async () => {
      const department = (await createDepartment(t.dataSource)).id;
      const people: TestEmployee[] = [];
      for (let i = 1; i <= 5; i++) people.push(await createEmployee(t.dataSource, { departmentId: department, name: `F${i}` }));
      const [f1, f2, f3, f4] = people;
      const outsiders = await endorsers(4);
      const storyOf = (hero: TestEmployee) =>
        insertStory(t.dataSource, { authorId: author.id, heroes: [{ id: hero.id, departmentId: department }], createdAt: daysAgo(5) });
      const [a1, a2, b1, b2, c1, d1] = [await storyOf(f1), await storyOf(f1), await storyOf(f2), await storyOf(f2), await storyOf(f3), await storyOf(f4)];
      const at = daysAgo(4);
      // F1 and F2 endorse each other twice and nobody else; four outsiders endorse F1 once each.
      await insertEndorsement(t.dataSource, a1, f2.id, at);
      await insertEndorsement(t.dataSource, a2, f2.id, at);
      await insertEndorsement(t.dataSource, b1, f1.id, at);
      await insertEndorsement(t.dataSource, b2, f1.id, at);
      for (const o of outsiders) await insertEndorsement(t.dataSource, a1, o.id, at);
      await insertEndorsement(t.dataSource, c1, outsiders[0].id, at);
      await insertEndorsement(t.dataSource, d1, outsiders[1].id, at);

      const response = await t.http.get('/api/fairness').set(admin.auth);
      expect(response.status).toBe(200);
      const mine = response.body.departments.find((d: { department: { id: string } }) => d.department.id === department);
      // Received: F1 6, F2 2, F3 1, F4 1, F5 0. Gini over 0,1,1,2,6 = 26 / (5 × 10); the top ceil(10% × 4) = 1 recipient holds 6 of 10.
      expect(mine).toEqual({
        department: expect.objectContaining({ id: department }),
        people: 5,
        recipients: 4,
        endorsements: 10,
        gini: 0.52,
        topTenPercentShare: 0.6,
      });
      const pair = response.body.reciprocalPairs.find(
        (p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].sort().join() === [f1.id, f2.id].sort().join(),
      );
      expect(pair).toMatchObject({ aToB: 2, bToA: 2, mutualShare: 1 });
      expect(response.body.reciprocalPairs.some((p: { a: { id: string }; b: { id: string } }) => [p.a.id, p.b.id].includes(outsiders[0].id))).toBe(false);
      expect((await t.http.get('/api/fairness').set((await signIn(t.http, author.email)).auth)).status).toBe(403);
    });
  });
});
