import { periodStart, todayIn } from '../../server/src/common/calendar';
import { createDepartment, createEmployee, createValue, setBudget, signIn, storyBody } from '../../server/test/factories';
import { startTestApp, TestApp } from '../../server/test/test-app';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

/**
 * Every write holds one pooled connection for its transaction and nothing else. A write that asks the pool for a
 * second connection while it holds the first (a check "outside" the transaction) starves the pool when as many
 * writes arrive at once as it has connections: each waits for a connection the others hold, and all of them
 * answer 503 after the pool's timeout. With a pool of one, such a write can never finish, so this finds it at once.
 */
describe('writes with a pool of one database connection', () => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await createSiblingDatabase('heroics_one_connection');
    t = await startTestApp({ DB_POOL_SIZE: '1' }, {}, database.url);
  });
  afterAll(async () => {
    await t?.close();
    await database?.dispose();
  });

  it('tells, edits and endorses a story, rewards and revokes, and records a departure, each answered without waiting for a second connection', async () => {
    const care = await createDepartment(t.dataSource, 'Care');
    const value = await createValue(t.dataSource);
    const hero = await createEmployee(t.dataSource, { departmentId: care.id });
    const leaver = await createEmployee(t.dataSource, { departmentId: care.id });
    const author = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: care.id })).email);
    const endorser = await signIn(t.http, (await createEmployee(t.dataSource, { departmentId: care.id })).email);
    const managerPerson = await createEmployee(t.dataSource, { departmentId: care.id, role: 'manager', manages: [care.id] });
    const manager = await signIn(t.http, managerPerson.email);
    await setBudget(t.dataSource, managerPerson.id, periodStart('quarter', todayIn('UTC')), 1000);

    const story = await t.http
      .post('/api/stories')
      .set(author.auth)
      .send(storyBody([hero.id], [value.id]));
    expect(story.status).toBe(201);
    const edited = await t.http
      .patch(`/api/stories/${story.body.id}`)
      .set(author.auth)
      .send({ version: story.body.version, title: 'Found the parcel, and the receipt' });
    expect(edited.status).toBe(200);
    expect((await t.http.post(`/api/stories/${story.body.id}/endorsements`).set(endorser.auth).send({})).status).toBe(201);
    expect((await t.http.delete(`/api/stories/${story.body.id}/endorsements/mine`).set(endorser.auth)).status).toBe(200);
    const reward = await t.http
      .post('/api/rewards')
      .set(manager.auth)
      .send({ recipientId: hero.id, kind: 'points', points: 50, citation: 'Made it right.', storyId: story.body.id });
    expect(reward.status).toBe(201);
    expect((await t.http.post(`/api/rewards/${reward.body.reward.id}/revoke`).set(manager.auth).send({ reason: 'Given twice' })).status).toBe(200);
    const departure = await t.http
      .post(`/api/employees/${leaver.id}/departure`)
      .set(manager.auth)
      .send({ leftOn: todayIn('UTC'), reason: 'voluntary' });
    expect(departure.status).toBe(200);
    expect((await t.http.get('/api/feed').set(author.auth)).body.items[0]).toMatchObject({ id: story.body.id, title: 'Found the parcel, and the receipt' });
  });
});
