// `npm run pdf` as staff run it: a real process, real files, exit codes and messages.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_FILE, example, root, withApplicant } from './fixtures';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/pdf.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
const runs = new Map<string, Run>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pdf-cli-'));
  const write = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const badId = example();
  badId.application.applicant.idNumber = '371002198503121238';
  badId.application.applicant.phone = '12345';
  const cases: Record<string, string[]> = {
    written: ['--input', EXAMPLE_FILE, '--out', join(dir, 'form.pdf')],
    invalid: ['--input', write('bad-id.json', JSON.stringify(badId)), '--out', join(dir, 'bad.pdf')],
    missing: ['--input', join(dir, 'no-such-file.json'), '--out', join(dir, 'missing.pdf')],
    notJson: ['--input', write('broken.json', '{ "format": '), '--out', join(dir, 'broken.pdf')],
    noOut: ['--input', EXAMPLE_FILE],
    unprintable: [
      '--input',
      write('pua.json', JSON.stringify(withApplicant({ name: '张\uE000' }))),
      '--out',
      join(dir, 'pua.pdf'),
    ],
  };
  // Two at a time: this machine has two cores.
  const names = Object.keys(cases);
  for (let i = 0; i < names.length; i += 2) {
    const batch = names.slice(i, i + 2);
    const results = await Promise.all(batch.map((name) => cli(...(cases[name] ?? []))));
    batch.forEach((name, index) => {
      runs.set(name, results[index] as Run);
    });
  }
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (name: string) => runs.get(name) as Run;

describe('npm run pdf', () => {
  it('writes the PDF and prints where, with the page count (exit 0)', () => {
    expect(run('written').code).toBe(0);
    expect(run('written').stdout).toContain(`已写入 ${join(dir, 'form.pdf')}（共 1 页）`);
    expect(readFileSync(join(dir, 'form.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an application that fails validation, one line per field (exit 2)', () => {
    const { code, stderr } = run('invalid');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^applicant\.idNumber: .*证件号码.*$/m);
    expect(stderr).toMatch(/^applicant\.phone: .+$/m);
    expect(existsSync(join(dir, 'bad.pdf'))).toBe(false);
  });

  it('says in Chinese when the file is missing, is not JSON or a flag is missing (exit 2)', () => {
    expect(run('missing')).toMatchObject({ code: 2, stderr: expect.stringContaining('无法读取输入文件') });
    expect(run('missing').stderr).toContain('文件不存在');
    expect(run('notJson')).toMatchObject({ code: 2, stderr: expect.stringContaining('不是有效的 JSON') });
    expect(run('noOut')).toMatchObject({ code: 2, stderr: expect.stringContaining('缺少参数：--out') });
    expect(run('noOut').stderr).toContain('用法：npm run pdf -- --input');
  });

  it('names the field, the code point and the character no font can draw (exit 3)', () => {
    const { code, stderr } = run('unprintable');
    expect(code).toBe(3);
    expect(stderr).toContain('applicant.name: U+E000 “\uE000”（姓名）');
    expect(stderr).toContain('姓名中的字符“\uE000”（U+E000）无法打印');
    expect(existsSync(join(dir, 'pua.pdf'))).toBe(false);
  });
});
