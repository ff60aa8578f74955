import { Client } from 'pg';
import { hashPassword } from '../../../server/src/auth/password-hasher';
import { periodStart, todayIn } from '../../../server/src/common/calendar';
import { rebuildRecognitionTallies } from '../../../server/src/leaderboards/recognition-tallies.service';
import { DEMO_VALUES } from '../../../server/src/database/seed/demo-stories';
import { mulberry32 } from '../../../server/src/database/seed/seeded-random';
import { copyInto, copyRow, dropIndexesAndConstraints } from './bulk-load';
import { ACTIONS, CHANNELS, CITATIONS, departmentName, ENDORSEMENT_COMMENTS, FIRST_NAMES, IMPACTS, LAST_NAMES, QUOTES, SITUATIONS, TITLES } from './story-text';

/** How big the generated company is. */
export interface LargeCompanySize {
  employees: number;
  departments: number;
  stories: number;
  endorsements: number;
  rewards: number;
}

/** A company of 100,000 people with ten years of history: the size the benchmark targets are set for. */
export const LARGE_COMPANY: LargeCompanySize = { employees: 100_000, departments: 60, stories: 1_000_000, endorsements: 5_000_000, rewards: 200_000 };

export function sizeAtScale(scale: number): LargeCompanySize {
  const at = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    employees: Math.max(50, at(LARGE_COMPANY.employees)),
    departments: Math.min(LARGE_COMPANY.departments, Math.max(3, Math.round(LARGE_COMPANY.departments * Math.sqrt(scale)))),
    stories: at(LARGE_COMPANY.stories),
    endorsements: at(LARGE_COMPANY.endorsements),
    rewards: at(LARGE_COMPANY.rewards),
  };
}

export const LARGE_PASSWORD = 'heroics-large';
/** The people who can sign in to the large company (everyone else has no password). */
export const LARGE_SIGN_INS = { admin: 'admin@large.example', manager: 'manager@large.example', staff: 'staff@large.example' } as const;

export const HISTORY_YEARS = 10;
/** Share of everyone ever hired who has left by today. */
export const LEAVER_SHARE = 0.15;

/** What the loader reports while it works: a phase with a total, then progress within it. */
export interface SeedProgress {
  phase(name: string, total: number): void;
  advance(n: number): void;
  done(): void;
}

export const SILENT_PROGRESS: SeedProgress = { phase: () => undefined, advance: () => undefined, done: () => undefined };

export interface LargeSeedResult {
  counts: Record<string, number>;
  seconds: Record<string, number>;
}

export class DatabaseNotEmptyError extends Error {}

/** The tables the large seed fills; each is truncated and loaded with COPY … FREEZE in one transaction. */
const LOADED_TABLES = [
  'departments',
  'employees',
  'department_managers',
  'company_values',
  'stories',
  'story_heroes',
  'story_values',
  'endorsements',
  'rewards',
  'reward_budgets',
  'recognition_tallies',
  'points_entries',
  'points_accounts',
];
/** The big ones, whose indexes and constraints are built after the load instead of maintained row by row. */
const REINDEXED_TABLES = ['stories', 'story_heroes', 'story_values', 'endorsements', 'rewards'];

const DAY = 86_400_000;

/**
 * Generates a company of `size` into an empty, migrated database in one transaction: departments, employees
 * hired over ten years (LEAVER_SHARE have left), stories told about people while they were employed, their
 * endorsements and rewards, with the skew of a real company (a few people are named and endorsed far more
 * often than most, a few people endorse far more than most). Then it builds what the app reads:
 * story endorsement counts, budgets that cover every reward, and the leaderboard tallies (through the same
 * SQL as `npm run tallies:rebuild`), and analyses the tables. The same seed gives the same company.
 */
