import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONNECTION_FILE, fileVault, type ServerDeps, serverClient } from '../../../src-main/main/handlers/server';
import { createEnrolmentCode, revokeDevice } from '../../../src-server/devices';
import type { Role } from '../../../src-shared/api/roles';
import type { DesktopOperation, OperationArgs } from '../../../src-shared/bridge/contract';
import { type BridgeHandlers, runOperation } from '../../../src-shared/bridge/run';
import { TEST_DATABASES } from '../../server/databases';
import { startTestServer, type TestServer } from '../../server/harness';

/**
 * The main process's server operations against the real central server
 * (in-process, on an empty PGlite, listening on 127.0.0.1). Electron is
 * replaced at the boundary only: safeStorage and app.getPath.
 */

const pglite = TEST_DATABASES.find((database) => database.name === 'pglite');
if (!pglite) throw new Error('PGlite test database missing');

let server: TestServer;
let address: string;

beforeAll(async () => {
  server = await startTestServer(pglite);
  address = await server.app.listen({ host: '127.0.0.1', port: 0 });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/**
 * Electron's safeStorage as the OS key store behaves: output unreadable
 * without the key, and nothing works while the store is locked.
 */
function fakeSafeStorage(state: { available: boolean; backend?: string }): ServerDeps['safeStorage'] {
  const key = 0x5a;
  const transform = (bytes: Uint8Array) => Buffer.from(bytes.map((byte, i) => byte ^ ((key + i) % 256)));
  return {
    isEncryptionAvailable: () => state.available,
    encryptString: (text: string) => {
      if (!state.available) throw new Error('Encryption is not available.');
      return Buffer.concat([Buffer.from('v10'), transform(Buffer.from(text, 'utf8'))]);
    },
    decryptString: (encrypted: Buffer) => {
      if (!state.available) throw new Error('Decryption is not available.');
      if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('Error while decrypting the ciphertext');
      return transform(encrypted.subarray(3)).toString('utf8');
    },
    getSelectedStorageBackend: () =>
      (state.backend ?? 'gnome_libsecret') as ReturnType<
        NonNullable<ServerDeps['safeStorage']['getSelectedStorageBackend']>
      >,
  };
}

let userData: string;
let keyStore: { available: boolean; backend?: string };

beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'talent-card-userdata-'));
  keyStore = { available: true };
  return () => rm(userData, { recursive: true, force: true });
});

/** The server operations as src-main/main/handlers/index.ts wires them (it also loads printing, which needs Electron). */
function handlers(): BridgeHandlers {
  const server = serverClient({
    safeStorage: fakeSafeStorage(keyStore),
    dataDir: () => userData,
    fetch: (input, init) => fetch(input, init),
  });
  const notHere = () => {
    throw new Error('not part of these tests');
  };
  return {
    appInfo: notHere,
    saveFile: notHere,
    openFile: notHere,
    listPrinters: notHere,
    printPdf: notHere,
    openPdf: notHere,
    serverEnrol: (request) => server.enrol(request),
    serverConnection: () => server.connection(),
    serverForget: () => server.forget(),
    serverRequest: (request) => server.request(request),
    protectDataKey: notHere,
    unprotectDataKey: notHere,
    nextSystemLock: notHere,
  };
}

/** A call as the renderer makes it: through validation, errors as values. */
function call<K extends DesktopOperation>(operation: K, ...args: OperationArgs<K>) {
  return runOperation(operation, handlers(), args);
}

async function newCode(role: Role = 'district', district = 'HC'): Promise<string> {
  return (await createEnrolmentCode(server.db, { role, district, createdBy: 'test' })).code;
}

