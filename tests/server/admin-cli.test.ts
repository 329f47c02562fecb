import { spawn } from 'node:child_process';
import { access, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runAdminCli } from '../../src-server/admin/cli';
import { LOCK_FILE, type LockInfo, readLock } from '../../src-server/lock';
import type { EnrolResponse } from '../../src-shared/api/schemas';
import { createPostgresDatabase, TEST_DATABASES, type TestDatabase } from './databases';
import { call, type ServerProcess, startServerProcess } from './server-process';

/**
 * `npm run server -- admin …` as a person runs it: a real process, against a
 * real database, with and without a server running on the same DATA_DIR.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;
const SLOW = 180_000;

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The last line of stdout. */
  last: string;
}

/** One place a server keeps its data: a DATA_DIR, and a fresh PostgreSQL database when testing that. */
interface Place {
  dataDir: string;
  env: Record<string, string>;
}

const disposals: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const dispose of disposals.splice(0).reverse()) await dispose();
});

async function prepare(database: TestDatabase, options: { deep?: boolean } = {}): Promise<Place> {
  const base = await mkdtemp(join(tmpdir(), 'talent-admin-'));
  disposals.push(() => rm(base, { recursive: true, force: true }));
  // Deep enough that a socket inside it would pass the ~100-byte limit of Unix socket paths.
  const dataDir = options.deep ? join(base, 'a'.repeat(60), 'b'.repeat(60)) : join(base, 'data');
  await mkdir(dataDir, { recursive: true });
  const env: Record<string, string> = { DATA_DIR: dataDir, DATABASE_URL: '' };
  if (database.name === 'postgres') {
    const created = await createPostgresDatabase();
    disposals.push(created.drop);
    env.DATABASE_URL = created.url;
  }
  return { dataDir, env };
}

function admin(place: Place, args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src-server/main.ts', 'admin', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...place.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end(options.input ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  return new Promise<CliResult>((resolve) => {
    child.on('close', (code) => resolve({ code, stdout, stderr, last: stdout.trimEnd().split('\n').pop() ?? '' }));
  });
}

/** Runs a command that must succeed; its output. */
async function ok(place: Place, args: string[], input?: string): Promise<CliResult> {
  const result = await admin(place, args, { input });
  expect(result.stderr, `admin ${args.join(' ')}`).toBe('');
  expect(result.code, `admin ${args.join(' ')}`).toBe(0);
  return result;
}

async function startServer(place: Place): Promise<ServerProcess> {
  const server = await startServerProcess(place.env);
  disposals.push(async () => {
    if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await server.exited;
  });
  return server;
}

