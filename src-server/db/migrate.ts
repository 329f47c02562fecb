import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database';

export const MIGRATIONS_DIR = new URL('../migrations/', import.meta.url);

interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** `0001_accounts.sql` … in version order. */
export async function readMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(new URL(file, dir), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    }),
  );
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its
 * own transaction with its record. Refuses to start when a migration that was
 * already applied has been edited since: released migrations never change.
 */
export async function migrate(db: Database, dir: URL = MIGRATIONS_DIR): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const migrations = await readMigrations(dir);
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      // Two servers starting on one PostgreSQL database apply each migration once.
      if (db.kind === 'postgres') {
        await tx.query('SELECT pg_advisory_xact_lock(8787001)');
        // A migration may take longer than the requests' statement timeout.
        await tx.query('SET LOCAL statement_timeout = 0');
      }
      const [row] = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (row) {
        if (row.checksum !== migration.checksum) {
          throw new Error(`数据库迁移 ${migration.name} 在应用后被修改过；已发布的迁移不能修改，请新增一个迁移文件。`);
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
