import { RecognitionTalliesService } from '../../server/src/leaderboards/recognition-tallies.service';
import { periodStart, todayIn } from '../../server/src/common/calendar';
import { TALLY_DIFFERENCES_SQL } from '../../server/src/leaderboards/recognition-tallies.sql';
import {
  createDepartment,
  createEmployee,
  createValue,
  insertEndorsement,
  insertStory,
  setBudget,
  signIn,
  SignedIn,
  storyBody,
  TestEmployee,
} from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';

interface Entry {
  rank: number;
  name: string;
  value: number;
  storiesAsHero: number;
  endorsementsReceived: number;
  pointsReceived: number | null;
  score: number;
}

/** The company runs on New York time here, so period boundaries are not UTC's. */
describe('leaderboards', () => {
  let t: TestApp;
  let tallies: RecognitionTalliesService;
  let outside: string;

  beforeAll(async () => {
    t = await startTestApp({ COMPANY_TIME_ZONE: 'America/New_York', DB_POOL_SIZE: '12' });
    tallies = t.app.get(RecognitionTalliesService);
    outside = (await createDepartment(t.dataSource)).id;
  });
  afterAll(() => t.close());

  const board = async (session: SignedIn, query: Record<string, string>) => {
    const response = await t.http.get('/api/leaderboards').query(query).set(session.auth);
    expect(response.status).toBe(200);
    return response.body as {
      items: Entry[];
      me: Entry | null;
      participants: number;
      periodStart: string;
      periodEnd: string | null;
      scoreFormula: string;
      timeZone: string;
    };
  };
  const ranks = (items: Entry[]) => items.map((e) => `${e.rank} ${e.name} ${e.value}`);

  describe('on a hand-built March 2025', () => {
    let department: string;
    let eve: SignedIn;

    beforeAll(async () => {
      department = (await createDepartment(t.dataSource)).id;
      const person = (name: string, leftOn?: string) => createEmployee(t.dataSource, { departmentId: department, name, leftOn });
      const [ana, ben, cy, dee, eveEmployee] = [
        await person('Ana'),
        await person('Ben'),
        await person('Cy'),
        await person('Dee', '2025-06-30'),
        await person('Eve'),
      ];
      eve = await signIn(t.http, eveEmployee.email);
      const author = await createEmployee(t.dataSource, { departmentId: outside });
      const endorsers: TestEmployee[] = [];
      for (let i = 0; i < 6; i++) endorsers.push(await createEmployee(t.dataSource, { departmentId: outside }));
      const hero = (e: TestEmployee) => ({ id: e.id, departmentId: department });
      const story = async (heroes: TestEmployee[], createdAt: string, endorsedAt: string[]) => {
        const id = await insertStory(t.dataSource, { authorId: author.id, heroes: heroes.map(hero), createdAt });
        for (const [i, at] of endorsedAt.entries()) await insertEndorsement(t.dataSource, id, endorsers[i].id, at);
        await t.dataSource.transaction((manager) => tallies.storyContribution(manager, id, +1));
      };
      const march = (day: number) => `2025-03-${String(day).padStart(2, '0')}T16:00:00Z`;
      await story([ana], march(3), [march(4), march(5), march(6), march(7)]);
      await story([ben], march(10), [march(11), march(12), march(13), march(14)]);
      await story([cy, dee], march(12), [march(13), march(20)]);
      // Told in February, endorsed in March: the story counts in February, the endorsements in March.
      await story([eveEmployee], '2025-02-27T16:00:00Z', [march(3), march(4), march(5)]);
      // 23:30 on 31 March in New York is already April in UTC: it counts in March here.
      await story([ana], '2025-04-01T03:30:00Z', []);
      await t.dataSource.transaction(async (manager) => {
        await tallies.rewardChanged(manager, ben.id, new Date('2025-03-20T15:00:00Z'), 50);
        // 23:59 on the last day of the quarter, New York time.
        await tallies.rewardChanged(manager, cy.id, new Date('2025-04-01T03:59:00Z'), 120);
      });
    });

    it('ranks stories as hero, densely, current employees only', async () => {
      const result = await board(eve, { period: 'month', date: '2025-03-15', departmentId: department, metric: 'stories' });
      expect(ranks(result.items)).toEqual(['1 Ana 2', '2 Ben 1', '2 Cy 1']);
      expect(result.participants).toBe(3);
      expect(result.me).toBeNull(); // Eve's story was told in February.
      expect(result).toMatchObject({ periodStart: '2025-03-01', periodEnd: '2025-03-31', timeZone: 'America/New_York' });
    });

    it('ranks endorsements received, ties sharing a rank, and includes leavers when asked', async () => {
      const current = await board(eve, { period: 'month', date: '2025-03-15', departmentId: department, metric: 'endorsements' });
      expect(ranks(current.items)).toEqual(['1 Ana 4', '1 Ben 4', '2 Eve 3', '3 Cy 2']);
      expect(current.me).toMatchObject({ rank: 2, name: 'Eve', value: 3 });
      const all = await board(eve, { period: 'month', date: '2025-03-15', departmentId: department, metric: 'endorsements', includeLeavers: 'true' });
      expect(ranks(all.items)).toEqual(['1 Ana 4', '1 Ben 4', '2 Eve 3', '3 Cy 2', '3 Dee 2']);
    });

    // Points are private unless the company opts in (off by default, issue 20): staff are refused the points
    // board, admins still rank by points. Opting in is covered in points.api-spec.ts on a database of its own.
    it('ranks reward points for admins; 23:59 on the last day of the quarter counts in that quarter', async () => {
      const admin = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: outside, role: 'admin' })).email);
      expect(ranks((await board(admin, { period: 'month', date: '2025-03-31', departmentId: department, metric: 'points' })).items)).toEqual([
        '1 Cy 120',
        '2 Ben 50',
      ]);
      expect(ranks((await board(admin, { period: 'quarter', date: '2025-01-01', departmentId: department, metric: 'points' })).items)).toEqual([
        '1 Cy 120',
        '2 Ben 50',
      ]);
      expect((await board(admin, { period: 'quarter', date: '2025-04-01', departmentId: department, metric: 'points' })).items).toEqual([]);
      const refused = await t.http
        .get('/api/leaderboards')
        .query({ period: 'month', date: '2025-03-31', departmentId: department, metric: 'points' })
        .set(eve.auth);
      expect([refused.status, refused.body.code, refused.body.errors[0].field]).toEqual([403, 'points_leaderboard_private', 'metric']);
    });

    it('ranks the documented score and shows my own rank outside the top', async () => {
      // score = 10 × stories + 3 × endorsements + floor(points ÷ 10)
      // Ana 20 + 12 = 32; Cy 10 + 6 + 12 = 28; Ben 10 + 12 + 5 = 27; Eve 0 + 9 = 9.
      const month = await board(eve, { period: 'month', date: '2025-03-15', departmentId: department, limit: '2' });
      expect(ranks(month.items)).toEqual(['1 Ana 32', '2 Cy 28']);
      expect(month.me).toMatchObject({ rank: 4, name: 'Eve', score: 9, storiesAsHero: 0, endorsementsReceived: 3, pointsReceived: 0 });
      expect(month.scoreFormula).toContain('10 × stories as hero + 3 × endorsements received + reward points ÷ 10');
      // The quarter adds Eve's February story: 10 + 9 = 19.
      const quarter = await board(eve, { period: 'quarter', date: '2025-02-10', departmentId: department });
      expect(ranks(quarter.items)).toEqual(['1 Ana 32', '2 Cy 28', '3 Ben 27', '4 Eve 19']);
      const year = await board(eve, { period: 'year', date: '2025-12-31', departmentId: department });
      expect(ranks(year.items)).toEqual(ranks(quarter.items));
      const week = await board(eve, { period: 'week', date: '2025-03-05', departmentId: department, metric: 'endorsements' });
      // The ISO week of Monday 3 March: Ana's endorsements on the 4th–7th and Eve's on the 3rd–5th.
      expect(week).toMatchObject({ periodStart: '2025-03-03', periodEnd: '2025-03-09' });
      expect(ranks(week.items)).toEqual(['1 Ana 4', '2 Eve 3']);
    });

    it('refuses bad parameters, naming them', async () => {
      for (const [query, field] of [
        [{ period: 'decade' }, 'period'],
        [{ metric: 'likes' }, 'metric'],
        [{ date: '2025-02-30' }, 'date'],
        [{ departmentId: 'shoes' }, 'departmentId'],
        [{ limit: '101' }, 'limit'],
        [{ includeLeavers: 'maybe' }, 'includeLeavers'],
      ] as [Record<string, string>, string][]) {
        const response = await t.http.get('/api/leaderboards').query(query).set(eve.auth);
        expect({ query, status: response.status, field: response.body.errors?.[0]?.field }).toEqual({ query, status: 400, field });
      }
    });
  });

  describe('kept current as people recognise each other', () => {
    it('moves with stories, endorsements, withdrawals, moderation, hero changes and rewards', async () => {
      const department = (await createDepartment(t.dataSource)).id;
      const valueId = (await createValue(t.dataSource)).id;
      const manager = await createEmployee(t.dataSource, { departmentId: department, role: 'manager', manages: [department] });
      const managerSession = await signIn(t.http, manager.email);
      const [hero, other] = [
        await createEmployee(t.dataSource, { departmentId: department, name: 'Hero' }),
        await createEmployee(t.dataSource, { departmentId: department, name: 'Other' }),
      ];
      const heroSession = await signIn(t.http, hero.email);
      const story = (
        await t.http
          .post('/api/stories')
          .set(heroSession.auth)
          .send(storyBody([hero.id], [valueId], { occurredOn: todayIn('America/New_York') }))
          .expect(201)
      ).body;
      const peers = await Promise.all(
        Array.from({ length: 20 }, async () => signIn(t.http, (await createEmployee(t.dataSource, { departmentId: outside })).email)),
      );
      // Twenty colleagues endorse at once: the tallies stay exact.
      await Promise.all(peers.map((p) => t.http.post(`/api/stories/${story.id}/endorsements`).set(p.auth).send({}).expect(201)));
      await t.http.post(`/api/stories/${story.id}/endorsements`).set(managerSession.auth).send({}).expect(201);
      await setBudget(t.dataSource, manager.id, periodStart('quarter', todayIn('America/New_York')), 1000);
      const given = (
        await t.http
          .post('/api/rewards')
          .set(managerSession.auth)
          .send({ recipientId: hero.id, storyId: story.id, kind: 'points', points: 30, citation: 'Thank you' })
          .expect(201)
      ).body.reward;

      const score = async (name = 'Hero') =>
        (await board(heroSession, { period: 'month', departmentId: department })).items.find((e) => e.name === name) ?? null;
      expect(await score()).toMatchObject({ rank: 1, storiesAsHero: 1, endorsementsReceived: 21, pointsReceived: 30, score: 10 + 63 + 3 });
      expect((await board(heroSession, { period: 'all', departmentId: department })).me).toMatchObject({ score: 76 });

      await t.http.delete(`/api/stories/${story.id}/endorsements/mine`).set(peers[0].auth).expect(200);
      expect(await score()).toMatchObject({ endorsementsReceived: 20, score: 73 });
      await t.http.post(`/api/stories/${story.id}/hide`).set(managerSession.auth).send({ reason: 'Check the customer name' }).expect(200);
      expect(await score()).toMatchObject({ storiesAsHero: 0, endorsementsReceived: 0, pointsReceived: 30, score: 3 });
      // Withdrawing from a hidden story does not take the tally below what the story gives.
      await t.http.delete(`/api/stories/${story.id}/endorsements/mine`).set(managerSession.auth).expect(200);
      expect(await score()).toMatchObject({ endorsementsReceived: 0, score: 3 });
      await t.http.post(`/api/stories/${story.id}/unhide`).set(managerSession.auth).expect(200);
      expect(await score()).toMatchObject({ storiesAsHero: 1, endorsementsReceived: 19, score: 10 + 57 + 3 });
      await t.http.post(`/api/rewards/${given.id}/revoke`).set(managerSession.auth).send({ reason: 'Wrong budget' }).expect(200);
      expect(await score()).toMatchObject({ pointsReceived: 0, score: 67 });
      // The author hands the story to a colleague: the recognition moves with it.
      const version = (await t.http.get(`/api/stories/${story.id}`).set(heroSession.auth)).body.version;
      await t.http
        .patch(`/api/stories/${story.id}`)
        .set(heroSession.auth)
        .send({ version, heroIds: [other.id] })
        .expect(200);
      expect(await score()).toBeNull();
      expect(await score('Other')).toMatchObject({ rank: 1, storiesAsHero: 1, endorsementsReceived: 19, score: 67 });
      await t.http.delete(`/api/stories/${story.id}`).set(heroSession.auth).expect(204);
      expect(await score('Other')).toBeNull();

      // Every tally of these two equals what the source tables say, in every period.
      const [exact] = await t.dataSource.query(TALLY_DIFFERENCES_SQL, ['America/New_York', [hero.id, other.id]]);
      expect(exact).toEqual({ differences: 0 });
    });
  });
});