/** An address where nothing listens. */
async function closedPort(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('serverEnrol', () => {
  it('enrols with a code, keeps the token encrypted in userData and never hands it to the renderer', async () => {
    const code = await newCode('district', 'HC');
    const result = await call('serverEnrol', { serverUrl: `${address}/`, code, deviceName: '王窗口（环翠区）' });
    expect(result).toEqual({
      ok: true,
      value: {
        serverUrl: address,
        device: expect.objectContaining({
          name: '王窗口（环翠区）',
          role: 'district',
          district: 'HC',
          revokedAt: null,
        }),
        secureStorage: 'os-keychain',
      },
    });
    expect(JSON.stringify(result)).not.toMatch(/token/i);

    expect(await readdir(userData)).toEqual([CONNECTION_FILE]);
    const file = join(userData, CONNECTION_FILE);
    const raw = await readFile(file);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    const { token } = JSON.parse(fakeSafeStorage(keyStore).decryptString(raw)) as { token: string };
    expect(token.length).toBeGreaterThan(20);
    expect(raw.includes(Buffer.from(token))).toBe(false);
    expect(raw.includes(Buffer.from('王窗口'))).toBe(false);

    const connection = await call('serverConnection');
    expect(connection).toEqual({ ok: true, value: result.ok ? result.value : null });

    const me = await call('serverRequest', { method: 'GET', path: '/api/v1/me' });
    expect(me).toMatchObject({
      ok: true,
      value: { status: 200, body: { id: result.ok ? result.value.device.id : '', role: 'district', district: 'HC' } },
    });
  });

  it('passes the server’s refusal through with its code and Chinese message, and keeps nothing', async () => {
    const wrong = await call('serverEnrol', { serverUrl: address, code: 'ZZZZ-ZZZZ', deviceName: '测试机' });
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'server-error', serverCode: 'enrolment-code-invalid', message: expect.stringMatching(/登记码/) },
    });

    const code = await newCode();
    expect(await call('serverEnrol', { serverUrl: address, code, deviceName: '第一台' })).toMatchObject({ ok: true });
    await call('serverForget');
    const again = await call('serverEnrol', { serverUrl: address, code, deviceName: '第二台' });
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'server-error',
        serverCode: 'enrolment-code-used',
        message: expect.stringContaining('已被使用过'),
      },
    });
    expect(await readdir(userData)).toEqual([]);
    expect(await call('serverConnection')).toEqual({ ok: true, value: null });
  });

  it('says the server cannot be reached when nothing listens at the address', async () => {
    const result = await call('serverEnrol', {
      serverUrl: await closedPort(),
      code: 'ABCD-EFGH',
      deviceName: '测试机',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'server-unreachable', message: expect.stringContaining('服务器无法连接') },
    });
  });

  it('gives up on a server that accepts the connection but never answers', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const client = serverClient({
        safeStorage: fakeSafeStorage(keyStore),
        dataDir: () => userData,
        fetch: (input, init) => fetch(input, init),
        timeoutMs: 300,
      });
      const port = (silent.address() as { port: number }).port;
      const attempt = client.enrol({ serverUrl: `http://127.0.0.1:${port}`, code: 'ABCD-EFGH', deviceName: '测试机' });
      await expect(attempt).rejects.toMatchObject({
        code: 'server-unreachable',
        message: expect.stringContaining('没有回应'),
      });
    } finally {
      silent.close();
    }
  });

  it('says so when the address answers, but not as the central server', async () => {
    const result = await call('serverEnrol', {
      serverUrl: `${address}/not-here`,
      code: 'ABCD-EFGH',
      deviceName: '测试机',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'server-error' } });
    expect(result.ok ? '' : result.error.message).toBe(
      '该地址不像威海英才卡中心服务器（HTTP 404），请核对服务器地址。',
    );
  });

  it.each([
    ['ftp://127.0.0.1/', '须以 http:// 或 https:// 开头'],
    ['https://user:secret@sync.example.cn', '用户名或密码'],
    ['https://sync.example.cn/?next=evil', '“?”或“#”'],
    ['https://sync.example.cn/#x', '“?”或“#”'],
    ['http://', '格式不正确'],
  ])('refuses the server address %s before any request', async (serverUrl, message) => {
    const result = await call('serverEnrol', { serverUrl, code: 'ABCD-EFGH', deviceName: '测试机' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining(message) },
    });
  });

  it('refuses to enrol, without spending the code, while the OS key store is unavailable', async () => {
    const code = await newCode();
    keyStore.available = false;
    const refused = await call('serverEnrol', { serverUrl: address, code, deviceName: '测试机' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'secure-storage-unavailable', message: expect.stringContaining('无法安全保存设备令牌') },
    });
    expect(await readdir(userData)).toEqual([]);

    keyStore.available = true;
    expect(await call('serverEnrol', { serverUrl: address, code, deviceName: '测试机' })).toMatchObject({ ok: true });
  });

  it('refuses Linux’s basic_text fallback, which is no encryption at all', async () => {
    keyStore.backend = 'basic_text';
    const deps = fakeSafeStorage(keyStore);
    const vault = fileVault({ safeStorage: deps, dataDir: () => userData, fetch, platform: 'linux' });
    await expect(vault.ensureAvailable()).rejects.toMatchObject({ code: 'secure-storage-unavailable' });
    const elsewhere = fileVault({ safeStorage: deps, dataDir: () => userData, fetch, platform: 'win32' });
    await expect(elsewhere.ensureAvailable()).resolves.toBeUndefined();
  });
});

