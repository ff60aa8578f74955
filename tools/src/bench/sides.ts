import { isDeepStrictEqual } from 'node:util';
import { RunningServer } from './bench-servers';
import { CpuWindow } from './cpu';
import { LoadFigures, median } from './load';
import { ScenarioResult, SideSummary } from './report';
import { BenchScenario } from './scenarios';

/** app: the production build; bare: the bare server reading everything live; bareFresh: the bare server with the app's freshness rules. */
export type SideName = 'app' | 'bare' | 'bareFresh';
export interface Side {
  name: SideName;
  server: RunningServer;
}
export type SideFigures = LoadFigures & { cpu: CpuWindow };

/** Where two JSON values first differ, as a path (or null when they are deep-equal). */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: app ${JSON.stringify(a)?.slice(0, 80)} vs bare ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** Every read the bare servers also answer, asked of all three before any load: the parsed answers must be deep-equal. */
export async function compareAnswers(scenarios: BenchScenario[], appUrl: string, bareUrls: string[]): Promise<Map<string, string>> {
  const verdicts = new Map<string, string>();
  for (const scenario of scenarios.filter((s) => s.bare && !s.requests)) {
    const ask = async (url: string) => {
      const response = await fetch(url + scenario.path, { headers: scenario.headers });
      return { status: response.status, body: (await response.json()) as unknown };
    };
    const app = await ask(appUrl);
    const differences: string[] = [];
    for (const [i, url] of bareUrls.entries()) {
      const bare = await ask(url);
      const label = i === 0 ? 'live' : 'app freshness';
      if (bare.status !== app.status) differences.push(`${label}: status ${bare.status} vs ${app.status}`);
      else {
        const found = firstDifference(app.body, bare.body);
        if (found) differences.push(`${label}: ${found}`);
      }
    }
    verdicts.set(scenario.name, differences.length ? `**differ** (${differences.join('; ')})` : `equal (status ${app.status}, deep-equal JSON)`);
  }
  return verdicts;
}

function summary(runs: SideFigures[] | undefined): SideSummary | undefined {
  if (!runs?.length) return undefined;
  const rps = runs.map((f) => f.requestsPerSecond);
  // Per answered request; NaN (shown as —) when none was answered.
  const requests = runs.reduce((sum, f) => sum + f.requests, 0) || Number.NaN;
  const cpuSeconds = runs.reduce((sum, f) => sum + f.cpu.wallMs, 0) / 1000 || 1;
  return {
    requestsPerSecond: median(rps),
    min: Math.min(...rps),
    max: Math.max(...rps),
    p50: median(runs.map((f) => f.p50)),
    p99: median(runs.map((f) => f.p99)),
    errors: runs.reduce((sum, f) => sum + f.errors, 0),
    nodeMsPerRequest: runs.reduce((sum, f) => sum + f.cpu.serverMs, 0) / requests,
    postgresMsPerRequest: runs.reduce((sum, f) => sum + f.cpu.postgresMs, 0) / requests,
    othersCores: runs.reduce((sum, f) => sum + f.cpu.othersMs, 0) / 1000 / cpuSeconds,
  };
}

export function summarise(
  scenario: BenchScenario,
  bySide: Map<SideName, SideFigures[]>,
  firstRequestMs: number | undefined,
  equality: string | undefined,
): ScenarioResult {
  const app = summary(bySide.get('app'))!;
  const bare = summary(bySide.get('bare'));
  const bareFresh = summary(bySide.get('bareFresh'));
  const appRuns = bySide.get('app')!;
  // Ratios per run (the sides of one run ran minutes apart at most), then the median.
  const ratioTo = (name: SideName) => {
    const other = bySide.get(name);
    return other?.length ? median(appRuns.map((f, i) => f.requestsPerSecond / other[i].requestsPerSecond)) : undefined;
  };
  return { scenario, app, bare, bareFresh, ratioLive: ratioTo('bare'), ratioFresh: ratioTo('bareFresh'), runs: appRuns.length, firstRequestMs, equality };
}
