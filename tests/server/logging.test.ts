import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src-server/accounts';
import { buildServer } from '../../src-server/app';
import type { Database } from '../../src-server/db/database';
import { migrate } from '../../src-server/db/migrate';
import { createEnrolmentCode } from '../../src-server/devices';
import { loggerOptions } from '../../src-server/logging';
import { TEST_DATABASES } from './databases';
import { errorCode } from './harness';

/** Everything the server logs, as text. */
function memoryLog(): { stream: Writable; text(): string } {
  let text = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

const ID_NUMBER = '37100219900307123X';
const PHONE = '13906311234';
const PASSWORD = 'a secret pass phrase';

describe.each(TEST_DATABASES)('logs on $name', (database) => {
  let opened: Awaited<ReturnType<typeof database.open>>;
  let db: Database;
  beforeAll(async () => {
    if (database.skipReason) return;
    opened = await database.open();
    db = opened.db;
    await migrate(db);
  });
  afterAll(async () => {
    await opened?.dispose().catch(() => {});
  });

  /** A server logging into memory, with one enrolled district device. */
  async function loggingServer(level: string) {
    const log = memoryLog();
    const app = await buildServer({ db, logger: loggerOptions(level, log.stream) });
    const { code } = await createEnrolmentCode(db, { role: 'district', district: 'HC', createdBy: 'test' });
    const enrolled = await app.inject({
      method: 'POST',
      url: '/api/v1/devices/enrol',
      payload: { code, deviceName: '环翠' },
    });
    const token = enrolled.json<{ token: string }>().token;
    return { app, log, code, token, auth: { authorization: `Bearer ${token}` } };
  }

  it.skipIf(database.skipReason)('carry requests but no token, password, code or personal data', async () => {
    const { app, log, code, token, auth } = await loggingServer('debug');
    await createAccount(db, {
      username: 'hc.log',
      displayName: '日志',
      role: 'district',
      district: 'HC',
      password: PASSWORD,
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: auth,
      payload: { username: 'hc.log', password: PASSWORD },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/sessions',
      headers: auth,
      payload: { username: 'hc.log', password: `${PASSWORD}!` },
    });
    const id = randomUUID();
    const write = await app.inject({
      method: 'PUT',
      url: `/api/v1/records/applications/${id}`,
      headers: auth,
      payload: { district: 'HC', baseRev: 0, deleted: false, data: { idNumber: ID_NUMBER, phone: PHONE } },
    });
    expect(write.statusCode).toBe(200);
    app.log.info({ body: { password: PASSWORD, token, data: { idNumber: ID_NUMBER } } }, 'a careless log line');

    const text = log.text();
    expect(text).toContain('"url":"/api/v1/sessions"');
    expect(text).toContain('"statusCode":401');
    for (const secret of [token, token.slice(4), code, PASSWORD, ID_NUMBER, PHONE]) {
      expect(text).not.toContain(secret);
    }
    await app.close();
  });

  it.skipIf(database.skipReason)(
    'answer a failure inside with 500 internal, without SQL or stack, and log its stack',
    async () => {
      const { app, log, auth } = await loggingServer('info');
      // Break the database under the running server: the next record read fails inside.
      await db.exec('ALTER TABLE records RENAME TO records_gone');
      try {
        const response = await app.inject({
          method: 'GET',
          url: `/api/v1/records/applications/${randomUUID()}`,
          headers: auth,
        });
        expect([response.statusCode, errorCode(response)]).toEqual([500, 'internal']);
        expect(response.body).not.toMatch(/records|SELECT|relation|\.ts:/);
        const ready = await app.inject({ method: 'GET', url: '/healthz' });
        expect(ready.statusCode).toBe(200);
        expect(log.text()).toContain('request failed');
        expect(log.text()).not.toContain('SELECT');
      } finally {
        await db.exec('ALTER TABLE records_gone RENAME TO records');
        await app.close();
      }
    },
  );
});
