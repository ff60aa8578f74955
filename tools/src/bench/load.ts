import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and responses outside 2xx. */
  errors: number;
  requests: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  warmupSeconds: number;
  seconds: number;
  headers?: Record<string, string>;
  /** Requests cycled by each connection (autocannon's `requests`), for writes that need a body or a sequence. */
  requests?: autocannon.Request[];
  /** Called when the measured window starts (after the warm-up); what it returns is stopped when the window ends. */
  window?: () => { stop(): unknown };
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Drives one endpoint over loopback: a warm-up that is thrown away, then the measured window. */
export async function measureLoad(options: LoadOptions): Promise<LoadFigures> {
  const base: autocannon.Options = { url: options.url, connections: options.connections, headers: options.headers, requests: options.requests, timeout: 10 };
  await run({ ...base, duration: options.warmupSeconds });
  const window = options.window?.();
  const result = await run({ ...base, duration: options.seconds });
  window?.stop();
  return {
    requestsPerSecond: result.requests.average,
    // No answer inside the window: every request took longer than the window (not a latency of 0).
    p50: result.requests.total ? result.latency.p50 : Number.POSITIVE_INFINITY,
    p99: result.requests.total ? result.latency.p99 : Number.POSITIVE_INFINITY,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

/** Samples a process's resident memory (from /proc) until stopped; reports the peak and every sample. */
export function watchMemory(pid: number, everyMs = 250): { stop(): { peakMb: number; samples: number[] } } {
  const samples: number[] = [];
  const sample = () => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      samples.push(kb / 1024);
    } catch {
      // the process has gone: nothing more to sample
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakMb: Math.max(...samples), samples };
    },
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
