import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src-server/db/database';
import { MIGRATIONS_DIR, migrate, readMigrations } from '../../src-server/db/migrate';
import { TEST_DATABASES } from './databases';

describe.each(TEST_DATABASES)('migrations on $name', (database) => {
  let opened: Awaited<ReturnType<typeof database.open>>;
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    if (database.skipReason) return;
    opened = await database.open();
    db = opened.db;
    dir = await mkdtemp(join(tmpdir(), 'talent-migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    await opened?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(database.skipReason)('apply each file once, in order, and record it', async () => {
    const url = pathToFileURL(`${dir}/`);
    const all = (await readMigrations(url)).map((migration) => migration.version);
    expect(all[0]).toBe(1);
    expect(await migrate(db, url)).toEqual(all);
    expect(await migrate(db, url)).toEqual([]);
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual(all);
  });

  it.skipIf(database.skipReason)('apply a new file at the next start', async () => {
    await writeFile(join(dir, '9001_test_extra.sql'), 'CREATE TABLE test_extra (id integer PRIMARY KEY);');
    expect(await migrate(db, pathToFileURL(`${dir}/`))).toEqual([9001]);
    expect(await db.query('SELECT * FROM test_extra')).toEqual([]);
  });

  it.skipIf(database.skipReason)('refuse to start when a released migration was edited', async () => {
    await writeFile(join(dir, '9001_test_extra.sql'), 'CREATE TABLE test_extra (id bigint PRIMARY KEY);');
    await expect(migrate(db, pathToFileURL(`${dir}/`))).rejects.toThrow(/9001_test_extra\.sql.*被修改/);
  });

  it.skipIf(database.skipReason)('roll a failing migration back whole', async () => {
    await rm(join(dir, '9001_test_extra.sql'));
    await writeFile(join(dir, '9002_broken.sql'), 'CREATE TABLE half_done (id integer); SELECT no_such_function();');
    await expect(migrate(db, pathToFileURL(`${dir}/`))).rejects.toThrow();
    const tables = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(tables).toEqual([]);
    const recorded = await db.query('SELECT 1 FROM schema_migrations WHERE version = 9002');
    expect(recorded).toEqual([]);
  });
});
