// The sync protocol (docs/sync-protocol.md) end to end, on PostgreSQL: the
// real client (syncOnce, a fake-indexeddb Dexie database, the bridge's server
// client over fetch) talking HTTP to the real server in this process.
//
// 1. A fresh client's first pull of 10,000 realistic applications of one district.
// 2. A sync with nothing to do: requests and bytes.
// 3. Push: records applied per second by POST /api/v1/sync/push (2,000 drafts,
//    each with its status event), against plain one-row autocommit INSERTs of
//    the same rows into a table like `records`, on the same pool.
//
// Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a role that may CREATE DATABASE).
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createDraft, saveApplication } from '../../src-renderer/store/applications';
import { syncOnce } from '../../src-renderer/sync/sync-once';
import type { Database } from '../../src-server/db/database';
import { openPostgres } from '../../src-server/db/postgres';
import type { TestDatabase } from '../server/databases';
import { startTestServer, type TestServer } from '../server/harness';
import { TestClient } from '../server/sync-client';
import type { BenchResult } from './result';
import { createBenchDatabase } from './server/postgres';
import { filledFields, seedApplications } from './sync/applications';
import { countingFetch, type Exchange, socketBytes } from './sync/counting';

const PULLED = 10_000;
const PULL_TARGET_S = 10;
const DRAFTS = 2_000;
const NOTHING_TO_DO_BYTES = 2048;
const PUSH_TO_INSERT_TARGET = 0.5;

const seconds = (from: number) => (performance.now() - from) / 1000;
const totalMs = (exchanges: Exchange[]) => exchanges.reduce((sum, exchange) => sum + exchange.ms, 0);

/** The bench's database as the test harness takes one: the server's own pool on it. */
function onDatabase(url: string): TestDatabase {
  return {
    name: 'postgres',
    skipReason: null,
    async open() {
      const db = await openPostgres(url);
      return { db, url, dispose: () => db.close() };
    },
  };
}

interface Setup {
  server: TestServer;
  url: string;
}

async function openClient({ server, url }: Setup, district: string) {
  const { token, id } = await server.enrol('district', district);
  const counted = countingFetch();
  const client = TestClient.open({
    serverUrl: () => url,
    token,
    deviceId: id,
    role: 'district',
    district,
    fetch: counted.fetch,
  });
  return { client, exchanges: counted.exchanges };
}

async function measurePull(setup: Setup) {
  const seeder = await setup.server.enrol('district', 'HC', 'seed');
  await seedApplications(setup.server.db, 'HC', PULLED, seeder.id);
  const { client, exchanges } = await openClient(setup, 'HC');
  const started = performance.now();
  const { pulled } = await client.sync();
  const took = seconds(started);
  if (pulled !== PULLED) throw new Error(`pulled ${pulled} records, expected ${PULLED}`);
  const http = totalMs(exchanges) / 1000;
  console.log(
    `initial pull: ${pulled} records, ${exchanges.length} requests, ${took.toFixed(2)} s: ` +
      `${http.toFixed(2)} s waiting on HTTP (server and transfer), ${(took - http).toFixed(2)} s in the client`,
  );
  return { client, exchanges, seconds: took };
}

async function measureNothingToDo(client: TestClient, exchanges: Exchange[], wireBytes: () => number) {
  const [before, wireBefore] = [exchanges.length, wireBytes()];
  const summary = await client.sync();
  if (summary.pushed + summary.uploaded + summary.pulled !== 0) throw new Error('the second sync had work to do');
  const made = exchanges.slice(before);
  for (const { method, path, status, bytes } of made)
    console.log(`nothing to do: ${method} ${path} ${status}, ${bytes} B`);
  return {
    requests: made.length,
    bytes: made.reduce((sum, exchange) => sum + exchange.bytes, 0),
    wire: wireBytes() - wireBefore,
  };
}