async function stopServer(server: ServerProcess): Promise<void> {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

async function enrol(address: string, code: string, deviceName: string): Promise<EnrolResponse> {
  const { status, body } = await call<EnrolResponse>(address, 'POST', '/api/v1/devices/enrol', {
    body: { code, deviceName },
  });
  expect(status).toBe(201);
  return body;
}

async function signIn(address: string, token: string, username: string, password: string) {
  return call<{ account: { username: string } }>(address, 'POST', '/api/v1/sessions', {
    token,
    body: { username, password },
  });
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function noStackTrace(result: CliResult): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe.each(TEST_DATABASES)('admin command line on $name', (database) => {
  it.skipIf(database.skipReason)(
    'works with no server running, and what it made works once the server starts',
    async () => {
      const place = await prepare(database);
      const enrolment = await ok(place, ['create-enrolment', '--district', '环翠区', '--role', 'district']);
      expect(enrolment.last).toMatch(CODE);
      expect(enrolment.stdout).toContain('环翠区');
      const city = await ok(place, ['create-enrolment', '--role', '市级']);
      expect(city.last).toMatch(CODE);
      await ok(
        place,
        [
          'create-account',
          '--username',
          'wang.wu',
          '--name',
          '王五',
          '--role',
          '区市窗口',
          '--district',
          '环翠',
          '--password-stdin',
        ],
        'correct horse battery\nsecond line is ignored\n',
      );
      // The command let go of DATA_DIR when it finished: a server can start.
      expect(await readLock(place.dataDir)).toBeNull();

      const server = await startServer(place);
      const district = await enrol(server.address, enrolment.last, '环翠区窗口 1 号机');
      expect(district.device).toMatchObject({ role: 'district', district: 'HC' });
      const cityDevice = await enrol(server.address, city.last, '市级窗口');
      expect(cityDevice.device).toMatchObject({ role: 'city', district: 'SJ' });
      const signedIn = await signIn(server.address, district.token, 'wang.wu', 'correct horse battery');
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.account.username).toBe('wang.wu');
      await stopServer(server);

      // With the server stopped again, the command line opens the database itself and sees the server's writes.
      const devices = await ok(place, ['list-devices']);
      expect(devices.stdout).toContain(district.device.id);
      expect(devices.stdout).toContain('环翠区窗口 1 号机');
      await ok(place, ['revoke-device', '--id', district.device.id]);
      const again = await startServer(place);
      const me = await call<{ error: { code: string } }>(again.address, 'GET', '/api/v1/me', { token: district.token });
      expect(me.status).toBe(401);
      expect(me.body.error.code).toBe('token-revoked');
      await stopServer(again);
    },
    SLOW,
  );

  it.skipIf(database.skipReason)(
    'sends commands to the running server instead of opening the database beside it',
    async () => {
      const place = await prepare(database, { deep: true });
      const server = await startServer(place);
      const lock = JSON.parse(await readFile(join(place.dataDir, LOCK_FILE), 'utf8')) as LockInfo;
      expect(lock.pid).toBe(server.child.pid);
      // DATA_DIR is too deep for a socket path: the socket is in the temp directory, private to its user.
      expect(lock.adminSocket.startsWith(tmpdir())).toBe(true);
      expect((await stat(lock.adminSocket)).mode & 0o777).toBe(0o600);

      const enrolment = await ok(place, ['create-enrolment', '--district', 'HC', '--role', 'district']);
      expect(enrolment.last).toMatch(CODE);
      const device = await enrol(server.address, enrolment.last, '环翠区窗口 2 号机');
      expect(device.device).toMatchObject({ role: 'district', district: 'HC' });

      const created = await ok(place, [
        'create-account',
        '--username',
        'li.si',
        '--name',
        '李四',
        '--role',
        'district',
        '--district',
        '环翠区',
      ]);
      const password = created.last;
      expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
      const signedIn = await signIn(server.address, device.token, 'li.si', password);
      expect(signedIn.status).toBe(200);
      const accounts = await ok(place, ['list-accounts']);
      expect(accounts.stdout).toContain('li.si');
      expect(accounts.stdout).toContain('李四');

      const taken = await admin(place, [
        'create-account',
        '--username',
        'li.si',
        '--name',
        '李四',
        '--role',
        'district',
        '--district',
        'HC',
      ]);
      expect(taken.code).toBe(1);
      expect(taken.stderr.trim()).toBe('用户名已存在。');
      noStackTrace(taken);

      const before = await ok(place, ['list-devices']);
      expect(before.stdout).toMatch(new RegExp(`${device.device.id}.*未注销`));
      await ok(place, ['revoke-device', '--id', device.device.id]);
      const me = await call<{ error: { code: string } }>(server.address, 'GET', '/api/v1/me', { token: device.token });
      expect(me.status).toBe(401);
      expect(me.body.error.code).toBe('token-revoked');
      const after = await ok(place, ['list-devices']);
      expect(after.stdout).not.toMatch(new RegExp(`${device.device.id}.*未注销`));

      // The server still holds DATA_DIR alone; a second server is refused.
      expect((await readLock(place.dataDir))?.pid).toBe(server.child.pid);
      await expect(startServerProcess(place.env)).rejects.toThrow(/另一个服务器进程正在运行/);
      const restore = await admin(place, ['restore', '--in', join(place.dataDir, 'nothing.backup')]);
      expect(restore.code).toBe(1);

      await stopServer(server);
      expect(await exists(lock.adminSocket)).toBe(false);
      expect(await exists(join(place.dataDir, LOCK_FILE))).toBe(false);
    },
    SLOW,
  );

  it.skipIf(database.skipReason)(
    'backs up while the server runs and restores what was there at the backup',
    async () => {
      const place = await prepare(database);
      const backupFile = join(place.dataDir, '..', 'before.backup');
      const server = await startServer(place);
      const lock = JSON.parse(await readFile(join(place.dataDir, LOCK_FILE), 'utf8')) as LockInfo;
      expect(lock.adminSocket).toBe(join(place.dataDir, 'admin.sock'));
      expect((await stat(lock.adminSocket)).mode & 0o777).toBe(0o600);

      await ok(place, ['create-account', '--username', 'before.backup', '--name', '备份前', '--role', 'admin']);
      const backup = await ok(place, ['backup', '--out', backupFile]);
      expect(backup.stdout).toContain(backupFile);
      expect((await stat(backupFile)).mode & 0o777).toBe(0o600);
      expect((await stat(backupFile)).size).toBeGreaterThan(0);
      await ok(place, ['create-account', '--username', 'after.backup', '--name', '备份后', '--role', 'admin']);

      const refused = await admin(place, ['restore', '--in', backupFile]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('请先停止服务器');
      noStackTrace(refused);
      await stopServer(server);

      const restored = await ok(place, ['restore', '--in', backupFile]);
      if (database.name === 'pglite') {
        // The database that was replaced is kept aside, whole, and the output says where.
        const aside = (await readdir(place.dataDir)).filter((name) => name.startsWith('pglite.before-restore-'));
        expect(aside).toHaveLength(1);
        const asideDir = join(place.dataDir, aside[0] as string);
        expect(restored.stdout).toContain(asideDir);
        expect(await exists(join(asideDir, 'PG_VERSION'))).toBe(true);
      }

      const again = await startServer(place);
      const accounts = await ok(place, ['list-accounts']);
      expect(accounts.stdout).toContain('before.backup');
      expect(accounts.stdout).not.toContain('after.backup');
      await stopServer(again);
    },
    SLOW,
  );

  it.skipIf(database.skipReason)(
    'backs up with no server running, and says clearly what went wrong',
    async () => {
      const place = await prepare(database);
      const file = join(place.dataDir, 'direct.backup');
      await ok(place, ['backup', '--out', file]);
      expect((await stat(file)).size).toBeGreaterThan(0);

      const unknown = await admin(place, ['revoke-device', '--id', '0190a1b2-0000-7000-8000-000000000000']);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr.trim()).toBe('设备不存在。');
      noStackTrace(unknown);

      const nowhere = await admin(place, ['backup', '--out', join(place.dataDir, 'missing-dir', 'x.backup')]);
      expect(nowhere.code).toBe(1);
      expect(nowhere.stderr).toContain('无法写入备份文件');
      noStackTrace(nowhere);

      const corrupt = join(place.dataDir, 'corrupt.backup');
      await writeFile(corrupt, 'not a backup');
      const bad = await admin(place, ['restore', '--in', corrupt]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('无法恢复');
      noStackTrace(bad);
      // A failed restore leaves the database as it was.
      expect((await ok(place, ['list-devices'])).stdout).toContain('尚无已登记的设备');

      if (database.name === 'postgres') {
        const noTools = await admin(place, ['backup', '--out', file], { env: { PATH: join(place.dataDir, 'empty') } });
        expect(noTools.code).toBe(1);
        expect(noTools.stderr).toContain('找不到 pg_dump');
        noStackTrace(noTools);
      }
    },
    SLOW,
  );
});

/** The command line in this process, for the cases that never reach a database. */
async function adminInProcess(dataDir: string, args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        append(chunk.toString('utf8'));
        done();
      },
    });
  const code = await runAdminCli(
    args,
    { dataDir },
    {
      stdin: Readable.from([]),
      stdout: sink((text) => {
        stdout += text;
      }),
      stderr: sink((text) => {
        stderr += text;
      }),
    },
  );
  return { code, stdout, stderr, last: stdout.trimEnd().split('\n').pop() ?? '' };
}

