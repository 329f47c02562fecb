// A fresh PostgreSQL database for one benchmark run, on the server at
// BENCH_DATABASE_URL (or TEST_DATABASE_URL, which .ci/run sets).
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Connects to the server at `url` as its role; the role must be allowed to CREATE DATABASE. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new empty database, or why PostgreSQL cannot be measured here. */
export async function createBenchDatabase(): Promise<BenchDatabase | { skipped: string }> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!serverUrl) return { skipped: 'neither BENCH_DATABASE_URL nor TEST_DATABASE_URL is set' };
  const name = `talent_bench_${randomBytes(6).toString('hex')}`;
  try {
    await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  } catch (error) {
    const where = new URL(serverUrl);
    return { skipped: `cannot create a database on ${where.host}: ${(error as Error).message}` };
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
