import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../server/src/database/data-source';
import { ensureDatabaseExists } from '../../server/src/database/embedded-postgres';
import { runMigrations } from '../../server/src/database/migrations-runner';
import { createDepartment, createEmployee, insertEndorsement, insertStory } from '../../server/test/factories';
import { createSiblingDatabase } from '../../server/test/test-database';
import { startThrowawayPostgres, ThrowawayPostgres } from '../../server/test/throwaway-postgres';

const run = promisify(execFile);

/** Major version of the machine's pg_dump (PostgreSQL's client tools; the embedded binaries ship none). */
async function dumpToolMajor(): Promise<number> {
  const { stdout } = await run('pg_dump', ['--version']);
  return Number(/(\d+)(\.\d+)?/.exec(stdout)![1]);
}

async function serverMajor(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function rowsOf(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      stories: await q('SELECT id, author_id, title, situation, created_at, endorsement_count FROM stories ORDER BY id'),
      heroes: await q('SELECT story_id, employee_id, department_id FROM story_heroes ORDER BY story_id, employee_id'),
      endorsements: await q('SELECT story_id, endorser_id, created_at FROM endorsements ORDER BY story_id, endorser_id'),
      rewards: await q('SELECT id, giver_id, recipient_id, story_id, kind, points, citation, awarded_on FROM rewards ORDER BY id'),
      employees: await q('SELECT id, email, password_hash FROM employees ORDER BY id'),
      migrations: await q('SELECT name FROM migrations ORDER BY id'),
    };
  } finally {
    await client.end();
  }
}

describe('backup and restore with pg_dump -Fc and pg_restore', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  let throwaway: ThrowawayPostgres | undefined;
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }, 60_000);

  it('restores into a fresh database every story, hero, endorsement and reward, with ids and key fields', async () => {
    const tool = await dumpToolMajor();
    const testServer = process.env.HEROICS_TEST_DATABASE_URL!;
    // pg_dump refuses servers newer than itself: use the run's server when the tool is new enough, else a
    // throwaway server of the tool's own version (the embedded PostgreSQL is 18, Debian 12's tools are 15).
    let source: string;
    let serverUrl: string;
    if ((await serverMajor(testServer)) <= tool) {
      const sibling = await createSiblingDatabase('backup_source');
      cleanup.push(() => sibling.dispose());
      source = sibling.url;
      serverUrl = testServer;
    } else {
      const binDir = `/usr/lib/postgresql/${tool}/bin`;
      expect(existsSync(join(binDir, 'postgres'))).toBe(true);
      throwaway = await startThrowawayPostgres(binDir);
      cleanup.push(() => throwaway!.dispose());
      source = await throwaway.createDatabase('backup_source');
      await runMigrations(source);
      serverUrl = throwaway.urlFor('postgres');
    }
    expect(await serverMajor(source)).toBeLessThanOrEqual(tool);

    const dataSource = new DataSource(dataSourceOptions(source, 2));
    await dataSource.initialize();
    cleanup.push(() => dataSource.destroy());
    const department = await createDepartment(dataSource);
    const people = [];
    for (let i = 0; i < 6; i++)
      people.push(
        await createEmployee(dataSource, { departmentId: department.id, role: i === 0 ? 'manager' : 'staff', manages: i === 0 ? [department.id] : [] }),
      );
    const [manager, ...staff] = people;
    const storyIds: string[] = [];
    for (let i = 0; i < 8; i++) {
      const hero = staff[i % staff.length];
      storyIds.push(
        await insertStory(dataSource, {
          authorId: staff[(i + 1) % staff.length].id,
          heroes: [{ id: hero.id, departmentId: department.id }],
          createdAt: `2026-0${1 + (i % 6)}-1${i}T10:00:00Z`,
          title: `Backed-up story ${i} — “quoted”`,
        }),
      );
    }
    for (const [i, storyId] of storyIds.entries()) {
      await insertEndorsement(dataSource, storyId, manager.id, `2026-07-0${1 + (i % 8)}T09:00:00Z`);
      if (i % 2 === 0) await insertEndorsement(dataSource, storyId, staff[(i + 3) % staff.length].id, `2026-07-1${i}T09:00:00Z`);
    }
    for (const [i, storyId] of storyIds.slice(0, 4).entries()) {
      await dataSource.query(
        `INSERT INTO rewards (giver_id, recipient_id, recipient_department_id, story_id, kind, points, citation, awarded_on)
         VALUES ($1, $2, $3, $4, $5, 0, $6, '2026-08-0${i + 1}')`,
        [manager.id, staff[i].id, department.id, storyId, i % 2 ? 'gift' : 'badge', `Citation ${i}: stayed on the line`],
      );
    }

    const dir = mkdtempSync(join(tmpdir(), 'heroics-backup-'));
    cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
    const dumpFile = join(dir, 'heroics.dump');
    await run('pg_dump', ['-Fc', '--no-owner', '-f', dumpFile, source]);
    expect(statSync(dumpFile).size).toBeGreaterThan(0);

    const targetName = `backup_target_${process.pid}_${Date.now().toString(36)}`;
    await ensureDatabaseExists(withDatabase(serverUrl, 'postgres'), targetName);
    const target = withDatabase(serverUrl, targetName);
    cleanup.push(async () => {
      const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`);
      await admin.end();
    });
    await run('pg_restore', ['--no-owner', '--exit-on-error', '-d', target, dumpFile]);

    const before = await rowsOf(source);
    const after = await rowsOf(target);
    expect(before.stories.map((s) => s.id).sort()).toEqual([...storyIds].sort());
    expect(before.endorsements).toHaveLength(12);
    expect(before.rewards).toHaveLength(4);
    expect(after).toEqual(before);
    console.log(
      `backup/restore (pg_dump ${tool}, server ${await serverMajor(source)}): ${after.stories.length} stories, ${after.endorsements.length} endorsements, ${after.rewards.length} rewards, ${after.employees.length} employees and ${after.migrations.length} migrations found again`,
    );
  }, 60_000);
});
