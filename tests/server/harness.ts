import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildServer } from '../../src-server/app';
import type { Limits } from '../../src-server/config';
import type { Database } from '../../src-server/db/database';
import { migrate } from '../../src-server/db/migrate';
import { createEnrolmentCode } from '../../src-server/devices';
import type { Role } from '../../src-shared/api/roles';
import type { EnrolResponse } from '../../src-shared/api/schemas';
import type { TestDatabase } from './databases';

export interface TestServer {
  app: FastifyInstance;
  db: Database;
  /** Enrols a new device with a fresh code; its token and id. */
  enrol(role: Role, district: string, name?: string): Promise<{ token: string; id: string }>;
  close(): Promise<void>;
}

/** A migrated, empty server on `database`, driven in-process through `inject`. */
export async function startTestServer(database: TestDatabase, limits?: Partial<Limits>): Promise<TestServer> {
  const opened = await database.open();
  await migrate(opened.db);
  const app = await buildServer({ db: opened.db, limits });
  return {
    app,
    db: opened.db,
    async enrol(role, district, name = `${role}-${district}`) {
      const { code } = await createEnrolmentCode(opened.db, { role, district, createdBy: 'test' });
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/devices/enrol',
        payload: { code, deviceName: name },
      });
      if (response.statusCode !== 201) throw new Error(`enrol failed: ${response.statusCode} ${response.body}`);
      const body = response.json<EnrolResponse>();
      return { token: body.token, id: body.device.id };
    },
    async close() {
      await app.close();
      await opened.dispose();
    },
  };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The API error code of an answer, or null for a success. */
export function errorCode(response: LightMyRequestResponse): string | null {
  if (response.statusCode < 400) return null;
  return (response.json() as { error?: { code?: string } }).error?.code ?? null;
}
