import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from '@playwright/test';

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
