// The central server under the load of a whole city's service windows: 100
// devices, each with its own token and connection, reading a page of records
// in a closed loop, on the embedded PGlite and on PostgreSQL in the same run.
//
// The server is the real one (`src-server/main.ts`) in its own process. It is
// started once to create the database, enrol the devices and seed records,
// then restarted on the same data for the load, as a deployed server runs.
// BENCH_SERVER_SECONDS shortens the load; BENCH_SERVER_NODE_ARGS (e.g.
// `--cpu-prof --cpu-prof-dir=/tmp/prof`) is passed to the loaded server's node.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BenchResult, quantile } from './result';
import { coresUsed, cpuSnapshot } from './server/cpu';
import {
  AUTH_ONLY_PATH,
  type Connected,
  connect,
  disconnect,
  type LoadFigures,
  READ_PATH,
  runLoad,
} from './server/load';
import { createBenchDatabase } from './server/postgres';
import { ServerProcess, type ServerStart } from './server/process';
import { type BenchDevice, enrolDevices, seedRecords } from './server/setup';

const DEVICES = 100;
const RECORDS_PER_DISTRICT = 50;
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS || 30);
/** The per-device limit (1200/min by default) would answer this load with 429s; enrolling 101 devices needs more than 10/min. */
const RAISED_LIMITS = { RATE_LIMIT_PER_MINUTE: '10000000', ENROL_LIMIT_PER_MINUTE: '10000' };
const P99_TARGET_MS = 50;
const MEMORY_TARGET_MB = 300;
/** Little's law: 100 requests always in flight are answered in ≤ 50 ms on average only at ≥ 2000 requests/s. */
const THROUGHPUT_TARGET = DEVICES / (P99_TARGET_MS / 1000);

type Kind = 'pglite' | 'postgres';

interface Measured {
  load: LoadFigures;
  /** The same load on a route that only authenticates: the ceiling of the HTTP path on this machine. */
  authOnly: LoadFigures;
  /** VmHWM of the server that created the database and took the enrolments, MiB. */
  firstStartMb: number;
  /** VmHWM of the restarted server after the load, MiB. */
  underLoadMb: number;
  /** The first non-zero exit code after SIGTERM of either server, else 0. */
  exitCode: number;
}

