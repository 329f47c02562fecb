import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { type ServerProcess, startServerProcess } from '../server/server-process';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** What an administrator does on the server machine: `npm run server -- admin create-enrolment …`; the code. */
export async function enrolmentCode(dataDir: string, district: string, role = 'district'): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'src-server/main.ts', 'admin', 'create-enrolment', '--district', district, '--role', role],
    { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' } },
  );
  const code = stdout.trim().split('\n').at(-1)?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return code;
}

export interface SpecServer {
  server: ServerProcess;
  dataDir: string;
}

/** The central server, started in a fresh data folder before the spec's tests and stopped after them. */
export function serverForSpec(): SpecServer {
  const spec = {} as SpecServer;
  test.beforeAll(async () => {
    spec.dataDir = await mkdtemp(join(tmpdir(), 'talent-e2e-server-'));
    spec.server = await startServerProcess({ DATA_DIR: spec.dataDir });
  });
  test.afterAll(async () => {
    if (spec.server && spec.server.child.exitCode === null) {
      spec.server.child.kill('SIGTERM');
      await spec.server.exited;
    }
    await rm(spec.dataDir, { recursive: true, force: true });
  });
  return spec;
}
