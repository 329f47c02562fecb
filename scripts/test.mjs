// `npm test`: every check the project has, in order. Each runner prints its own
// summary; a failing step does not hide the ones after it, and any failure
// makes the whole run fail.
import { spawnSync } from 'node:child_process';

// The server tests run on the embedded PGlite, and on PostgreSQL when
// TEST_DATABASE_URL names one (.ci/run starts it and sets it).
const serverDatabases = process.env.TEST_DATABASE_URL
  ? '服务器测试在 PGlite 和 PostgreSQL 上运行'
  : '服务器测试只在 PGlite 上运行：TEST_DATABASE_URL 未设置';

const steps = [
  { name: '类型检查 typecheck', command: 'npm run typecheck' },
  { name: '代码检查 lint', command: 'npm run lint' },
  { name: '安全检查 electron-security', command: 'npm run security:electron' },
  { name: '单元测试 unit', command: 'npx vitest run' },
  { name: '服务器测试 server', command: 'npx vitest run --config vitest.server.config.ts', note: serverDatabases },
  { name: '构建 build', command: 'npm run build' },
  { name: '端到端测试 end-to-end', command: 'npx playwright test' },
];

const results = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command}`);
  if (step.note) console.log(step.note);
  const started = Date.now();
  const run = spawnSync(step.command, { stdio: 'inherit', shell: true });
  results.push({ ...step, ok: run.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log('\n=== summary');
for (const result of results) {
  const note = result.note ? `  ${result.note}` : '';
  console.log(`${result.ok ? 'PASS' : 'FAIL'}  ${result.name}  (${result.seconds} s)${note}`);
}
const failed = results.filter((result) => !result.ok).length;
console.log(`steps: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
