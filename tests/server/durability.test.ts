import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EnrolResponse, StoredRecord } from '../../src-shared/api/schemas';
import { createPostgresDatabase, TEST_DATABASES } from './databases';
import { call, type ServerProcess, startServerProcess } from './server-process';

/**
 * SIGKILL in the middle of a stream of writes, then a restart: every write the
 * server acknowledged is there, with the revision and data it acknowledged.
 */
const ROUNDS = 3;
const WRITERS = 8;

interface Acked {
  id: string;
  rev: number;
  data: Record<string, unknown>;
}

async function writeUntilKilled(server: ServerProcess, token: string, acked: Acked[], round: number): Promise<void> {
  let killed = false;
  const writer = async (writerId: number) => {
    for (let n = 0; !killed; n++) {
      const id = randomUUID();
      const data = { name: `申请人 ${round}-${writerId}-${n}`, note: '中文与 emoji 🙂' };
      try {
        const { status, body } = await call<StoredRecord>(server.address, 'PUT', `/api/v1/records/applications/${id}`, {
          token,
          body: { district: 'HC', baseRev: 0, deleted: false, data },
        });
        if (status === 200) acked.push({ id, rev: body.rev, data });
        else if (!killed) throw new Error(`write answered ${status}`);
      } catch (error) {
        if (!killed) throw error;
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, (_, i) => writer(i));
  const before = acked.length;
  // Kill at a random moment once some writes have been acknowledged.
  while (acked.length < before + 20) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
  killed = true;
  server.child.kill('SIGKILL');
  expect(await server.exited).toBe('SIGKILL');
  await Promise.all(writers);
}

describe.each(TEST_DATABASES)('SIGKILL and restart on $name', (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it.skipIf(database.skipReason)(
    `loses nothing acknowledged over ${ROUNDS} kills`,
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'talent-durability-'));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const env: Record<string, string> = { DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '1000000' };
      if (database.name === 'postgres') {
        const created = await createPostgresDatabase();
        cleanups.push(created.drop);
        env.DATABASE_URL = created.url;
      }

      let server = await startServerProcess(env);
      cleanups.push(async () => {
        server.child.kill('SIGKILL');
      });
      // A fresh start says how to enrol the first device.
      expect(server.firstAdminCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(server.stderr()).toContain('登记设备');
      expect(server.stderr()).toContain('/api/v1/devices/enrol');
      expect(server.stderr()).toContain('admin create-enrolment');
      const admin = await call<EnrolResponse>(server.address, 'POST', '/api/v1/devices/enrol', {
        body: { code: server.firstAdminCode, deviceName: '管理员电脑' },
      });
      const code = await call<{ code: string }>(server.address, 'POST', '/api/v1/admin/enrolment-codes', {
        token: admin.body.token,
        body: { district: 'HC', role: 'district' },
      });
      const window = await call<EnrolResponse>(server.address, 'POST', '/api/v1/devices/enrol', {
        body: { code: code.body.code, deviceName: '环翠区窗口' },
      });
      const token = window.body.token;

      const acked: Acked[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        await writeUntilKilled(server, token, acked, round);
        server = await startServerProcess(env);
        // No new first-admin code: the admin device survived too.
        expect(server.firstAdminCode).toBeNull();
        for (const record of acked) {
          const { status, body } = await call<StoredRecord>(
            server.address,
            'GET',
            `/api/v1/records/applications/${record.id}`,
            { token },
          );
          expect(status, record.id).toBe(200);
          expect({ rev: body.rev, data: body.data }).toEqual({ rev: record.rev, data: record.data });
        }
      }
      console.log(`${database.name}: ${acked.length} acknowledged writes over ${ROUNDS} kills, all present`);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    },
    180_000,
  );
});