describe('serverConnection and serverRequest', () => {
  it('reports an undecryptable token file instead of pretending not to be enrolled', async () => {
    await writeFile(join(userData, CONNECTION_FILE), 'not encrypted by this key store');
    expect(await call('serverConnection')).toEqual({
      ok: false,
      error: { code: 'secure-storage-unavailable', message: expect.stringContaining('无法解密') },
    });
  });

  it('asks for enrolment before any request, and after 解除登记', async () => {
    expect(await call('serverRequest', { method: 'GET', path: '/api/v1/me' })).toMatchObject({
      ok: false,
      error: { code: 'not-enrolled' },
    });
    await call('serverEnrol', { serverUrl: address, code: await newCode(), deviceName: '测试机' });
    expect(await call('serverForget')).toEqual({ ok: true, value: { forgotten: true } });
    expect(await readdir(userData)).toEqual([]);
    expect(await call('serverConnection')).toEqual({ ok: true, value: null });
    expect(await call('serverRequest', { method: 'GET', path: '/api/v1/me' })).toMatchObject({
      ok: false,
      error: { code: 'not-enrolled' },
    });
  });

  it('answers a revoked token’s 401 as a value and keeps the enrolment for the user to see', async () => {
    const enrolled = await call('serverEnrol', { serverUrl: address, code: await newCode(), deviceName: '测试机' });
    if (!enrolled.ok) throw new Error(enrolled.error.message);
    await revokeDevice(server.db, enrolled.value.device.id);
    const me = await call('serverRequest', { method: 'GET', path: '/api/v1/me' });
    expect(me).toMatchObject({ ok: true, value: { status: 401, body: { error: { code: 'token-revoked' } } } });
    expect(await call('serverConnection')).toMatchObject({ ok: true, value: { serverUrl: address } });
  });

  it('sends JSON bodies and returns the server’s 4xx answers as they are', async () => {
    await call('serverEnrol', { serverUrl: address, code: await newCode(), deviceName: '测试机' });
    const signIn = await call('serverRequest', {
      method: 'POST',
      path: '/api/v1/sessions',
      body: { username: 'nobody', password: 'wrong-password' },
    });
    expect(signIn).toMatchObject({ ok: true, value: { status: 401, body: { error: { code: 'bad-credentials' } } } });
  });

  it('carries a resumable upload’s position both ways', async () => {
    await call('serverEnrol', { serverUrl: address, code: await newCode(), deviceName: '测试机' });
    const bytes = new TextEncoder().encode('盖章件的字节'.repeat(10));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = `/api/v1/attachments/${sha256}`;
    const first = await call('serverRequest', {
      method: 'PATCH',
      path,
      body: bytes.slice(0, 40),
      upload: { offset: 0, length: bytes.length },
    });
    expect(first).toMatchObject({ ok: true, value: { status: 204, upload: { offset: 40 } } });
    const where = await call('serverRequest', { method: 'HEAD', path });
    expect(where).toMatchObject({ ok: true, value: { status: 204, upload: { offset: 40, length: bytes.length } } });
    const last = await call('serverRequest', {
      method: 'PATCH',
      path,
      body: bytes.slice(40),
      upload: { offset: 40, length: bytes.length },
    });
    expect(last).toMatchObject({ ok: true, value: { status: 201 } });
    const fetched = await call('serverRequest', { method: 'GET', path });
    expect(fetched).toMatchObject({ ok: true, value: { status: 200, body: bytes } });
  });

  it.each([
    [{ method: 'GET', path: '/healthz' }, '/api/v1/'],
    [{ method: 'GET', path: '/api/v1/../healthz' }, '..'],
    [{ method: 'GET', path: '/api/v1/%2e%2e/healthz' }, '..'],
    [{ method: 'DELETE', path: '/api/v1/me' }, '请求方法'],
    [{ method: 'GET', path: '/api/v1/me', body: { a: 1 } }, '请求体'],
    [{ method: 'GET', path: 'https://elsewhere.example/api/v1/me' }, '/api/v1/'],
  ])('refuses %j before it reaches the network', async (request, message) => {
    await call('serverEnrol', { serverUrl: address, code: await newCode(), deviceName: '测试机' });
    const result = await runOperation('serverRequest', handlers(), [request]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining(message) },
    });
  });
});
