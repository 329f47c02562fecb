import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TObject, TSchema } from '@sinclair/typebox';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src-server/accounts';
import { createEnrolmentCode } from '../../src-server/devices';
import {
  CreateAccountRequest,
  CreateEnrolmentRequest,
  EnrolRequest,
  RecordWrite,
  SignInRequest,
} from '../../src-shared/api/schemas';
import { PushRequest } from '../../src-shared/sync/schemas';
import { TEST_DATABASES } from './databases';
import { bearer, errorCode, startTestServer, type TestServer } from './harness';

/**
 * The catalogue of bad requests: each one, on both databases, with the status
 * and error code it gets. No answer may carry a stack trace or SQL.
 */
const SQL = `x'); DROP TABLE devices; --" OR 1=1`;
/** Short enough for the 32 characters an enrolment code may have. */
const SQL_SHORT = "' OR '1'='1'; --";
const JSON_LIMIT = 16 * 1024;
const ATTACHMENT_LIMIT = 64 * 1024;

interface Context {
  server: TestServer;
  admin: string;
  hc: string;
  hcRecord: string;
  hcRev: number;
}

type As = 'none' | 'admin' | 'hc';

interface Case {
  name: string;
  as: As;
  request(ctx: Context): Promise<InjectOptions> | InjectOptions;
  status: number;
  code: string | null;
  /** Further checks on what was stored. */
  check?(ctx: Context, response: LightMyRequestResponse): Promise<void>;
}

const freshCode = async (ctx: Context, district = 'HC') =>
  (await createEnrolmentCode(ctx.server.db, { role: 'district', district, createdBy: 'test' })).code;

const post = (url: string, payload: unknown): InjectOptions => ({
  method: 'POST',
  url,
  headers: { 'content-type': 'application/json' },
  payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
});
const put = (url: string, payload: unknown): InjectOptions => ({ ...post(url, payload), method: 'PUT' });

const validAccount = () => ({
  username: `u${randomBytes(4).toString('hex')}`,
  displayName: '测试账号',
  role: 'district',
  district: 'HC',
  password: 'a long enough password',
});
const validWrite = () => ({ district: 'HC', baseRev: 0, deleted: false, data: { name: '张三' } });
const validCreate = (mutationId = 1) => {
  const id = randomUUID();
  return { mutationId, op: 'create', table: 'applications', id, district: 'HC', baseRev: 0, data: { id } };
};
const validUpdate = () => ({
  mutationId: 1,
  op: 'update',
  table: 'applications',
  id: randomUUID(),
  district: 'HC',
  baseRev: 3,
  changes: { status: { base: 'draft', value: 'registered' } },
});
const chunk = (bytes: Buffer, headers: Record<string, string> = {}): InjectOptions => ({
  method: 'PATCH',
  url: `/api/v1/attachments/${createHash('sha256').update(bytes).digest('hex')}`,
  headers: {
    'content-type': 'application/offset+octet-stream',
    'upload-offset': '0',
    'upload-length': String(bytes.length),
    ...headers,
  },
  payload: bytes,
});

/** Every body the API takes, with a valid example of each, for the generated cases below. */
const BODIES: {
  name: string;
  schema: TObject;
  as: As;
  url: string;
  method: 'POST' | 'PUT';
  valid(ctx: Context): Promise<Record<string, unknown>> | Record<string, unknown>;
}[] = [
  {
    name: 'enrol',
    schema: EnrolRequest,
    as: 'none',
    url: '/api/v1/devices/enrol',
    method: 'POST',
    valid: async (ctx) => ({ code: await freshCode(ctx), deviceName: '设备' }),
  },
  {
    name: 'sign-in',
    schema: SignInRequest,
    as: 'hc',
    url: '/api/v1/sessions',
    method: 'POST',
    valid: () => ({ username: 'hc.staff', password: 'correct horse battery' }),
  },
  {
    name: 'enrolment code',
    schema: CreateEnrolmentRequest,
    as: 'admin',
    url: '/api/v1/admin/enrolment-codes',
    method: 'POST',
    valid: () => ({ district: 'WD', role: 'district' }),
  },
  {
    name: 'account',
    schema: CreateAccountRequest,
    as: 'admin',
    url: '/api/v1/admin/accounts',
    method: 'POST',
    valid: validAccount,
  },
  {
    name: 'push',
    schema: PushRequest,
    as: 'hc',
    url: '/api/v1/sync/push',
    method: 'POST',
    valid: () => ({ mutations: [validCreate()] }),
  },
  {
    name: 'record',
    schema: RecordWrite,
    as: 'hc',
    url: '/api/v1/records/applications/ID',
    method: 'PUT',
    valid: validWrite,
  },
];

