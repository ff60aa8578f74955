import { parseArgs } from 'node:util';
import { MultiBar, Presets } from 'cli-progress';
import { ConfigError } from '../../../server/src/config/app-config';
import { openDatabaseServer } from '../../../server/src/database/database-server';
import { runMigrations } from '../../../server/src/database/migrations-runner';
import {
  DatabaseNotEmptyError,
  LARGE_COMPANY,
  LARGE_PASSWORD,
  LARGE_SIGN_INS,
  LargeCompanySize,
  SeedProgress,
  seedLargeCompany,
  sizeAtScale,
} from './large-company';
import { largeDataSetConfig } from './large-data-dir';

const USAGE = `Usage: npm run seed:large -- [--scale 0.1] [--employees N] [--departments N] [--stories N] [--endorsements N] [--rewards N] [--seed N]

Loads a generated company (by default ${LARGE_COMPANY.employees.toLocaleString('en')} people, ${LARGE_COMPANY.stories.toLocaleString('en')} stories,
${LARGE_COMPANY.endorsements.toLocaleString('en')} endorsements, ${LARGE_COMPANY.rewards.toLocaleString('en')} rewards over ten years) into an empty database:
the embedded one under .data-large unless DATA_DIR or DATABASE_URL says otherwise.`;

/** A progress bar per phase with its rate and time left, on one screen. */
function progressBars(): SeedProgress {
  const bars = new MultiBar(
    {
      format: ' {phase} |{bar}| {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted} | {duration_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    Presets.shades_classic,
  );
  let bar: ReturnType<MultiBar['create']> | undefined;
  let started = Date.now();
  let value = 0;
  const finish = () => {
    if (bar) bar.update(bar.getTotal(), { rate: Math.round(value / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en') });
    bar?.stop();
  };
  return {
    phase(name, total) {
      finish();
      started = Date.now();
      value = 0;
      bar = bars.create(total, 0, { phase: name.padEnd(24), rate: '0' });
    },
    advance(n) {
      value += n;
      bar?.update(value, { rate: Math.round(value / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en') });
    },
    done() {
      finish();
      bars.stop();
    },
  };
}

function sizeFrom(values: Partial<Record<string, string | boolean>>): LargeCompanySize {
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  if (!(scale > 0 && scale <= 10)) throw new ConfigError(`--scale must be a number above 0 and at most 10, not ${values.scale}`);
  const size = sizeAtScale(scale);
  for (const key of Object.keys(size) as (keyof LargeCompanySize)[]) {
    if (values[key] === undefined) continue;
    const n = Number(values[key]);
    if (!Number.isInteger(n) || n < (key === 'employees' ? 50 : key === 'departments' ? 1 : 0))
      throw new ConfigError(`--${key} must be a whole number${key === 'employees' ? ' of at least 50' : ''}, not ${values[key]}`);
    size[key] = n;
  }
  if (size.departments > 80 || size.departments >= size.employees / 2)
    throw new ConfigError('--departments must be at most 80 and fewer than half the employees');
  return size;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      employees: { type: 'string' },
      departments: { type: 'string' },
      stories: { type: 'string' },
      endorsements: { type: 'string' },
      rewards: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(USAGE);
  const size = sizeFrom(values);
  const config = largeDataSetConfig();
  const started = Date.now();
  const server = await openDatabaseServer(config);
  try {
    await runMigrations(server.url);
    console.log(
      `Loading ${Object.entries(size)
        .map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
        .join(', ')} into ${server.embedded ? config.dataDir : 'DATABASE_URL'}`,
    );
    const result = await seedLargeCompany(server.url, {
      size,
      timeZone: config.companyTimeZone,
      seed: values.seed ? Number(values.seed) : undefined,
      progress: progressBars(),
    });
    const total = (Date.now() - started) / 1000;
    console.log(
      `\nLoaded in ${total.toFixed(1)} s: ${Object.entries(result.counts)
        .map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
        .join(', ')}`,
    );
    console.log(
      `Phases: ${Object.entries(result.seconds)
        .map(([k, s]) => `${k} ${s.toFixed(1)} s`)
        .join(', ')}`,
    );
    console.log(
      `Sign in as ${Object.values(LARGE_SIGN_INS).join(', ')} with password "${LARGE_PASSWORD}". Serve it with DATA_DIR=.data-large npm start, measure it with npm run bench.`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof DatabaseNotEmptyError ? error.message : error);
  if (error instanceof DatabaseNotEmptyError)
    console.error('Use an empty database: remove .data-large (or point DATA_DIR / DATABASE_URL elsewhere) and run again.');
  process.exitCode = 1;
});
