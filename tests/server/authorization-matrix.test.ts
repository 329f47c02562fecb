import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src-server/accounts';
import { createEnrolmentCode } from '../../src-server/devices';
import { TEST_DATABASES } from './databases';
import { bearer, errorCode, startTestServer, type TestServer } from './harness';

/**
 * Who may call what: every route against every kind of caller, on both
 * databases. Columns: no token, a forged token, a revoked device, then an
 * enrolled device of each role (districts HC 环翠区 and WD 文登区).
 */
const CALLERS = ['none', 'forged', 'revoked', 'admin', 'city', 'HC', 'WD'] as const;
type Caller = (typeof CALLERS)[number];

interface Fixture {
  server: TestServer;
  hcRecord: string;
  hcAttachment: string;
}

interface Route {
  name: string;
  /** Expected status per caller, in CALLERS order. */
  expect: [number, number, number, number, number, number, number];
  request(fixture: Fixture): Promise<InjectOptions>;
}

const AUTH = [401, 401, 401] as const;
const json = (method: 'POST' | 'PUT', url: string, payload: object): InjectOptions => ({ method, url, payload });
const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function currentRev(fixture: Fixture): Promise<number> {
  const [row] = await fixture.server.db.query<{ rev: number }>('SELECT rev FROM records WHERE id = $1', [
    fixture.hcRecord,
  ]);
  return row?.rev ?? 0;
}

//                                                                 none forged revoked admin city  HC   WD
const ROUTES: Route[] = [
  {
    name: 'GET /healthz',
    expect: [200, 200, 200, 200, 200, 200, 200],
    request: async () => ({ method: 'GET', url: '/healthz' }),
  },
  {
    name: 'GET /readyz',
    expect: [200, 200, 200, 200, 200, 200, 200],
    request: async () => ({ method: 'GET', url: '/readyz' }),
  },
  {
    name: 'POST /api/v1/devices/enrol (a fresh code)',
    expect: [201, 201, 201, 201, 201, 201, 201],
    request: async ({ server }) => {
      const { code } = await createEnrolmentCode(server.db, { role: 'district', district: 'RC', createdBy: 'test' });
      return json('POST', '/api/v1/devices/enrol', { code, deviceName: '荣成市窗口' });
    },
  },
  {
    name: 'GET /api/v1/me',
    expect: [...AUTH, 200, 200, 200, 200],
    request: async () => ({ method: 'GET', url: '/api/v1/me' }),
  },
  {
    name: 'GET records, own district',
    expect: [...AUTH, 403, 200, 200, 200],
    request: async () => ({ method: 'GET', url: '/api/v1/records/applications' }),
  },
  {
    name: 'GET records ?district=HC',
    expect: [...AUTH, 403, 200, 200, 403],
    request: async () => ({ method: 'GET', url: '/api/v1/records/applications?district=HC' }),
  },
  {
    name: 'GET one HC record',
    expect: [...AUTH, 403, 200, 200, 403],
    request: async ({ hcRecord }) => ({ method: 'GET', url: `/api/v1/records/applications/${hcRecord}` }),
  },
  {
    name: 'PUT a new HC record',
    expect: [...AUTH, 403, 200, 200, 403],
    request: async () =>
      json('PUT', `/api/v1/records/applications/${randomUUID()}`, {
        district: 'HC',
        baseRev: 0,
        deleted: false,
        data: { name: '张三' },
      }),
  },
  {
    name: 'PUT a change to the HC record',
    expect: [...AUTH, 403, 200, 200, 403],
    request: async (fixture) =>
      json('PUT', `/api/v1/records/applications/${fixture.hcRecord}`, {
        district: 'HC',
        baseRev: await currentRev(fixture),
        deleted: false,
        data: { name: '李四' },
      }),
  },
  {
    name: 'PUT an attachment',
    expect: [...AUTH, 403, 201, 201, 201],
    request: async () => {
      const bytes = randomBytes(64);
      return {
        method: 'PUT',
        url: `/api/v1/attachments/${hashOf(bytes)}`,
        headers: { 'content-type': 'application/octet-stream' },
        payload: bytes,
      };
    },
  },
  {
    name: 'GET an attachment HC uploaded',
    expect: [...AUTH, 403, 200, 200, 403],
    request: async ({ hcAttachment }) => ({ method: 'GET', url: `/api/v1/attachments/${hcAttachment}` }),
  },
  {
    // Every caller pushes once, so mutation id 1 is each device's next; WD's is refused inside a 200.
    name: 'POST sync/push (a new HC record)',
    expect: [...AUTH, 403, 200, 200, 200],
    request: async () => {
      const id = randomUUID();
      return json('POST', '/api/v1/sync/push', {
        mutations: [
          { mutationId: 1, op: 'create', table: 'applications', id, district: 'HC', baseRev: 0, data: { id } },
        ],
      });
    },
  },
  {
    name: 'GET sync/pull',
    expect: [...AUTH, 403, 200, 200, 200],
    request: async () => ({ method: 'GET', url: '/api/v1/sync/pull?cursor=0&limit=10' }),
  },
  {
    name: 'HEAD an attachment HC uploaded',
    expect: [...AUTH, 403, 200, 200, 404],
    request: async ({ hcAttachment }) => ({ method: 'HEAD', url: `/api/v1/attachments/${hcAttachment}` }),
  },
  {
    name: 'PATCH a whole attachment in one chunk',
    expect: [...AUTH, 403, 201, 201, 201],
    request: async () => {
      const bytes = randomBytes(64);
      return {
        method: 'PATCH',
        url: `/api/v1/attachments/${hashOf(bytes)}`,
        headers: {
          'content-type': 'application/offset+octet-stream',
          'upload-offset': '0',
          'upload-length': String(bytes.length),
        },
        payload: bytes,
      };
    },
  },
  {
    name: 'POST /api/v1/sessions (an HC account)',
    expect: [...AUTH, 403, 403, 200, 403],
    request: async () => json('POST', '/api/v1/sessions', { username: 'hc.staff', password: 'correct horse battery' }),
  },
  {
    name: 'POST admin/enrolment-codes',
    expect: [...AUTH, 201, 403, 403, 403],
    request: async () => json('POST', '/api/v1/admin/enrolment-codes', { district: 'WD', role: 'district' }),
  },
  {
    name: 'GET admin/devices',
    expect: [...AUTH, 200, 403, 403, 403],
    request: async () => ({ method: 'GET', url: '/api/v1/admin/devices' }),
  },
  {
    name: 'POST admin/devices/:id/revoke',
    expect: [...AUTH, 200, 403, 403, 403],
    request: async ({ server }) => {
      const spare = await server.enrol('district', 'RS', '备用设备');
      return { method: 'POST', url: `/api/v1/admin/devices/${spare.id}/revoke` };
    },
  },
  {
    name: 'GET admin/accounts',
    expect: [...AUTH, 200, 403, 403, 403],
    request: async () => ({ method: 'GET', url: '/api/v1/admin/accounts' }),
  },
  {
    name: 'GET admin/audit-breaks',
    expect: [...AUTH, 200, 403, 403, 403],
    request: async () => ({ method: 'GET', url: '/api/v1/admin/audit-breaks' }),
  },
  {
    name: 'POST admin/accounts',
    expect: [...AUTH, 201, 403, 403, 403],
    request: async () =>
      json('POST', '/api/v1/admin/accounts', {
        username: `u${randomBytes(4).toString('hex')}`,
        displayName: '王五',
        role: 'district',
        district: 'WD',
        password: 'a long enough password',
      }),
  },
];

