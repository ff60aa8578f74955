import { measureLoad } from './load';

export interface UnderImports {
  /** The same endpoint and connections with nothing else running, just before. */
  alone: { p50: number; p99: number; requestsPerSecond: number };
  /** Dry runs that finished (or failed) inside the measured window. */
  importsCompleted: number;
  importErrors: number;
  rows: number;
  p50: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
}

/**
 * A cheap endpoint's latency while ten roster-import dry runs of 20,000 rows each run back to back: the file is the
 * first 20,000 people of the app's own export, so each dry run parses, validates and plans every row.
 */
export async function cheapEndpointUnderImports(
  appUrl: string,
  adminToken: string,
  cheap: { path: string; headers: Record<string, string> },
  seconds: number,
  warmupSeconds: number,
): Promise<UnderImports> {
  const exported = await (await fetch(`${appUrl}/api/employees/export`, { headers: { authorization: `Bearer ${adminToken}` } })).text();
  const lines = exported.split(/\r?\n/);
  const csv = lines.slice(0, 20_001).join('\n') + '\n';
  let stop = false;
  let importsCompleted = 0;
  let importErrors = 0;
  const importer = async () => {
    while (!stop) {
      const response = await fetch(`${appUrl}/api/employees/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'text/csv' },
        body: csv,
      }).catch(() => null);
      await response?.arrayBuffer();
      if (response?.ok) importsCompleted++;
      else importErrors++;
    }
  };
  const alone = await measureLoad({ url: appUrl + cheap.path, connections: 10, seconds, warmupSeconds, headers: cheap.headers });
  const importers = Array.from({ length: 10 }, importer);
  let load;
  let during: { completed: number; failed: number };
  try {
    load = await measureLoad({ url: appUrl + cheap.path, connections: 10, seconds, warmupSeconds, headers: cheap.headers });
    during = { completed: importsCompleted, failed: importErrors };
  } finally {
    stop = true;
    await Promise.all(importers);
  }
  // No answer inside the window means every one took longer than the window: report that, not a p99 of 0.
  const none = load.requests === 0;
  return {
    alone: { p50: alone.p50, p99: alone.p99, requestsPerSecond: alone.requestsPerSecond },
    importsCompleted: during.completed,
    importErrors: during.failed,
    rows: lines.length > 20_001 ? 20_000 : lines.length - 2,
    p50: none ? Number.POSITIVE_INFINITY : load.p50,
    p99: none ? Number.POSITIVE_INFINITY : load.p99,
    requestsPerSecond: load.requestsPerSecond,
    errors: load.errors,
  };
}