async function measurePush(setup: Setup) {
  const { client, exchanges } = await openClient(setup, 'WD');
  for (let i = 0; i < DRAFTS; i++) {
    const draft = await createDraft(client.db, client.actor);
    // No photo: nextBatch looks a photo up in db.attachments, outside its transaction's tables (NotFoundError).
    const filled = { ...filledFields(draft, i, null), photo: null };
    const saved = await saveApplication(client.db, client.actor, filled);
    if (!saved.ok) throw new Error(saved.message);
  }
  const phase = { start: 0, end: 0 };
  const { pushed } = await syncOnce(client.db, client.requester, client.device, (step) => {
    if (step.step !== 'push') return;
    if (step.done === 0) phase.start = performance.now();
    phase.end = performance.now();
  });
  const posts = exchanges.filter((exchange) => exchange.path === '/api/v1/sync/push');
  const [stored] = await setup.server.db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM records WHERE district = 'WD'`,
  );
  if (pushed !== DRAFTS * 2 || stored?.count !== pushed) throw new Error(`pushed ${pushed}, stored ${stored?.count}`);
  const http = totalMs(posts) / 1000;
  const phaseSeconds = (phase.end - phase.start) / 1000;
  console.log(
    `push: ${pushed} records (${DRAFTS} applications, ${DRAFTS} events) in ${posts.length} POSTs: ` +
      `${http.toFixed(2)} s in HTTP round trips, ${phaseSeconds.toFixed(2)} s for the whole push phase`,
  );
  await client.close();
  return { rate: pushed / http, phaseRate: pushed / phaseSeconds };
}

/** Rows/s of one-row autocommit INSERTs of the pushed rows into a table like `records`, one at a time. */
async function measureInsert(db: Database, district: string): Promise<number> {
  await db.exec(`CREATE TABLE bench_inserts (LIKE records INCLUDING DEFAULTS INCLUDING INDEXES);
    CREATE SEQUENCE bench_insert_revision`);
  const rows = await db.query<{ tbl: string; data: string; updated_by_device: string }>(
    'SELECT tbl, data::text AS data, updated_by_device FROM records WHERE district = $1 ORDER BY rev',
    [district],
  );
  const started = performance.now();
  for (const row of rows) {
    await db.query(
      `INSERT INTO bench_inserts (tbl, id, district, rev, data, updated_by_device)
       VALUES ($1, $2, $3, nextval('bench_insert_revision'), $4::jsonb, $5)`,
      [row.tbl, randomUUID(), district, row.data, row.updated_by_device],
    );
  }
  const took = seconds(started);
  console.log(`plain INSERT: ${rows.length} rows in ${took.toFixed(2)} s`);
  return rows.length / took;
}

async function measure(setup: Setup, wireBytes: () => number): Promise<BenchResult[]> {
  const pull = await measurePull(setup);
  const idle = await measureNothingToDo(pull.client, pull.exchanges, wireBytes);
  await pull.client.close();
  const push = await measurePush(setup);
  const insertRate = await measureInsert(setup.server.db, 'WD');
  const pushTarget = Math.round(PUSH_TO_INSERT_TARGET * insertRate);
  const perSecond = (name: string, value: number, unit: string, target: number): BenchResult => ({
    name,
    value,
    unit,
    target,
    better: 'higher',
  });
  return [
    {
      name: `initial pull of ${PULLED} applications by a fresh client (syncOnce)`,
      value: pull.seconds,
      unit: 's',
      target: PULL_TARGET_S,
      better: 'lower',
    },
    perSecond('initial pull: records/s', PULLED / pull.seconds, 'records/s', PULLED / PULL_TARGET_S),
    {
      name: 'sync with nothing to do: HTTP requests',
      value: idle.requests,
      unit: 'requests',
      target: 1,
      better: 'lower',
    },
    {
      name: 'sync with nothing to do: bytes counted at fetch (request + response, headers included)',
      value: idle.bytes,
      unit: 'bytes',
      target: NOTHING_TO_DO_BYTES,
      better: 'lower',
    },
    {
      name: 'sync with nothing to do: bytes on the wire (server socket, read + written)',
      value: idle.wire,
      unit: 'bytes',
      target: NOTHING_TO_DO_BYTES,
      better: 'lower',
    },
    perSecond(
      'push: records/s applied by POST /api/v1/sync/push (batches of 100 creates)',
      push.rate,
      'records/s',
      pushTarget,
    ),
    perSecond('plain INSERT, one row per autocommit statement (reference)', insertRate, 'rows/s', 0),
    perSecond('push / plain INSERT (same run)', push.rate / insertRate, 'ratio', PUSH_TO_INSERT_TARGET),
    perSecond('push phase of syncOnce, client included: records/s', push.phaseRate, 'records/s', 0),
  ];
}

export async function run(): Promise<BenchResult[]> {
  const database = await createBenchDatabase();
  if ('skipped' in database) {
    throw new Error(
      `the sync benchmark needs PostgreSQL: ${database.skipped} ` +
        '(e.g. TEST_DATABASE_URL=postgres://talent:talent@127.0.0.1:5432/talent)',
    );
  }
  try {
    const server = await startTestServer(onDatabase(database.url));
    try {
      const wireBytes = socketBytes(server.app.server);
      await server.app.listen({ host: '127.0.0.1', port: 0 });
      const url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
      return await measure({ server, url }, wireBytes);
    } finally {
      await server.close();
    }
  } finally {
    await database.drop();
  }
}
