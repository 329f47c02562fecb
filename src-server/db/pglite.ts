import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

const INT8 = 20;

/** int8 (revisions, counts) as numbers: revisions stay far below 2^53. */
const parsers = { [INT8]: (value: string) => Number(value) };

/**
 * A small buffer cache: PGlite's default 128 MB of shared buffers is most of
 * the server's memory and buys nothing at this server's size.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=8MB'];

function queryable(client: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await client.exec(sql);
    },
  };
}

/** The embedded database in `dataDir`. One process at a time may open it (see src-server/lock.ts). */
export async function openPglite(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, parsers, startParams });
  return {
    kind: 'pglite',
    ...queryable(pg),
    transaction: (work) => pg.transaction((tx) => work(queryable(tx))),
    close: () => pg.close(),
    async dumpDataDir() {
      // The checkpoint keeps the copy's WAL short; holding the transaction
      // lock keeps any transaction from being half done in the copy.
      await pg.exec('CHECKPOINT');
      return pg._runExclusiveTransaction(() => pg.dumpDataDir('gzip'));
    },
  };
}

/**
 * Creates the embedded database in `dataDir` (a new, empty directory) from a
 * tarball made by {@link Database.dumpDataDir}, and checks that it opens and
 * is this server's database. Throws when it is not.
 */
export async function loadPgliteDump(dataDir: string, tarball: Blob): Promise<void> {
  const pg = await PGlite.create({ dataDir, loadDataDir: tarball });
  try {
    const [row] = (await pg.query<{ found: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS found"))
      .rows;
    if (!row?.found) throw new Error('不是本服务器的数据库（没有 schema_migrations 表）');
  } finally {
    await pg.close();
  }
}
