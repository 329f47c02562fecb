// Where the CPU went during the load, from /proc (Linux; clock ticks are 1/100 s).
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';

export interface CpuSnapshot {
  at: bigint;
  /** CPU time the server process has used (user + system), s. */
  server: number;
  /** CPU time this process (the load generator) has used, s. */
  client: number;
  /** CPU time the whole machine has spent busy (user, nice, system, irq, softirq), s. */
  machine: number;
}

async function processSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function machineSeconds(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  const [, user, nice, system, , , irq, softirq] = line.trim().split(/\s+/).map(Number);
  return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0)) / 100;
}

export async function cpuSnapshot(serverPid: number): Promise<CpuSnapshot> {
  const { user, system } = process.cpuUsage();
  return {
    at: process.hrtime.bigint(),
    server: await processSeconds(serverPid),
    client: (user + system) / 1e6,
    machine: await machineSeconds(),
  };
}

/** Cores busy between two snapshots: the server, the load generator and the machine as a whole (a database server included). */
export function coresUsed(before: CpuSnapshot, after: CpuSnapshot): string {
  const seconds = Number(after.at - before.at) / 1e9;
  const cores = (key: 'server' | 'client' | 'machine') => ((after[key] - before[key]) / seconds).toFixed(2);
  return `server ${cores('server')}, load generator ${cores('client')}, whole machine ${cores('machine')} of ${availableParallelism()}`;
}