describe.each(TEST_DATABASES)('roles × districts × routes on $name', (database) => {
  const tokens = {} as Record<Caller, string | null>;
  const fixture = {} as Fixture;

  beforeAll(async () => {
    if (database.skipReason) return;
    fixture.server = await startTestServer(database, { enrolmentsPerMinute: 1000 });
    const { server } = fixture;
    tokens.none = null;
    tokens.forged = `wh1.${randomBytes(32).toString('base64url')}`;
    const revoked = await server.enrol('district', 'HC', '已注销设备');
    tokens.revoked = revoked.token;
    tokens.admin = (await server.enrol('admin', 'SJ')).token;
    tokens.city = (await server.enrol('city', 'SJ')).token;
    tokens.HC = (await server.enrol('district', 'HC')).token;
    tokens.WD = (await server.enrol('district', 'WD')).token;
    await server.app.inject({
      method: 'POST',
      url: `/api/v1/admin/devices/${revoked.id}/revoke`,
      headers: bearer(tokens.admin),
    });
    fixture.hcRecord = randomUUID();
    const put = await server.app.inject({
      ...json('PUT', `/api/v1/records/applications/${fixture.hcRecord}`, {
        district: 'HC',
        baseRev: 0,
        deleted: false,
        data: { name: '赵六' },
      }),
      headers: bearer(tokens.HC),
    });
    expect(put.statusCode).toBe(200);
    const bytes = randomBytes(128);
    fixture.hcAttachment = createHash('sha256').update(bytes).digest('hex');
    const upload = await server.app.inject({
      method: 'PUT',
      url: `/api/v1/attachments/${fixture.hcAttachment}`,
      headers: { ...bearer(tokens.HC), 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(upload.statusCode).toBe(201);
    await createAccount(server.db, {
      username: 'hc.staff',
      displayName: '环翠区窗口',
      role: 'district',
      district: 'HC',
      password: 'correct horse battery',
    });
  });

  afterAll(async () => {
    await fixture.server?.close();
  });

  it.skipIf(database.skipReason)('answers every route with the expected status for every caller', async () => {
    const seen: Record<string, string | number>[] = [];
    const mismatches: string[] = [];
    for (const route of ROUTES) {
      const row: Record<string, string | number> = { route: route.name };
      for (const [index, caller] of CALLERS.entries()) {
        const options = await route.request(fixture);
        const token = tokens[caller];
        const response = await fixture.server.app.inject({
          ...options,
          headers: { ...(options.headers ?? {}), ...(token ? bearer(token) : {}) },
        });
        row[caller] = response.statusCode;
        if (response.statusCode !== route.expect[index]) {
          mismatches.push(`${route.name} as ${caller}: ${response.statusCode} ${response.body.slice(0, 120)}`);
        }
        // A HEAD answer has no body to read a code from.
        if (options.method === 'HEAD') continue;
        if (response.statusCode === 401) {
          expect(errorCode(response)).toBe(caller === 'revoked' ? 'token-revoked' : 'unauthenticated');
        }
        if (response.statusCode === 403) expect(['forbidden', 'other-district']).toContain(errorCode(response));
      }
      seen.push(row);
    }
    console.table(seen);
    expect(mismatches).toEqual([]);
  });
});
