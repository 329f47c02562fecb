import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { Role } from '../../src-shared/api/roles';
import type { TestDatabase } from './databases';
import { startTestServer, type TestServer } from './harness';
import { TestClient } from './sync-client';

/**
 * A server listening on a free port for one `describe` block, and windows
 * enrolled with it on demand; all are closed after the block. Each test
 * enrols its own windows, so enrolments are not rate-limited here.
 */
export function syncServerFixture(database: TestDatabase) {
  let server: TestServer | undefined;
  let url = '';
  const clients: TestClient[] = [];

  beforeAll(async () => {
    if (database.skipReason) return;
    server = await startTestServer(database, { enrolmentsPerMinute: 1000 });
    await server.app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
    await server?.close();
  });

  return {
    get server(): TestServer {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    /** A window of `role` in `district`, enrolled now. */
    async client(role: Role, district: string): Promise<TestClient> {
      const { token, id } = await this.server.enrol(role, district);
      const opened = TestClient.open({ serverUrl: () => url, token, deviceId: id, role, district });
      clients.push(opened);
      return opened;
    },
  };
}

/** Every record on the server, as clients hold them, by table and id (only `district`'s, when given). */
export async function serverRecords(server: TestServer, district?: string) {
  const rows = await server.db.query<{ tbl: string; id: string; deleted: boolean; data: Record<string, unknown> }>(
    `SELECT tbl, id, deleted, data FROM records ${district ? 'WHERE district = $1' : ''}`,
    district ? [district] : [],
  );
  return new Map(rows.map((row) => [`${row.tbl}/${row.id}`, { deleted: row.deleted, data: row.data }]));
}