describe('admin command line usage', () => {
  const dataDir = join(tmpdir(), `talent-admin-usage-${process.pid}-never-created`);

  it('prints the usage in Chinese with exit code 2', async () => {
    const help = await admin({ dataDir, env: { DATA_DIR: dataDir } }, ['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：npm run server -- admin');
    expect(help.stdout).toContain('create-enrolment');
    expect((await adminInProcess(dataDir, [])).stdout).toContain('用法：npm run server -- admin');
  });

  it('refuses unknown commands and bad flags with the usage, before touching any data', async () => {
    const cases: [string[], string][] = [
      [['frobnicate'], '未知的管理命令「frobnicate」'],
      [['create-enrolment', '--district', '环翠区'], '缺少参数 --role'],
      [['create-enrolment', '--district', '威海', '--role', 'district'], '区市「威海」不正确'],
      [['create-enrolment', '--role', 'district'], '区市窗口须用 --district 指定所属区市'],
      [['create-enrolment', '--role', 'boss'], '角色「boss」不正确'],
      [['create-enrolment', '--role', 'city', '--district', 'HC'], '市级和管理员账号属于市级（市直）'],
      [['create-enrolment', '--role', 'admin', '--hours', '500'], '1 到 168'],
      [['create-enrolment', '--role', 'admin', '--hours', 'two'], '须为整数'],
      [['create-enrolment', '--role'], '参数 --role 缺少值'],
      [['list-devices', '--all'], '没有参数 --all'],
      [['revoke-device', '--id', 'not-a-uuid'], 'UUID'],
      [['create-account', '--username', 'Bad Name', '--name', '某', '--role', 'admin'], '用户名'],
      [['create-account', '--username', 'ok.name', '--name', '某', '--role', 'admin', '--password-stdin'], '密码须为'],
      [['backup'], '缺少参数 --out'],
      [['restore', '--in'], '参数 --in 缺少值'],
    ];
    for (const [args, message] of cases) {
      const result = await adminInProcess(dataDir, args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr, args.join(' ')).toContain('用法：');
      expect(result.stdout, args.join(' ')).toBe('');
      noStackTrace(result);
    }
    expect(await exists(dataDir)).toBe(false);
  });
});
