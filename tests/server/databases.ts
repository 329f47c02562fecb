import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../../src-server/db/database';
import { openPglite } from '../../src-server/db/pglite';
import { openPostgres } from '../../src-server/db/postgres';

/**
 * The databases every server test runs on: the embedded PGlite always, and the
 * PostgreSQL server at TEST_DATABASE_URL (which .ci/run starts). In CI a
 * missing TEST_DATABASE_URL is an error, not a skip.
 */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** Why this database is not tested here, or null when it is. */
  skipReason: string | null;
  /** A fresh, empty database; `dispose` removes it. */
  open(): Promise<{ db: Database; url?: string; dataDir?: string; dispose(): Promise<void> }>;
}

const postgresUrl = process.env.TEST_DATABASE_URL;
if (!postgresUrl && process.env.CI) {
  throw new Error('CI 中必须设置 TEST_DATABASE_URL（.ci/run 会启动 PostgreSQL 并设置它）');
}

/** A URL for another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Makes an empty PostgreSQL database for one test; the server at TEST_DATABASE_URL must allow CREATE DATABASE. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `talent_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(postgresUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export const TEST_DATABASES: TestDatabase[] = [
  {
    name: 'pglite',
    skipReason: null,
    async open() {
      const dataDir = await mkdtemp(join(tmpdir(), 'talent-pglite-'));
      const db = await openPglite(join(dataDir, 'pglite'));
      return {
        db,
        dataDir,
        async dispose() {
          await db.close();
          await rm(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    skipReason: postgresUrl ? null : 'TEST_DATABASE_URL 未设置：PostgreSQL 上的服务器测试未运行（.ci/run 会设置它）',
    async open() {
      const created = await createPostgresDatabase();
      const db = await openPostgres(created.url);
      return {
        db,
        url: created.url,
        async dispose() {
          await db.close();
          await created.drop();
        },
      };
    },
  },
];
