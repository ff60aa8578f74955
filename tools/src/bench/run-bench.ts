import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { periodStart, todayIn } from '../../../server/src/common/calendar';
import { openDatabaseServer } from '../../../server/src/database/database-server';
import { runMigrations } from '../../../server/src/database/migrations-runner';
import { LARGE_PASSWORD, LARGE_SIGN_INS } from '../seed-large/large-company';
import { largeDataSetConfig } from '../seed-large/large-data-dir';
import { SCORE_FORMULA } from '../../../server/src/leaderboards/dto/leaderboard.dto';
import { startApp, startBare } from './bench-servers';
import { compareAnswers, Side, SideFigures, SideName, summarise } from './sides';
import { CpuWindow, cpuWindow, postmasterOf } from './cpu';
import { BenchPeople, explainListQueries } from './explain';
import { checkEndorsementCounters, measureFreshness } from './exactness';
import { measureFirstStories } from './first-stories';
import { measureLoad, watchMemory } from './load';
import { BenchReport, emailQueueRow, replaceReportRow, ScenarioResult, writeBenchReport } from './report';
import { BENCH_SCENARIOS } from './scenarios';
import { cheapEndpointUnderImports } from './under-imports';
import { feedWhileEmailsQueue } from './under-email-queue';

/**
 * `npm run bench`: the production build of Heroics and a bare node:http + pg baseline, side by side on the
 * large data set (`npm run seed:large`), driven with autocannon over loopback. Prints a table and writes
 * docs/benchmarks.md. A script, not a test: it reports figures against the targets and never fails a build.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      only: { type: 'string' },
      output: { type: 'string' },
      // `--part email-queue`: only the feed while 10,000 emails are queued; updates that row of the written report.
      part: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  const seconds = Number(values.seconds);
  const warmupSeconds = Number(values.warmup);
  const config = largeDataSetConfig();
  const database = await openDatabaseServer(config);
  const stops: (() => Promise<void>)[] = [() => database.stop()];
  try {
    await runMigrations(database.url);
    const client = new Client({ connectionString: database.url });
    await client.connect();
    stops.unshift(() => client.end());
    const dataSet = await describeDataSet(client);
    if (dataSet.counts.employees < 1000) throw new Error('The database has no large data set: run `npm run seed:large` first.');
    const people = await benchPeople(client, config.companyTimeZone);

    console.log(
      `Data set: ${Object.entries(dataSet.counts)
        .map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
        .join(', ')}`,
    );
    // One signing key for the app and the bare servers, so that the same token is verified by each.
    const jwtSecret = randomBytes(48).toString('base64url');
    const app = await startApp(database.url, config.companyTimeZone, jwtSecret, { DB_POOL_SIZE: String(config.dbPoolSize) });
    stops.unshift(() => app.stop());
    const bareOptions = { poolSize: config.dbPoolSize, jwtSecret, timeZone: config.companyTimeZone, scoreFormula: SCORE_FORMULA };
    const bareLive = await startBare(database.url, { ...bareOptions, freshness: 'live' });
    stops.unshift(() => bareLive.stop());
    const bareFresh = await startBare(database.url, { ...bareOptions, freshness: 'app' });
    stops.unshift(() => bareFresh.stop());
    const postmaster = postmasterOf((await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
    const memory = watchMemory(app.process.pid!);
    // The sampler's timer would keep the process alive after a part run returns.
    stops.push(async () => void memory.stop());
    const tokens = await signIn(app.url);
    const feed = BENCH_SCENARIOS(people, tokens).find((x) => x.name === 'Feed, first page')!;
    const emailQueue = () => feedWhileEmailsQueue(client, database.url, app.url, feed, { rounds: runs, seconds, warmupSeconds });
    if (values.part === 'email-queue') {
      const file = replaceReportRow(emailQueueRow(await emailQueue(), new Date()), values.output);
      console.log(`\nUpdated that row of ${file}`);
      return;
    }
    if (values.part) throw new Error(`Unknown --part ${values.part}: the one part is email-queue.`);
    const sides: Side[] = [
      { name: 'app', server: app },
      { name: 'bare', server: bareLive },
      { name: 'bareFresh', server: bareFresh },
    ];

    const scenarios = BENCH_SCENARIOS(people, tokens).filter((s) => !values.only || s.name.toLowerCase().includes(values.only.toLowerCase()));
    console.log('Checking that the bare answers equal the app’s…');
    const equality = await compareAnswers(scenarios, app.url, [bareLive.url, bareFresh.url]);
    for (const [name, verdict] of equality) console.log(`  ${name}: ${verdict}`);
    const figures = new Map<string, Map<SideName, SideFigures[]>>();
    const firstRequestMs = new Map<string, number>();
    for (let run = 1; run <= runs; run++) {
      for (const [index, scenario] of scenarios.entries()) {
        if (run === 1 && !scenario.requests) {
          // One request on its own before any load: what a first visitor waits while nothing is cached yet.
          const started = Date.now();
          await (await fetch(app.url + scenario.path, { headers: scenario.headers })).arrayBuffer();
          firstRequestMs.set(scenario.name, Date.now() - started);
        }
        // Interleaved: app and bare servers take turns, in an order that rotates from run to run and endpoint to endpoint.
        const present = scenario.bare ? sides : sides.slice(0, 1);
        const order = present.map((_, i) => present[(i + run + index) % present.length]);
        const line: string[] = [];
        for (const side of order) {
          let cpu: CpuWindow | undefined;
          const window = () => {
            const started = cpuWindow(side.server.process.pid!, postmaster);
            return { stop: () => (cpu = started.stop()) };
          };
          const load = await measureLoad({
            url: side.server.url + scenario.path,
            connections: scenario.connections,
            seconds,
            warmupSeconds,
            headers: scenario.headers,
            requests: scenario.requests?.(),
            window,
          });
          const perScenario = figures.get(scenario.name) ?? new Map<SideName, SideFigures[]>();
          perScenario.set(side.name, [...(perScenario.get(side.name) ?? []), { ...load, cpu: cpu! }]);
          figures.set(scenario.name, perScenario);
          line.push(`${side.name} ${load.requestsPerSecond.toFixed(0)} req/s p99 ${load.p99} ms err ${load.errors}`);
        }
        console.log(`run ${run}/${runs}  ${scenario.name.padEnd(44)} ${line.join('  | ')}`);
      }
    }
    const results: ScenarioResult[] = scenarios.map((scenario) =>
      summarise(scenario, figures.get(scenario.name)!, firstRequestMs.get(scenario.name), equality.get(scenario.name)),
    );

    console.log('\nA cheap endpoint while ten 20,000-row import dry runs run…');
    const story = scenarios.find((x) => x.name === 'Story page') ?? BENCH_SCENARIOS(people, tokens).find((x) => x.name === 'Story page')!;
    const underImports = await cheapEndpointUnderImports(app.url, tokens.admin, story, seconds, warmupSeconds);
    console.log(
      `  story page p99 ${underImports.alone.p99} ms alone, ${underImports.p99} ms during ${underImports.importsCompleted} dry runs (${underImports.importErrors} failed)`,
    );
    const underEmailQueue = await emailQueue();
    console.log('\nChecking endorsement counters and leaderboard tallies after the load…');
    const counters = await checkEndorsementCounters(client, people, config.companyTimeZone);
    console.log(
      `  ${counters.storiesChecked} stories endorsed and withdrawn: ${counters.countMismatches} counter mismatches, ${counters.tallyDifferences} tally differences`,
    );
    const freshness = await measureFreshness(app.url, tokens, people);
    console.log(
      `  as someone else sees it: a new endorsement showed on the month leaderboard after ${freshness.endorsementMs} ms, a reward after ${freshness.rewardMs} ms`,
    );
    console.log('Measuring the feed in Chromium…');
    const firstStories = await measureFirstStories(app.url, LARGE_SIGN_INS.staff, LARGE_PASSWORD);
    console.log(`  first stories visible after ${firstStories.timesMs.join(', ')} ms (median ${firstStories.medianMs} ms)`);
    const rss = memory.stop();
    console.log(`  server memory: peak ${rss.peakMb.toFixed(0)} MB RSS`);
    const explained = await explainListQueries(client, people);

    const report: BenchReport = {
      dataSet,
      results,
      underImports,
      underEmailQueue,
      counters,
      freshness,
      firstStories,
      peakRssMb: rss.peakMb,
      explained,
      runs,
      seconds,
      warmupSeconds,
    };
    const file = await writeBenchReport(report, values.output);
    console.log(`\nWrote ${file}`);
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
  }
}

async function describeDataSet(client: Client): Promise<BenchReport['dataSet']> {
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM employees)::int AS employees, (SELECT count(*) FROM departments)::int AS departments,
            (SELECT count(*) FROM stories)::int AS stories, (SELECT count(*) FROM endorsements)::int AS endorsements,
            (SELECT count(*) FROM rewards)::int AS rewards, current_setting('server_version') AS version, current_setting('shared_buffers') AS "sharedBuffers"`,
  );
  const { version, sharedBuffers, ...counts } = rows[0];
  return { counts, postgres: `PostgreSQL ${version} (shared_buffers ${sharedBuffers})` };
}

/** Who and what the scenarios use: the sign-ins of the large company, a busy hero, a department, a deep cursor. */
async function benchPeople(client: Client, timeZone: string): Promise<BenchPeople & { endorsable: string[]; leaderId: string; leaderStory: string }> {
  const one = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0];
  const staff = await one('SELECT id, department_id FROM employees WHERE email = $1', [LARGE_SIGN_INS.staff]);
  const manager = await one('SELECT e.id, m.department_id FROM employees e JOIN department_managers m ON m.employee_id = e.id WHERE e.email = $1 LIMIT 1', [
    LARGE_SIGN_INS.manager,
  ]);
  if (!staff || !manager) throw new Error('The sign-ins of the large company are missing: run `npm run seed:large` on an empty database.');
  const hero = await one(`SELECT t.employee_id AS id FROM recognition_tallies t JOIN employees e ON e.id = t.employee_id AND e.left_on IS NULL
                           WHERE t.period_kind = 'all' ORDER BY t.stories_as_hero DESC LIMIT 1`);
  // The bench's own query for a cursor 50,000 stories deep (the app never counts rows off like this).
  const deep = await one(`SELECT created_at, id FROM (SELECT created_at, id, row_number() OVER (ORDER BY created_at DESC, id DESC) AS position
                             FROM stories WHERE status = 'published' AND deleted_at IS NULL) ranked WHERE position = 50000`);
  const firstPage = await client.query(`SELECT id FROM stories WHERE status = 'published' AND deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 21`);
  const story = await one(`SELECT id FROM stories WHERE status = 'published' AND deleted_at IS NULL ORDER BY endorsement_count DESC LIMIT 1`);
  // Stories the staff member may endorse (not theirs, not about them, not endorsed yet), for the write load.
  const endorsable = await client.query(
    `SELECT s.id FROM stories s WHERE s.status = 'published' AND s.deleted_at IS NULL AND s.author_id <> $1
        AND NOT EXISTS (SELECT 1 FROM story_heroes h WHERE h.story_id = s.id AND h.employee_id = $1)
        AND NOT EXISTS (SELECT 1 FROM endorsements e WHERE e.story_id = s.id AND e.endorser_id = $1)
      ORDER BY s.created_at DESC LIMIT 20000`,
    [staff.id],
  );
  const today = todayIn(timeZone);
  // To time the leaderboard's freshness as others see it: the month's leader of the manager's department (on the
  // cached board, not their own live row) and a story about them the manager may endorse.
  const leader = await one(
    `SELECT t.employee_id AS id, s.id AS "storyId"
       FROM recognition_tallies t JOIN employees e ON e.id = t.employee_id AND e.left_on IS NULL AND e.department_id = $2
       CROSS JOIN LATERAL (SELECT s.id FROM story_heroes h JOIN stories s ON s.id = h.story_id
                            WHERE h.employee_id = t.employee_id AND s.status = 'published' AND s.deleted_at IS NULL AND s.author_id <> $1
                              AND NOT EXISTS (SELECT 1 FROM story_heroes o WHERE o.story_id = s.id AND o.employee_id = $1)
                              AND NOT EXISTS (SELECT 1 FROM endorsements en WHERE en.story_id = s.id AND en.endorser_id = $1) LIMIT 1) s
      WHERE t.period_kind = 'month' AND t.period_start = $3 AND t.employee_id <> $1
      ORDER BY t.endorsements_received DESC, t.points_received DESC LIMIT 1`,
    [manager.id, manager.department_id, periodStart('month', today)],
  );
  if (!leader) throw new Error('No one in the manager’s department has been endorsed this month; reseed the large data set.');
  return {
    endorsable: endorsable.rows.map((r) => r.id),
    leaderId: leader.id,
    leaderStory: leader.storyId,
    staffId: staff.id,
    managerId: manager.id,
    departmentId: manager.department_id,
    heroId: hero.id,
    storyId: story.id,
    deepCursor: [new Date(deep.created_at).toISOString(), deep.id],
    pageIds: firstPage.rows.map((r) => r.id),
    monthStart: periodStart('month', today),
    quarterStart: periodStart('quarter', today),
  };
}

export type BenchTokens = Record<keyof typeof LARGE_SIGN_INS, string>;

async function signIn(url: string): Promise<BenchTokens> {
  const tokens = {} as BenchTokens;
  for (const [role, email] of Object.entries(LARGE_SIGN_INS) as [keyof typeof LARGE_SIGN_INS, string][]) {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: LARGE_PASSWORD }),
    });
    if (!response.ok) throw new Error(`Signing in as ${email}: ${response.status} ${await response.text()}`);
    tokens[role] = ((await response.json()) as { accessToken: string }).accessToken;
  }
  return tokens;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
