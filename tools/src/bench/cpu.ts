import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU counters (USER_HZ; 100 on Linux). */
const TICKS = 100;

function statFields(pid: number | string): string[] {
  // The command name may hold spaces: fields start after the closing parenthesis.
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
}

/** CPU milliseconds a process used (user + system), optionally with its waited-for children. */
function processMs(pid: number | string, withChildren = false): number {
  const f = statFields(pid);
  return ((Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0)) * 1000) / TICKS;
}

/** The postmaster and every backend it forked (exited backends through its children's counters). */
function postgresMs(postmasterPid: number): number {
  let total = processMs(postmasterPid, true);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (statFields(name)[1] === String(postmasterPid)) total += processMs(name);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** CPU milliseconds the whole machine spent busy (all cores), from /proc/stat. */
function machineBusyMs(): number {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = values.map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / TICKS;
}

export interface CpuWindow {
  /** Node CPU ms of the server under test. */
  serverMs: number;
  postgresMs: number;
  /** The bench process itself (autocannon runs inside it). */
  loadGeneratorMs: number;
  /** Everything else on the machine: other people's work on the shared cores. */
  othersMs: number;
  wallMs: number;
}

/** Starts a measurement window over the server's Node process and PostgreSQL; `stop()` gives what each used. */
export function cpuWindow(serverPid: number, postmasterPid: number): { stop(): CpuWindow } {
  const start = { server: processMs(serverPid), pg: postgresMs(postmasterPid), self: process.cpuUsage(), machine: machineBusyMs(), at: Date.now() };
  return {
    stop() {
      const serverMs = processMs(serverPid) - start.server;
      const pg = postgresMs(postmasterPid) - start.pg;
      const self = process.cpuUsage(start.self);
      const loadGeneratorMs = (self.user + self.system) / 1000;
      const machine = machineBusyMs() - start.machine;
      return { serverMs, postgresMs: pg, loadGeneratorMs, othersMs: Math.max(0, machine - serverMs - pg - loadGeneratorMs), wallMs: Date.now() - start.at };
    },
  };
}

/** The postmaster's pid from the data directory's postmaster.pid, or from the server's own backend pid's parent. */
export function postmasterOf(backendPid: number): number {
  return Number(statFields(backendPid)[1]);
}