export async function seedLargeCompany(
  databaseUrl: string,
  options: { size: LargeCompanySize; timeZone: string; seed?: number; progress?: SeedProgress; now?: Date },
): Promise<LargeSeedResult> {
  const progress = options.progress ?? SILENT_PROGRESS;
  const company = new CompanyGenerator(options.size, options.seed ?? 20261123, options.now ?? new Date(), options.timeZone);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const seconds: Record<string, number> = {};
  const counts: Record<string, number> = {};
  let clock = Date.now();
  const lap = (name: string) => {
    seconds[name] = (Date.now() - clock) / 1000;
    clock = Date.now();
  };
  try {
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${LOADED_TABLES.join(', ')} IN ACCESS EXCLUSIVE MODE`);
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM employees');
    if (rows[0].n > 0)
      throw new DatabaseNotEmptyError(`The database already has ${rows[0].n} employees; the large data set only loads into an empty database.`);
    await client.query(`SET LOCAL maintenance_work_mem = '1GB'`);
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`TRUNCATE ${LOADED_TABLES.join(', ')} CASCADE`);
    const loadedIndexes = await dropIndexesAndConstraints(client, REINDEXED_TABLES);
    const tallyIndexes = await dropIndexesAndConstraints(client, ['recognition_tallies']);

    const passwordHash = await hashPassword(LARGE_PASSWORD);
    progress.phase('people', company.size.employees);
    company.planPeople();
    counts.departments = await copyInto(client, 'departments', ['id', 'name'], company.departmentRows(), () => undefined);
    counts.employees = await copyInto(
      client,
      'employees',
      ['id', 'name', 'email', 'job_title', 'department_id', 'role', 'manager_id', 'hired_on', 'left_on', 'leave_reason', 'password_hash'],
      company.employeeRows(passwordHash),
      (n) => progress.advance(n),
    );
    await copyInto(client, 'department_managers', ['department_id', 'employee_id'], company.departmentManagerRows(), () => undefined);
    await copyInto(client, 'company_values', ['id', 'name', 'description'], company.valueRows(), () => undefined);
    lap('people');

    progress.phase('planning stories', company.size.stories);
    company.planStories((n) => progress.advance(n));
    lap('planning stories');

    progress.phase('endorsements', company.plannedEndorsements);
    counts.endorsements = await copyInto(client, 'endorsements', ['id', 'story_id', 'endorser_id', 'created_at'], company.endorsementRows(), (n) =>
      progress.advance(n),
    );
    lap('endorsements');

    progress.phase('stories', company.size.stories);
    counts.stories = await copyInto(
      client,
      'stories',
      [
        'id',
        'author_id',
        'title',
        'situation',
        'action',
        'impact',
        'occurred_on',
        'channel',
        'resolved_without_handoff',
        'customer_quote',
        'status',
        'hidden_reason',
        'hidden_by_id',
        'hidden_at',
        'featured_at',
        'featured_by_id',
        'deleted_at',
        'endorsement_count',
        'created_at',
      ],
      company.storyRows(),
      (n) => progress.advance(n),
    );
    counts.storyHeroes = await copyInto(
      client,
      'story_heroes',
      ['story_id', 'employee_id', 'department_id', 'story_created_at'],
      company.storyHeroRows(),
      () => undefined,
    );
    counts.storyValues = await copyInto(client, 'story_values', ['story_id', 'value_id'], company.storyValueRows(), () => undefined);
    lap('stories');

    progress.phase('rewards', company.size.rewards);
    counts.rewards = await copyInto(
      client,
      'rewards',
      [
        'id',
        'giver_id',
        'recipient_id',
        'recipient_department_id',
        'story_id',
        'kind',
        'points',
        'citation',
        'champion_period',
        'period_start',
        'champion_department_id',
        'budget_quarter',
        'awarded_on',
        'created_at',
        'revoked_at',
        'revoked_by_id',
        'revoke_reason',
      ],
      company.rewardRows(),
      (n) => progress.advance(n),
    );
    // Each badge reward gives one of the badges the migrations seed, in turn (not from the random stream, so the rest stays as it was).
    await client.query(
      `WITH active AS (SELECT array_agg(id ORDER BY name, id) AS ids FROM badges WHERE retired_at IS NULL),
            numbered AS (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM rewards WHERE kind = 'badge')
       UPDATE rewards r SET badge_id = a.ids[1 + (b.n - 1) % cardinality(a.ids)]
         FROM numbered b, active a
        WHERE r.id = b.id AND cardinality(a.ids) > 0`,
    );
    // Every quarter's budget covers what its holder gave, with room to spare; this quarter everyone who can give has some.
    await client.query(
      `INSERT INTO reward_budgets (holder_id, quarter_start, points, spent)
       SELECT giver_id, budget_quarter, sum(points)::int + 2000, sum(points)::int FROM rewards
        WHERE revoked_at IS NULL AND budget_quarter IS NOT NULL GROUP BY 1, 2`,
    );
    await client.query(
      `INSERT INTO reward_budgets (holder_id, quarter_start, points, spent)
       SELECT id, $1::date, 5000, 0 FROM employees WHERE role IN ('manager', 'admin') AND left_on IS NULL
       ON CONFLICT (holder_id, quarter_start) DO NOTHING`,
      [periodStart('quarter', company.today)],
    );
    // Every reward's points in the ledger, and each balance as the sum of its ledger (what `npm run points:check` verifies).
    await client.query(
      `INSERT INTO points_entries (employee_id, kind, points, reward_id, received_on, created_at)
       SELECT recipient_id, 'reward', points, id, awarded_on, created_at FROM rewards WHERE revoked_at IS NULL AND points > 0`,
    );
    await client.query('INSERT INTO points_accounts (employee_id, balance) SELECT employee_id, sum(points)::int FROM points_entries GROUP BY employee_id');
    lap('rewards');

    // The tallies are computed from the loaded tables by hash joins, before any index exists (faster than after).
    progress.phase('leaderboard tallies', 1);
    await rebuildRecognitionTallies((sql, params) => client.query(sql, params), options.timeZone);
    progress.advance(1);
    lap('leaderboard tallies');

    progress.phase('indexes and constraints', loadedIndexes.statements + tallyIndexes.statements);
    await loadedIndexes.restore(() => progress.advance(1));
    await tallyIndexes.restore(() => progress.advance(1));
    lap('indexes and constraints');
    const { rows: tallies } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM recognition_tallies');
    counts.tallies = tallies[0].n;
    await client.query('COMMIT');

    progress.phase('analyse', 1);
    await client.query(`VACUUM (ANALYZE) ${LOADED_TABLES.join(', ')}`);
    progress.advance(1);
    lap('analyse');
    progress.done();
    return { counts, seconds };
  } catch (error) {
    progress.done();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Cumulative weights for picking an index in proportion to its weight (binary search: log n per pick). */
class WeightedPicker {
  private readonly cumulative: Float64Array;
  constructor(
    private readonly items: ArrayLike<number>,
    weight: (item: number) => number,
    private readonly random: () => number,
  ) {
    this.cumulative = new Float64Array(items.length);
    let sum = 0;
    for (let i = 0; i < items.length; i++) this.cumulative[i] = sum += weight(items[i]);
  }
  pick(): number {
    const target = this.random() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] <= target) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }
}

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const instantOf = (ms: number) => new Date(ms).toISOString();

/** The company itself, generated in memory (typed arrays: a million stories take tens of megabytes) and written out as COPY rows. */
class CompanyGenerator {
  readonly today: string;
  private readonly random: () => number;
  private readonly nowMs: number;
  private readonly startMs: number;
  // People: index 0 is the admin, 1..departments the department managers, then everyone else.
  private readonly employeeIds: string[] = [];
  private readonly departmentIds: string[] = [];
  private readonly valueIds: string[] = [];
  private readonly department: Int32Array;
  private readonly hiredMs: Float64Array;
  /** The last moment a person was employed (now for current employees). */
  private readonly leftMs: Float64Array;
  private readonly popularity: Float64Array;
  private readonly members: number[][] = [];
  // Stories, in the order they were told.
  private storyIds: string[] = [];
  private storyCreated = new Float64Array(0);
  private storyAuthor = new Int32Array(0);
  /** Up to three heroes per story, at 3k, 3k+1, 3k+2 (-1 where none). */
  private storyHeroes = new Int32Array(0);
  private storyEndorsements = new Int32Array(0);
  private storyState = new Uint8Array(0); // 0 published, 1 hidden, 2 deleted
  plannedEndorsements = 0;

  constructor(
    readonly size: LargeCompanySize,
    seed: number,
    now: Date,
    timeZone: string,
  ) {
    this.random = mulberry32(seed);
    this.today = todayIn(timeZone, now);
    this.nowMs = now.getTime();
    this.startMs = Date.parse(`${Number(this.today.slice(0, 4)) - HISTORY_YEARS}${this.today.slice(4)}T00:00:00Z`);
    this.department = new Int32Array(size.employees);
    this.hiredMs = new Float64Array(size.employees);
    this.leftMs = new Float64Array(size.employees);
    this.popularity = new Float64Array(size.employees);
  }

  private uuid(): string {
    const r = this.random;
    const hex = (bits: number) =>
      Math.floor(r() * 2 ** bits)
        .toString(16)
        .padStart(bits / 4, '0');
    return `${hex(32)}-${hex(16)}-4${hex(12)}-${'89ab'[Math.floor(r() * 4)]}${hex(12)}-${hex(24)}${hex(24)}`;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  /** A heavy-tailed weight (Pareto, alpha 1.6, capped): most people near 1, a few ten or fifty times more. */
  private heavyTail(): number {
    return Math.min(60, Math.pow(1 - this.random(), -1 / 1.6));
  }

  private employedAt(person: number, ms: number): boolean {
    return this.hiredMs[person] <= ms && ms <= this.leftMs[person];
  }

  planPeople(): void {
    const { employees, departments } = this.size;
    for (let d = 0; d < departments; d++) {
      this.departmentIds.push(this.uuid());
      this.members.push([]);
    }
    for (let v = 0; v < DEMO_VALUES.length; v++) this.valueIds.push(this.uuid());
    // Departments differ in size (Zipf-like): the biggest is several times the smallest.
    const departmentPicker = new WeightedPicker(
      Int32Array.from({ length: departments }, (_, d) => d),
      (d) => 1 / Math.pow(d + 1, 0.6),
      this.random,
    );
    const span = this.nowMs - this.startMs;
    const staffSignIn = departments + 1;
    for (let i = 0; i < employees; i++) {
      this.employeeIds.push(this.uuid());
      // The admin, the department managers and the staff member who signs in were there from the start and stay.
      const founder = i <= staffSignIn;
      const d = i === 0 || i === staffSignIn ? 0 : i <= departments ? i - 1 : departmentPicker.pick();
      this.department[i] = d;
      this.members[d].push(i);
      // The company grew: more hires in later years (density rising with time). Founders were there from the start.
      const hired = founder
        ? this.startMs + Math.floor(this.random() * 30) * DAY
        : this.startMs + Math.floor(Math.pow(this.random(), 0.85) * (span / DAY - 1)) * DAY;
      this.hiredMs[i] = hired;
      this.popularity[i] = founder ? 1 : this.heavyTail();
      // Who leaves: people who are rarely recognised leave more often (about 22% against 8%), LEAVER_SHARE overall.
      const leaveChance = this.popularity[i] >= 1.6 ? LEAVER_SHARE * 0.55 : LEAVER_SHARE * 1.45;
      const tenure = this.nowMs - hired;
      if (!founder && tenure > 60 * DAY && this.random() < leaveChance * (0.6 + 0.8 * (tenure / span))) {
        this.leftMs[i] = hired + (30 + Math.floor(this.random() * (tenure / DAY - 31))) * DAY + DAY - 1;
      } else {
        this.leftMs[i] = this.nowMs;
      }
    }
  }

  *departmentRows(): Generator<string> {
    for (let d = 0; d < this.size.departments; d++) yield copyRow([this.departmentIds[d], departmentName(d)]);
  }

  *employeeRows(passwordHash: string): Generator<string> {
    const reasons = ['voluntary', 'voluntary', 'voluntary', 'voluntary', 'voluntary', 'voluntary', 'voluntary', 'involuntary', 'involuntary', 'other'];
    const staffSignIn = this.size.departments + 1;
    for (let i = 0; i < this.size.employees; i++) {
      const first = FIRST_NAMES[i % FIRST_NAMES.length];
      const last = LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length];
      const role = i === 0 ? 'admin' : i <= this.size.departments ? 'manager' : 'staff';
      const email =
        i === 0
          ? LARGE_SIGN_INS.admin
          : i === 1
            ? LARGE_SIGN_INS.manager
            : i === staffSignIn
              ? LARGE_SIGN_INS.staff
              : `${first}.${last}.${i}@large.example`.toLowerCase();
      const left = this.leftMs[i] < this.nowMs;
      const managerId = i === 0 ? null : i <= this.size.departments ? this.employeeIds[0] : this.employeeIds[this.department[i] + 1];
      yield copyRow([
        this.employeeIds[i],
        `${first} ${last}`,
        email,
        role === 'staff' ? 'Customer Care Agent' : role === 'manager' ? 'Team Manager' : 'People Lead',
        this.departmentIds[this.department[i]],
        role,
        managerId,
        dateOf(this.hiredMs[i]),
        left ? dateOf(this.leftMs[i]) : null,
        left ? this.pick(reasons) : null,
        i === 0 || i === 1 || i === staffSignIn ? passwordHash : null,
      ]);
    }
  }

  *departmentManagerRows(): Generator<string> {
    for (let d = 0; d < this.size.departments; d++) yield copyRow([this.departmentIds[d], this.employeeIds[d + 1]]);
  }

  *valueRows(): Generator<string> {
    for (let v = 0; v < DEMO_VALUES.length; v++) yield copyRow([this.valueIds[v], DEMO_VALUES[v].name, DEMO_VALUES[v].description]);
  }

  /** A colleague of `department` employed at `ms`, other than `exclude`; a few tries, then none (-1). */
  private colleague(department: number, ms: number, exclude: number[]): number {
    const members = this.members[department];
    for (let attempt = 0; attempt < 8; attempt++) {
      const candidate = members[Math.floor(this.random() * members.length)];
      if (this.employedAt(candidate, ms) && !exclude.includes(candidate)) return candidate;
    }
    return -1;
  }

  /**
   * Who the stories are about and when: a hero drawn by popularity and time employed, a moment while they were employed, a
   * colleague as author (or their manager), sometimes one or two co-heroes; then how many endorsements each
   * story will get (heavy-tailed, more for popular heroes), and the stories sorted by when they were told.
   */
  planStories(onPlanned: (n: number) => void): void {
    const n = this.size.stories;
    const staff = Int32Array.from({ length: this.size.employees - this.size.departments - 1 }, (_, i) => i + this.size.departments + 1);
    const heroPicker = new WeightedPicker(
      staff,
      (p) => this.popularity[p] * Math.max(0, this.leftMs[p] - Math.max(this.hiredMs[p], this.startMs)),
      this.random,
    );
    const created = new Float64Array(n);
    const author = new Int32Array(n);
    const heroes = new Int32Array(3 * n).fill(-1);
    const weight = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const hero = heroPicker.pick();
      const from = Math.max(this.hiredMs[hero], this.startMs);
      const at = from + this.random() * (this.leftMs[hero] - from);
      const d = this.department[hero];
      let teller = this.colleague(d, at, [hero]);
      if (teller < 0) teller = d + 1;
      const cast = [hero];
      const extra = this.random();
      for (let e = extra < 0.05 ? 2 : extra < 0.18 ? 1 : 0; e > 0; e--) {
        const co = this.colleague(d, at, [teller, ...cast]);
        if (co >= 0 && co > this.size.departments) cast.push(co);
      }
      created[k] = Math.floor(at);
      author[k] = teller;
      cast.forEach((h, i) => (heroes[3 * k + i] = h));
      // Popular heroes are already named more often; their stories also draw somewhat more endorsements.
      weight[k] = Math.pow(this.popularity[hero], 0.3) * -Math.log(1 - this.random());
      if ((k & 0x3fff) === 0x3fff) onPlanned(0x4000);
    }
    onPlanned(n & 0x3fff);
    const order = Uint32Array.from({ length: n }, (_, k) => k).sort((a, b) => created[a] - created[b]);
    this.storyCreated = Float64Array.from(order, (k) => created[k]);
    this.storyAuthor = Int32Array.from(order, (k) => author[k]);
    this.storyHeroes = new Int32Array(3 * n);
    order.forEach((k, i) => this.storyHeroes.set(heroes.subarray(3 * k, 3 * k + 3), 3 * i));
    this.storyIds = Array.from({ length: n }, () => this.uuid());
    this.storyState = Uint8Array.from({ length: n }, () => {
      const r = this.random();
      return r < 0.004 ? 1 : r < 0.007 ? 2 : 0;
    });
    // Endorsements per story in proportion to the weight, rounded at random so the total comes out right.
    let total = 0;
    for (let k = 0; k < n; k++) total += weight[k];
    const scale = this.size.endorsements / total;
    this.storyEndorsements = new Int32Array(n);
    let planned = 0;
    for (let i = 0; i < n; i++) {
      const share = weight[order[i]] * scale;
      const count = Math.min(400, Math.floor(share + this.random()));
      this.storyEndorsements[i] = count;
      planned += count;
    }
    this.plannedEndorsements = planned;
  }

  /**
   * Endorsements of each story by people employed when they endorsed it (mostly the hero's department, some
   * from anywhere, some people far keener than others), never by its author or heroes, at most once per person,
   * a few minutes to a few days after the story was told. Records how many each story really got.
   */
  *endorsementRows(): Generator<string> {
    const everyone = Int32Array.from({ length: this.size.employees }, (_, i) => i);
    const keenness = new Float64Array(this.size.employees);
    for (let i = 0; i < keenness.length; i++) keenness[i] = this.heavyTail();
    const enthusiasts = new WeightedPicker(everyone, (p) => keenness[p], this.random);
    const chosen = new Set<number>();
    // A story that cannot find enough eligible endorsers (a small team, a story told yesterday) hands the rest on.
    let shortfall = 0;
    for (let k = 0; k < this.storyIds.length; k++) {
      const wanted = Math.min(400, this.storyEndorsements[k] + shortfall);
      const told = this.storyCreated[k];
      const heroes = this.storyHeroes.subarray(3 * k, 3 * k + 3);
      const members = this.members[this.department[heroes[0]]];
      chosen.clear();
      for (let attempts = 0; chosen.size < wanted && attempts < wanted * 6; attempts++) {
        const person = this.random() < 0.7 ? members[Math.floor(this.random() * members.length)] : enthusiasts.pick();
        if (chosen.has(person) || person === this.storyAuthor[k] || heroes.includes(person)) continue;
        let at = told + Math.floor(-Math.log(1 - this.random()) * 2 * DAY) + 60_000;
        if (at > this.nowMs) at = told + Math.floor(this.random() * (this.nowMs - told));
        if (!this.employedAt(person, at)) continue;
        chosen.add(person);
        const id = this.uuid();
        // Comments are their own table now and are not seeded at scale; the draw stays so the rest of the company is the same.
        if (this.random() < 0.15) this.pick(ENDORSEMENT_COMMENTS);
        yield copyRow([id, this.storyIds[k], this.employeeIds[person], instantOf(at)]);
      }
      this.storyEndorsements[k] = chosen.size;
      shortfall = wanted - chosen.size;
    }
  }

  *storyRows(): Generator<string> {
    const admin = this.employeeIds[0];
    for (let k = 0; k < this.storyIds.length; k++) {
      const at = this.storyCreated[k];
      const state = this.storyState[k];
      const hero = this.storyHeroes[3 * k];
      const occurred = Math.max(this.hiredMs[hero], at - Math.floor(this.random() * 4) * DAY);
      const featured = state === 0 && this.random() < 0.01 ? instantOf(Math.min(this.nowMs, at + 3 * DAY)) : null;
      yield copyRow([
        this.storyIds[k],
        this.employeeIds[this.storyAuthor[k]],
        this.pick(TITLES),
        this.pick(SITUATIONS),
        this.pick(ACTIONS),
        this.pick(IMPACTS),
        dateOf(occurred),
        this.pick(CHANNELS),
        this.random() < 0.7,
        this.random() < 0.3 ? this.pick(QUOTES) : null,
        state === 1 ? 'hidden' : 'published',
        state === 1 ? 'Names a customer; hidden until the author edits it.' : null,
        state === 1 ? admin : null,
        state === 1 ? instantOf(Math.min(this.nowMs, at + DAY)) : null,
        featured,
        featured ? this.employeeIds[this.department[hero] + 1] : null,
        state === 2 ? instantOf(Math.min(this.nowMs, at + 2 * DAY)) : null,
        this.storyEndorsements[k],
        instantOf(at),
      ]);
    }
  }

  *storyHeroRows(): Generator<string> {
    for (let k = 0; k < this.storyIds.length; k++) {
      const at = instantOf(this.storyCreated[k]);
      for (let h = 3 * k; h < 3 * k + 3 && this.storyHeroes[h] >= 0; h++) {
        const hero = this.storyHeroes[h];
        yield copyRow([this.storyIds[k], this.employeeIds[hero], this.departmentIds[this.department[hero]], at]);
      }
    }
  }

  *storyValueRows(): Generator<string> {
    for (let k = 0; k < this.storyIds.length; k++) {
      const first = Math.floor(this.random() * this.valueIds.length);
      yield copyRow([this.storyIds[k], this.valueIds[first]]);
      if (this.random() < 0.4)
        yield copyRow([this.storyIds[k], this.valueIds[(first + 1 + Math.floor(this.random() * (this.valueIds.length - 1))) % this.valueIds.length]]);
    }
  }

  /**
   * Rewards from each hero's department manager: a champion of the month per department (the hero of its most
   * endorsed story that month), then points, badges and gifts for stories drawn in proportion to their
   * endorsements, a few days to a few weeks after the story, to people still employed then. A few are revoked.
   */
  *rewardRows(): Generator<string> {
    const n = this.storyIds.length;
    const monthIndex = (ms: number) => {
      const d = new Date(ms);
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    };
    const currentMonth = monthIndex(this.nowMs);
    const best = new Map<number, number>();
    for (let k = 0; k < n; k++) {
      if (this.storyState[k] !== 0) continue;
      const key = monthIndex(this.storyCreated[k]) * this.size.departments + this.department[this.storyHeroes[3 * k]];
      const current = best.get(key);
      if (current === undefined || this.storyEndorsements[k] > this.storyEndorsements[current]) best.set(key, k);
    }
    const rewarded = new Set<number>();
    let given = 0;
    const reward = (k: number, recipient: number, kind: string, points: number, at: number, champion: { start: string } | null): string => {
      const d = this.department[recipient];
      const awardedOn = dateOf(at);
      const revoked = !champion && this.random() < 0.003;
      given++;
      return copyRow([
        this.uuid(),
        this.employeeIds[d + 1],
        this.employeeIds[recipient],
        this.departmentIds[d],
        champion ? null : this.storyIds[k],
        kind,
        points,
        champion ? 'Champion of the month: the colleague the customers and the team kept naming.' : this.pick(CITATIONS),
        champion ? 'month' : null,
        champion?.start ?? null,
        champion ? this.departmentIds[d] : null,
        points > 0 ? periodStart('quarter', awardedOn) : null,
        awardedOn,
        instantOf(at),
        revoked ? instantOf(at + 3_600_000) : null,
        revoked ? this.employeeIds[d + 1] : null,
        revoked ? 'Given to the wrong person.' : null,
      ]);
    };
    for (const [key, k] of [...best.entries()].sort((a, b) => a[0] - b[0])) {
      if (given >= this.size.rewards) return;
      const month = Math.floor(key / this.size.departments);
      if (month >= currentMonth) continue;
      const start = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
      const at = Date.parse(`${start}T00:00:00Z`) + 31 * DAY + Math.floor(this.random() * 3 * DAY) + 10 * 3_600_000;
      const recipient = this.storyHeroes[3 * k];
      if (at > this.nowMs || !this.employedAt(recipient, at) || recipient <= this.size.departments) continue;
      rewarded.add(k);
      yield reward(k, recipient, 'champion', 250, at, { start });
    }
    const byEndorsements = new WeightedPicker(
      Int32Array.from({ length: n }, (_, k) => k),
      (k) => (this.storyState[k] === 0 ? this.storyEndorsements[k] : 0),
      this.random,
    );
    for (let attempts = 0; given < this.size.rewards && attempts < this.size.rewards * 20; attempts++) {
      const k = byEndorsements.pick();
      if (rewarded.has(k)) continue;
      const cast = this.storyHeroes[3 * k + 2] >= 0 ? 3 : this.storyHeroes[3 * k + 1] >= 0 ? 2 : 1;
      const recipient = this.storyHeroes[3 * k + Math.floor(this.random() * cast)];
      let at = this.storyCreated[k] + (3 + Math.floor(this.random() * 37)) * DAY + Math.floor(this.random() * 8 * 3_600_000);
      if (at > this.nowMs) at = this.storyCreated[k] + Math.floor(this.random() * (this.nowMs - this.storyCreated[k]));
      if (!this.employedAt(recipient, at)) continue;
      rewarded.add(k);
      const roll = this.random();
      const kind = roll < 0.8 ? 'points' : roll < 0.92 ? 'badge' : 'gift';
      yield reward(
        k,
        recipient,
        kind,
        kind === 'points' ? 50 + 10 * Math.floor(this.random() * 46) : kind === 'gift' ? 100 + 50 * Math.floor(this.random() * 5) : 0,
        at,
        null,
      );
    }
  }
}