/** Runs `work` on a started server, then stops it with SIGTERM whatever happened; the result and its exit code. */
async function withServer<T>(
  options: ServerStart,
  work: (server: ServerProcess) => Promise<T>,
): Promise<{ result: T; exitCode: number; port: number }> {
  const server = await ServerProcess.start(options);
  let result: T;
  try {
    result = await work(server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { result, exitCode: await server.stop(), port: server.port };
}

async function prepare(kind: Kind, server: ServerProcess): Promise<{ devices: BenchDevice[]; firstStartMb: number }> {
  const devices = await enrolDevices(server.baseUrl, await server.firstAdminCode(), DEVICES);
  const seeded = await seedRecords(server.baseUrl, devices, RECORDS_PER_DISTRICT);
  const firstStartMb = await server.peakMemoryMb();
  console.log(`${kind}: ${devices.length} devices enrolled, ${seeded} records written; restarting the server`);
  return { devices, firstStartMb };
}

async function loadOne(kind: Kind, server: ServerProcess, connected: Connected[], path: string) {
  console.log(`${kind}: server pid ${server.pid}, GET ${path} for ${SECONDS} s`);
  const before = await cpuSnapshot(server.pid);
  const figures = await runLoad(connected, path, SECONDS, () => server.exited);
  console.log(
    `${kind}: ${figures.answered} answers; CPU cores used: ${coresUsed(before, await cpuSnapshot(server.pid))}`,
  );
  if (figures.errors > 0) {
    console.log(`${kind}: errors:`, Object.fromEntries(figures.errorKinds));
    for (const line of await server.loggedErrors()) console.log(`  server log: ${line}`);
  }
  return figures;
}

async function load(kind: Kind, server: ServerProcess, devices: BenchDevice[]) {
  const connected = await connect(server.baseUrl, devices);
  try {
    const figures = await loadOne(kind, server, connected, READ_PATH);
    const underLoadMb = await server.peakMemoryMb();
    const authOnly = await loadOne(kind, server, connected, AUTH_ONLY_PATH);
    return { figures, authOnly, underLoadMb };
  } finally {
    disconnect(connected);
  }
}

/** One database: a fresh server creates and fills it, a restarted one takes the load. */
async function measure(kind: Kind, databaseUrl?: string): Promise<Measured> {
  const dataDir = await mkdtemp(join(tmpdir(), `talent-bench-${kind}-`));
  try {
    const first = await withServer({ dataDir, databaseUrl, env: RAISED_LIMITS }, (server) => prepare(kind, server));
    const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean);
    const second = await withServer(
      { dataDir, databaseUrl, env: RAISED_LIMITS, port: first.port, nodeArgs },
      (server) => load(kind, server, first.result.devices),
    );
    const exitCode = first.exitCode || second.exitCode;
    if (exitCode !== 0) console.log(`${kind}: a server exited ${exitCode} after SIGTERM (expected 0)`);
    return {
      load: second.result.figures,
      authOnly: second.result.authOnly,
      firstStartMb: first.result.firstStartMb,
      underLoadMb: second.result.underLoadMb,
      exitCode,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function results(kind: Kind, measured: Measured): BenchResult[] {
  const { load, firstStartMb, underLoadMb, exitCode } = measured;
  const latency = (q: number) => (load.latenciesMs.length > 0 ? quantile(load.latenciesMs, q) : Number.NaN);
  const ms = (name: string, value: number): BenchResult => ({
    name: `${kind}: ${name}`,
    value,
    unit: 'ms',
    target: P99_TARGET_MS,
    better: 'lower',
  });
  const mb = (name: string, value: number): BenchResult => ({
    name: `${kind}: ${name}`,
    value,
    unit: 'MB',
    target: MEMORY_TARGET_MB,
    better: 'lower',
  });
  return [
    ms('p50 latency', latency(0.5)),
    ms('p99 latency', latency(0.99)),
    {
      name: `${kind}: requests/s (200 answers)`,
      value: load.answered / load.seconds,
      unit: 'req/s',
      target: THROUGHPUT_TARGET,
      better: 'higher',
    },
    { name: `${kind}: errors`, value: load.errors, unit: 'requests', target: 0, better: 'lower' },
    mb('server peak memory after the load (VmHWM)', underLoadMb),
    mb('server peak memory on first start, creating the database (VmHWM)', firstStartMb),
    { name: `${kind}: exit code after SIGTERM`, value: exitCode, unit: 'code', target: 0, better: 'lower' },
    ms('authentication only (GET /api/v1/me): p50 latency', quantile(measured.authOnly.latenciesMs, 0.5)),
    ms('authentication only (GET /api/v1/me): p99 latency', quantile(measured.authOnly.latenciesMs, 0.99)),
    {
      name: `${kind}: authentication only (GET /api/v1/me): requests/s`,
      value: measured.authOnly.answered / measured.authOnly.seconds,
      unit: 'req/s',
      target: THROUGHPUT_TARGET,
      better: 'higher',
    },
    {
      name: `${kind}: authentication only (GET /api/v1/me): errors`,
      value: measured.authOnly.errors,
      unit: 'requests',
      target: 0,
      better: 'lower',
    },
  ];
}

export async function run(): Promise<BenchResult[]> {
  const limits = Object.entries(RAISED_LIMITS).map(([name, value]) => `${name}=${value}`);
  console.log(`${DEVICES} devices, GET ${READ_PATH}, closed loop, keep-alive`);
  console.log(
    `limits raised so that the per-device rate limit does not answer the load with 429: ${limits.join(', ')}`,
  );
  const pglite = await measure('pglite');
  const all = results('pglite', pglite);

  const database = await createBenchDatabase();
  if ('skipped' in database) {
    console.log(`PostgreSQL not measured: ${database.skipped}`);
    return all;
  }
  let postgres: Measured;
  try {
    postgres = await measure('postgres', database.url);
  } finally {
    await database.drop();
  }
  const throughput = (measured: Measured) => measured.load.answered / measured.load.seconds;
  all.push(...results('postgres', postgres), {
    name: 'requests/s, PostgreSQL / PGlite (same run)',
    value: throughput(postgres) / throughput(pglite),
    unit: 'ratio',
    target: 1,
    better: 'higher',
  });
  return all;
}