function stringFields(schema: TObject): { field: string; maxLength: number }[] {
  return Object.entries(schema.properties as Record<string, TSchema>)
    .filter(([, property]) => property.type === 'string')
    .map(([field, property]) => ({ field, maxLength: Number(property.maxLength) }));
}

function urlFor(url: string): string {
  return url.replace('ID', randomUUID());
}

const generated: Case[] = BODIES.flatMap((body) => [
  ...stringFields(body.schema).flatMap(({ field, maxLength }) =>
    [maxLength + 1, 10_000].map(
      (length): Case => ({
        name: `${body.name}: ${field} of ${length} characters`,
        as: body.as,
        request: async (ctx) => {
          const payload = { ...(await body.valid(ctx)), [field]: 'x'.repeat(length) };
          return { ...post(urlFor(body.url), payload), method: body.method };
        },
        status: 400,
        code: 'invalid-request',
      }),
    ),
  ),
  {
    name: `${body.name}: an unknown field`,
    as: body.as,
    request: async (ctx) => ({
      ...post(urlFor(body.url), { ...(await body.valid(ctx)), isAdmin: true }),
      method: body.method,
    }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: `${body.name}: malformed JSON`,
    as: body.as,
    request: () => ({ ...post(urlFor(body.url), '{"district": "HC",'), method: body.method }),
    status: 400,
    code: 'malformed-json',
  },
  {
    name: `${body.name}: an empty JSON body`,
    as: body.as,
    request: () => ({ ...post(urlFor(body.url), ''), method: body.method }),
    status: 400,
    code: 'malformed-json',
  },
  {
    name: `${body.name}: a JSON array instead of an object`,
    as: body.as,
    request: () => ({ ...post(urlFor(body.url), '[]'), method: body.method }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: `${body.name}: a body over the JSON limit`,
    as: body.as,
    request: () => ({ ...post(urlFor(body.url), { pad: 'x'.repeat(JSON_LIMIT) }), method: body.method }),
    status: 413,
    code: 'body-too-large',
  },
  {
    name: `${body.name}: text/plain`,
    as: body.as,
    request: () => ({
      method: body.method,
      url: urlFor(body.url),
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    }),
    status: 415,
    code: 'unsupported-media-type',
  },
]);

const attachment = (bytes: Buffer, sha = createHash('sha256').update(bytes).digest('hex')): InjectOptions => ({
  method: 'PUT',
  url: `/api/v1/attachments/${sha}`,
  headers: { 'content-type': 'application/octet-stream' },
  payload: bytes,
});

const listed: Case[] = [
  // Wrong types
  {
    name: 'enrol: deviceName a number',
    as: 'none',
    request: async (ctx) => post('/api/v1/devices/enrol', { code: await freshCode(ctx), deviceName: 42 }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'enrol: code missing',
    as: 'none',
    request: () => post('/api/v1/devices/enrol', { deviceName: '设备' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'enrol: deviceName only spaces',
    as: 'none',
    request: async (ctx) => post('/api/v1/devices/enrol', { code: await freshCode(ctx), deviceName: '   ' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'record: baseRev a string',
    as: 'hc',
    request: () => put(`/api/v1/records/applications/${randomUUID()}`, { ...validWrite(), baseRev: '0' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'record: baseRev negative',
    as: 'hc',
    request: () => put(`/api/v1/records/applications/${randomUUID()}`, { ...validWrite(), baseRev: -1 }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'record: deleted "yes"',
    as: 'hc',
    request: () => put(`/api/v1/records/applications/${randomUUID()}`, { ...validWrite(), deleted: 'yes' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'record: data an array',
    as: 'hc',
    request: () => put(`/api/v1/records/applications/${randomUUID()}`, { ...validWrite(), data: [1, 2] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'record: district a label, not a code',
    as: 'hc',
    request: () => put(`/api/v1/records/applications/${randomUUID()}`, { ...validWrite(), district: '环翠区' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'record: district code that does not exist',
    as: 'admin',
    request: () => post('/api/v1/admin/enrolment-codes', { district: 'XX', role: 'district' }),
    status: 400,
    code: 'unknown-district',
  },
  {
    name: 'enrolment code: hours "24" as a string',
    as: 'admin',
    request: () => post('/api/v1/admin/enrolment-codes', { district: 'WD', role: 'district', hours: '24' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'enrolment code: hours 10000',
    as: 'admin',
    request: () => post('/api/v1/admin/enrolment-codes', { district: 'WD', role: 'district', hours: 10000 }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'enrolment code: role root',
    as: 'admin',
    request: () => post('/api/v1/admin/enrolment-codes', { district: 'WD', role: 'root' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'enrolment code: city role for a district',
    as: 'admin',
    request: () => post('/api/v1/admin/enrolment-codes', { district: 'WD', role: 'city' }),
    status: 400,
    code: 'role-district-mismatch',
  },
  {
    name: 'account: password of 9 characters',
    as: 'admin',
    request: () => post('/api/v1/admin/accounts', { ...validAccount(), password: '123456789' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'account: username taken',
    as: 'admin',
    request: () => post('/api/v1/admin/accounts', { ...validAccount(), username: 'hc.staff' }),
    status: 409,
    code: 'username-taken',
  },
  // SQL metacharacters in every string field
  {
    name: 'SQL in enrol.code',
    as: 'none',
    request: () => post('/api/v1/devices/enrol', { code: SQL_SHORT, deviceName: '设备' }),
    status: 401,
    code: 'enrolment-code-invalid',
  },
  {
    name: 'SQL in enrol.deviceName (kept verbatim)',
    as: 'none',
    request: async (ctx) => post('/api/v1/devices/enrol', { code: await freshCode(ctx), deviceName: SQL }),
    status: 201,
    code: null,
    check: async (ctx, response) => {
      const [row] = await ctx.server.db.query<{ name: string }>('SELECT name FROM devices WHERE id = $1', [
        response.json<{ device: { id: string } }>().device.id,
      ]);
      expect(row?.name).toBe(SQL);
    },
  },
  {
    name: 'SQL in sign-in username',
    as: 'hc',
    request: () => post('/api/v1/sessions', { username: SQL, password: 'whatever it is' }),
    status: 401,
    code: 'bad-credentials',
  },
  {
    name: 'SQL in sign-in password',
    as: 'hc',
    request: () => post('/api/v1/sessions', { username: 'hc.other', password: SQL }),
    status: 401,
    code: 'bad-credentials',
  },
  {
    name: 'SQL in enrolment-code district',
    as: 'admin',
    request: () => post('/api/v1/admin/enrolment-codes', { district: SQL, role: 'district' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in enrolment-code role',
    as: 'admin',
    request: () => post('/api/v1/admin/enrolment-codes', { district: 'WD', role: SQL }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in account username',
    as: 'admin',
    request: () => post('/api/v1/admin/accounts', { ...validAccount(), username: SQL }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in account role',
    as: 'admin',
    request: () => post('/api/v1/admin/accounts', { ...validAccount(), role: SQL }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in account district',
    as: 'admin',
    request: () => post('/api/v1/admin/accounts', { ...validAccount(), district: SQL }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in account displayName and password (kept verbatim, signs in)',
    as: 'admin',
    request: () =>
      post('/api/v1/admin/accounts', { ...validAccount(), username: 'sql.user', displayName: SQL, password: SQL }),
    status: 201,
    code: null,
    check: async (ctx, response) => {
      expect(response.json<{ displayName: string }>().displayName).toBe(SQL);
      const signIn = await ctx.server.app.inject({
        ...post('/api/v1/sessions', { username: 'sql.user', password: SQL }),
        headers: { ...bearer(ctx.hc), 'content-type': 'application/json' },
      });
      expect(signIn.statusCode).toBe(200);
    },
  },
  {
    name: 'SQL in record district',
    as: 'hc',
    request: () => put(`/api/v1/records/applications/${randomUUID()}`, { ...validWrite(), district: SQL }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in record data (kept verbatim)',
    as: 'hc',
    request: () =>
      put(`/api/v1/records/applications/${randomUUID()}`, { ...validWrite(), data: { name: SQL, [SQL]: SQL } }),
    status: 200,
    code: null,
    check: async (ctx, response) => {
      const stored = response.json<{ id: string }>();
      const read = await ctx.server.app.inject({
        method: 'GET',
        url: `/api/v1/records/applications/${stored.id}`,
        headers: bearer(ctx.hc),
      });
      expect(read.json<{ data: Record<string, string> }>().data).toEqual({ name: SQL, [SQL]: SQL });
    },
  },
  {
    name: 'SQL in the table of a URL',
    as: 'hc',
    request: () => ({ method: 'GET', url: `/api/v1/records/${encodeURIComponent(`applications${SQL}`)}` }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in a record id',
    as: 'hc',
    request: () => ({ method: 'GET', url: `/api/v1/records/applications/${encodeURIComponent(SQL)}` }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in ?district=',
    as: 'hc',
    request: () => ({ method: 'GET', url: `/api/v1/records/applications?district=${encodeURIComponent(SQL)}` }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in ?after=',
    as: 'hc',
    request: () => ({ method: 'GET', url: `/api/v1/records/applications?after=${encodeURIComponent(SQL)}` }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'an unknown query parameter',
    as: 'hc',
    request: () => ({ method: 'GET', url: '/api/v1/records/applications?sort=name' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in an attachment hash',
    as: 'hc',
    request: () => ({ method: 'GET', url: `/api/v1/attachments/${encodeURIComponent(SQL)}` }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL in a device id to revoke',
    as: 'admin',
    request: () => ({ method: 'POST', url: `/api/v1/admin/devices/${encodeURIComponent(SQL)}/revoke` }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'SQL as a bearer token',
    as: 'none',
    request: () => ({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${SQL}` } }),
    status: 401,
    code: 'unauthenticated',
  },
  // Tokens
  {
    name: 'a forged token',
    as: 'none',
    request: () => ({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(`wh1.${randomBytes(32).toString('base64url')}`),
    }),
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'a token of 10 000 characters',
    as: 'none',
    request: () => ({ method: 'GET', url: '/api/v1/me', headers: bearer('a'.repeat(10_000)) }),
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'Basic instead of Bearer',
    as: 'none',
    request: (ctx) => ({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Basic ${ctx.hc}` } }),
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'no Authorization header',
    as: 'none',
    request: () => ({ method: 'GET', url: '/api/v1/me' }),
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'a token revoked after it was used',
    as: 'none',
    request: async (ctx) => {
      const device = await ctx.server.enrol('district', 'HC', '将被注销');
      // Used once before, so the server has checked (and may remember) the token.
      const before = await ctx.server.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(device.token) });
      expect(before.statusCode).toBe(200);
      await ctx.server.app.inject({
        method: 'POST',
        url: `/api/v1/admin/devices/${device.id}/revoke`,
        headers: bearer(ctx.admin),
      });
      return { method: 'GET', url: '/api/v1/me', headers: bearer(device.token) };
    },
    status: 401,
    code: 'token-revoked',
  },
  // Enrolment codes
  {
    name: 'an expired enrolment code',
    as: 'none',
    request: async (ctx) => {
      const code = await freshCode(ctx);
      await ctx.server.db.query(
        "UPDATE enrolment_codes SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL",
      );
      return post('/api/v1/devices/enrol', { code, deviceName: '设备' });
    },
    status: 401,
    code: 'enrolment-code-expired',
  },
  {
    name: 'a reused enrolment code',
    as: 'none',
    request: async (ctx) => {
      const code = await freshCode(ctx);
      const first = await ctx.server.app.inject(post('/api/v1/devices/enrol', { code, deviceName: '第一台' }));
      expect(first.statusCode).toBe(201);
      return post('/api/v1/devices/enrol', { code, deviceName: '第二台' });
    },
    status: 401,
    code: 'enrolment-code-used',
  },
  {
    name: 'an enrolment code typed in lower case with spaces (accepted)',
    as: 'none',
    request: async (ctx) =>
      post('/api/v1/devices/enrol', {
        code: ` ${(await freshCode(ctx)).toLowerCase().replace('-', ' ')} `,
        deviceName: '设备',
      }),
    status: 201,
    code: null,
  },
  {
    name: 'a made-up enrolment code',
    as: 'none',
    request: () => post('/api/v1/devices/enrol', { code: 'ABCD-EFGH', deviceName: '设备' }),
    status: 401,
    code: 'enrolment-code-invalid',
  },
  // Records
  {
    name: 'a record that does not exist',
    as: 'hc',
    request: () => ({ method: 'GET', url: `/api/v1/records/applications/${randomUUID()}` }),
    status: 404,
    code: 'record-not-found',
  },
  {
    name: 'a change based on an old revision',
    as: 'hc',
    request: (ctx) => put(`/api/v1/records/applications/${ctx.hcRecord}`, { ...validWrite(), baseRev: ctx.hcRev - 1 }),
    status: 409,
    code: 'conflict',
  },
  {
    name: 'a new record with a base revision',
    as: 'hc',
    request: () => put(`/api/v1/records/applications/${randomUUID()}`, { ...validWrite(), baseRev: 7 }),
    status: 409,
    code: 'conflict',
  },
  {
    name: 'a table that does not sync',
    as: 'hc',
    request: () => ({ method: 'GET', url: '/api/v1/records/accounts' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'a record with 201 fields',
    as: 'hc',
    request: () =>
      put(`/api/v1/records/applications/${randomUUID()}`, {
        ...validWrite(),
        data: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}`, i])),
      }),
    status: 400,
    code: 'invalid-request',
  },
  // Attachments
  {
    name: 'an attachment whose bytes do not match its hash',
    as: 'hc',
    request: () => attachment(randomBytes(32), 'a'.repeat(64)),
    status: 400,
    code: 'hash-mismatch',
  },
  {
    name: 'an attachment over the attachment limit',
    as: 'hc',
    request: () => attachment(randomBytes(ATTACHMENT_LIMIT + 1)),
    status: 413,
    code: 'body-too-large',
  },
  {
    name: 'an attachment over the JSON limit but within its own (accepted)',
    as: 'hc',
    request: () => attachment(randomBytes(JSON_LIMIT * 2)),
    status: 201,
    code: null,
  },
  {
    name: 'an attachment sent as JSON',
    as: 'hc',
    request: () => ({ ...put(`/api/v1/attachments/${'b'.repeat(64)}`, { bytes: 'abc' }) }),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'an attachment that does not exist',
    as: 'hc',
    request: () => ({ method: 'GET', url: `/api/v1/attachments/${'c'.repeat(64)}` }),
    status: 404,
    code: 'attachment-not-found',
  },
  // Sync
  {
    name: 'push: mutations not a list',
    as: 'hc',
    request: () => post('/api/v1/sync/push', { mutations: validCreate() }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: no mutations',
    as: 'hc',
    request: () => post('/api/v1/sync/push', { mutations: [] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: 101 mutations',
    as: 'hc',
    request: () =>
      // Deletes, the smallest mutations, so the body stays within this server's small JSON limit.
      post('/api/v1/sync/push', {
        mutations: Array.from({ length: 101 }, (_, i) => {
          const { changes: _changes, ...rest } = validUpdate();
          return { ...rest, op: 'delete', mutationId: i + 1 };
        }),
      }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: an unknown op',
    as: 'hc',
    request: () => post('/api/v1/sync/push', { mutations: [{ ...validCreate(), op: 'upsert' }] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: mutation id 0',
    as: 'hc',
    request: () => post('/api/v1/sync/push', { mutations: [validCreate(0)] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: a create with a base revision',
    as: 'hc',
    request: () => post('/api/v1/sync/push', { mutations: [{ ...validCreate(), baseRev: 5 }] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: an update without changes',
    as: 'hc',
    request: () => post('/api/v1/sync/push', { mutations: [{ ...validUpdate(), changes: {} }] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: a change without its base',
    as: 'hc',
    request: () =>
      post('/api/v1/sync/push', { mutations: [{ ...validUpdate(), changes: { status: { value: 'registered' } } }] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: a delete carrying data',
    as: 'hc',
    request: () =>
      post('/api/v1/sync/push', { mutations: [{ ...validUpdate(), op: 'delete', changes: undefined, data: {} }] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: SQL as a table',
    as: 'hc',
    request: () => post('/api/v1/sync/push', { mutations: [{ ...validCreate(), table: SQL }] }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'push: ids out of order',
    as: 'hc',
    request: () => post('/api/v1/sync/push', { mutations: [validCreate(2), validCreate(1)] }),
    status: 400,
    code: 'mutation-order',
  },
  {
    name: 'pull: a cursor that is not a number',
    as: 'hc',
    request: () => ({ method: 'GET', url: `/api/v1/sync/pull?cursor=${encodeURIComponent(SQL)}` }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'pull: limit 0',
    as: 'hc',
    request: () => ({ method: 'GET', url: '/api/v1/sync/pull?limit=0' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'pull: an unknown parameter',
    as: 'hc',
    request: () => ({ method: 'GET', url: '/api/v1/sync/pull?district=WD' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'upload chunk: over 1 MiB',
    as: 'hc',
    request: () => chunk(randomBytes(1024 * 1024 + 1), { 'upload-length': '2000000' }),
    status: 413,
    code: 'body-too-large',
  },
  {
    name: 'upload chunk: a total over the attachment limit',
    as: 'hc',
    request: () => chunk(randomBytes(100), { 'upload-length': String(ATTACHMENT_LIMIT + 1) }),
    status: 413,
    code: 'body-too-large',
  },
  {
    name: 'upload chunk: no Upload-Offset',
    as: 'hc',
    request: () => {
      const options = chunk(randomBytes(100));
      const { 'upload-offset': _offset, ...headers } = options.headers as Record<string, string>;
      return { ...options, headers };
    },
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'upload chunk: a negative Upload-Offset',
    as: 'hc',
    request: () => chunk(randomBytes(100), { 'upload-offset': '-1' }),
    status: 400,
    code: 'invalid-request',
  },
  {
    name: 'upload chunk: sent as application/octet-stream',
    as: 'hc',
    request: () => chunk(randomBytes(100), { 'content-type': 'application/octet-stream' }),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'upload chunk: sent as JSON',
    as: 'hc',
    request: () => ({
      ...chunk(randomBytes(10)),
      headers: { ...chunk(randomBytes(10)).headers, 'content-type': 'application/json' },
      payload: '{}',
    }),
    status: 415,
    code: 'unsupported-media-type',
  },
  // Routes
  {
    name: 'an unknown route',
    as: 'hc',
    request: () => ({ method: 'GET', url: '/api/v1/secrets' }),
    status: 404,
    code: 'not-found',
  },
  {
    name: 'an unknown route without a token',
    as: 'none',
    request: () => ({ method: 'GET', url: '/admin.php' }),
    status: 404,
    code: 'not-found',
  },
  {
    name: 'a known path with the wrong method',
    as: 'hc',
    request: () => ({ method: 'DELETE', url: '/api/v1/me' }),
    status: 404,
    code: 'not-found',
  },
  {
    name: 'revoking a device that does not exist',
    as: 'admin',
    request: () => ({ method: 'POST', url: `/api/v1/admin/devices/${randomUUID()}/revoke` }),
    status: 404,
    code: 'device-not-found',
  },
];

/** What a response must never show: stack frames, SQL, driver or file names. */
const LEAK = /\bat \S+ \(|\.ts:\d+|node_modules|SELECT |INSERT |UPDATE |syntax error|pglite|postgres|relation "/i;

describe.each(TEST_DATABASES)('bad requests on $name', (database) => {
  const ctx = {} as Context;

  beforeAll(async () => {
    if (database.skipReason) return;
    ctx.server = await startTestServer(database, {
      jsonBodyLimit: JSON_LIMIT,
      attachmentBodyLimit: ATTACHMENT_LIMIT,
      enrolmentsPerMinute: 10_000,
    });
    ctx.admin = (await ctx.server.enrol('admin', 'SJ')).token;
    ctx.hc = (await ctx.server.enrol('district', 'HC')).token;
    await createAccount(ctx.server.db, {
      username: 'hc.staff',
      displayName: '环翠区窗口',
      role: 'district',
      district: 'HC',
      password: 'correct horse battery',
    });
    ctx.hcRecord = randomUUID();
    const created = await ctx.server.app.inject({
      ...put(`/api/v1/records/applications/${ctx.hcRecord}`, validWrite()),
      headers: { ...bearer(ctx.hc), 'content-type': 'application/json' },
    });
    ctx.hcRev = created.json<{ rev: number }>().rev;
  });

  afterAll(async () => {
    await ctx.server?.close();
  });

  it.skipIf(database.skipReason)('answers each with its status and code, and leaks nothing', async () => {
    const table: { case: string; status: number; code: string | null }[] = [];
    const mismatches: string[] = [];
    for (const entry of [...generated, ...listed]) {
      const options = await entry.request(ctx);
      const token = entry.as === 'admin' ? ctx.admin : entry.as === 'hc' ? ctx.hc : null;
      const response = await ctx.server.app.inject({
        ...options,
        headers: { ...(token ? bearer(token) : {}), ...(options.headers ?? {}) },
      });
      const code = errorCode(response);
      table.push({ case: entry.name, status: response.statusCode, code });
      if (response.statusCode !== entry.status || code !== entry.code) {
        mismatches.push(`${entry.name}: ${response.statusCode} ${code} (expected ${entry.status} ${entry.code})`);
      }
      if (response.statusCode >= 400) {
        expect(response.body, entry.name).not.toMatch(LEAK);
        expect(response.json<{ error: { message: string } }>().error.message, entry.name).toMatch(/[\u4e00-\u9fff]/);
      }
      await entry.check?.(ctx, response);
    }
    console.table(table);
    expect(mismatches).toEqual([]);
    // The SQL did nothing: every table is still there.
    const [devices] = await ctx.server.db.query<{ n: number }>('SELECT count(*)::int AS n FROM devices');
    expect(devices?.n).toBeGreaterThan(2);
  });

  it.skipIf(database.skipReason)('refuses a district record moved to another district', async () => {
    const city = (await ctx.server.enrol('city', 'SJ')).token;
    const response = await ctx.server.app.inject({
      ...put(`/api/v1/records/applications/${ctx.hcRecord}`, { ...validWrite(), district: 'WD', baseRev: ctx.hcRev }),
      headers: { ...bearer(city), 'content-type': 'application/json' },
    });
    expect([response.statusCode, errorCode(response)]).toEqual([409, 'record-moved']);
  });
});

describe.each(TEST_DATABASES)('rate limits on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    if (database.skipReason) return;
    server = await startTestServer(database, { requestsPerMinute: 5, enrolmentsPerMinute: 3 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(database.skipReason)(
    'answers 429 rate-limited past a device’s requests per minute, per device',
    async () => {
      const first = await server.enrol('district', 'HC');
      const second = await server.enrol('district', 'WD');
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push(
          (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(first.token) })).statusCode,
        );
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const limited = await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(first.token) });
      expect(errorCode(limited)).toBe('rate-limited');
      const other = await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(second.token) });
      expect(other.statusCode).toBe(200);
    },
  );

  it.skipIf(database.skipReason)(
    'answers 429 to a fourth enrolment attempt within a minute from one address',
    async () => {
      const statuses: (string | null)[] = [];
      for (let i = 0; i < 2; i++) {
        const response = await server.app.inject(
          post('/api/v1/devices/enrol', { code: 'WRONG-CODE', deviceName: '设备' }),
        );
        statuses.push(errorCode(response));
      }
      // enrol() above used one attempt for each of the two devices: this address has now made 4.
      expect(statuses).toEqual(['enrolment-code-invalid', 'rate-limited']);
    },
  );
});

describe.each(TEST_DATABASES)('sign-in lock on $name', (database) => {
  let server: TestServer;
  beforeAll(async () => {
    if (database.skipReason) return;
    server = await startTestServer(database, { enrolmentsPerMinute: 100 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(database.skipReason)('locks an account after five wrong passwords, even for the right one', async () => {
    await createAccount(server.db, {
      username: 'wd.staff',
      displayName: '文登区窗口',
      role: 'district',
      district: 'WD',
      password: 'the right password',
    });
    // Several devices, so the per-device request limit is not what stops the guessing.
    const codes: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      const device = await server.enrol('district', 'WD');
      const response = await server.app.inject({
        ...post('/api/v1/sessions', { username: 'wd.staff', password: `guess number ${i}` }),
        headers: { ...bearer(device.token), 'content-type': 'application/json' },
      });
      codes.push(errorCode(response));
    }
    expect(codes).toEqual([...Array(5).fill('bad-credentials'), 'sign-in-locked']);
    const device = await server.enrol('district', 'WD');
    const right = await server.app.inject({
      ...post('/api/v1/sessions', { username: 'wd.staff', password: 'the right password' }),
      headers: { ...bearer(device.token), 'content-type': 'application/json' },
    });
    expect([right.statusCode, errorCode(right)]).toEqual([429, 'sign-in-locked']);
  });
});
