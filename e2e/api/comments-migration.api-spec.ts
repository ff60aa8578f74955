import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../server/src/database/data-source';
import { runMigrations } from '../../server/src/database/migrations-runner';
import { createSiblingDatabase, TestDatabase } from '../../server/test/test-database';

const MIGRATION = 'CommentsOfTheirOwn1796303106233';

/** The comments endorsements carried move into comments of their own, by the same person at the same time, and back. */
describe('comments migration', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createSiblingDatabase('heroics_comments_migration');
    dataSource = new DataSource({ ...dataSourceOptions(db.url, 2), logging: ['error'] });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.dispose();
  });

  const applied = async () => ((await dataSource.query('SELECT name FROM migrations')) as { name: string }[]).map((m) => m.name);

  it('moves each endorsement comment into comments with its author and time, counts them, and puts them back on the way down', async () => {
    // Back to just before comments had a table of their own (and any later migration first).
    while ((await applied()).includes(MIGRATION)) await dataSource.undoLastMigration({ transaction: 'each' });
    const [department] = await dataSource.query(`INSERT INTO departments (name) VALUES ('Care') RETURNING id`);
    const person = async (name: string) =>
      (
        await dataSource.query(
          `INSERT INTO employees (name, email, job_title, department_id, role, hired_on) VALUES ($1, $2, 'Agent', $3, 'staff', '2020-01-01') RETURNING id`,
          [name, `${name.toLowerCase()}@heroics.test`, department.id],
        )
      )[0].id as string;
    const [author, fan, quiet] = [await person('Ada'), await person('Ben'), await person('Cy')];
    const [story] = await dataSource.query(
      `INSERT INTO stories (author_id, title, situation, action, impact, occurred_on, channel, resolved_without_handoff)
       VALUES ($1, 'Saved the day', 'A need', 'An act', 'An end', '2025-01-02', 'phone', true) RETURNING id`,
      [author],
    );
    await dataSource.query(
      `INSERT INTO endorsements (story_id, endorser_id, comment, created_at) VALUES ($1, $2, 'Textbook ownership.', '2025-01-03T10:00:00Z'), ($1, $3, NULL, '2025-01-03T11:00:00Z')`,
      [story.id, fan, quiet],
    );

    await runMigrations(db.url);
    const comments = await dataSource.query(
      `SELECT author_id AS "authorId", body, created_at AS "createdAt", parent_id AS "parentId" FROM comments WHERE story_id = $1`,
      [story.id],
    );
    expect(comments).toEqual([{ authorId: fan, body: 'Textbook ownership.', createdAt: new Date('2025-01-03T10:00:00Z'), parentId: null }]);
    const [{ count }] = await dataSource.query('SELECT comment_count AS count FROM stories WHERE id = $1', [story.id]);
    expect(count).toBe(1);
    expect(await dataSource.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'endorsements' AND column_name = 'comment'`)).toEqual([]);

    while ((await applied()).includes(MIGRATION)) await dataSource.undoLastMigration({ transaction: 'each' });
    const back = await dataSource.query('SELECT endorser_id AS "endorserId", comment FROM endorsements WHERE story_id = $1 ORDER BY created_at', [story.id]);
    expect(back).toEqual([
      { endorserId: fan, comment: 'Textbook ownership.' },
      { endorserId: quiet, comment: null },
    ]);
    await runMigrations(db.url);
  });
});
