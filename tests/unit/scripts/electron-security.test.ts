import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type AnalyserResult,
  findInlineSuppressions,
  formatSummary,
  judge,
  parseAllowList,
  passed,
  readAnalyserResult,
} from '../../../scripts/electron-security-report.mjs';

const root = join(import.meta.dirname, '..', '..', '..');
const scanRoot = '/tmp/electron-security-x1';

/** Shaped as electronegativity's run() returns it (severity and confidence are objects with a name). */
const sample: AnalyserResult = {
  issues: [
    {
      id: 'SANDBOX_JS_CHECK',
      file: `${scanRoot}/src-main/main/window.ts`,
      sample: 'const window = new BrowserWindow({',
      location: { line: 7, column: 17 },
      description: 'Use sandbox for untrusted origins',
      severity: { name: 'MEDIUM' },
      confidence: { name: 'FIRM' },
    },
    {
      id: 'CONTEXT_ISOLATION_JS_CHECK',
      file: `${scanRoot}/src-main/main/handlers/printing.ts`,
      sample: 'webPreferences: { contextIsolation: false },',
      location: { line: 65, column: 30 },
      description: 'Review the use of the contextIsolation option',
      severity: { name: 'HIGH' },
      confidence: { name: 'FIRM' },
    },
    {
      id: 'CSP_GLOBAL_CHECK',
      file: 'N/A',
      location: { line: 0, column: 0 },
      description: 'No CSP has been detected in the target application',
      severity: { name: 'MEDIUM' },
      confidence: { name: 'CERTAIN' },
    },
    {
      id: 'CSP_GLOBAL_CHECK',
      file: `${scanRoot}/src-renderer/index.html`,
      location: { line: 4, column: 0 },
      description: 'One or more CSP directives detected are vulnerable',
      severity: { name: 'LOW' },
      confidence: { name: 'FIRM' },
    },
  ],
  errors: [
    { file: `${scanRoot}/src-renderer/pdf/worker.ts`, message: 'Unknown node type PrivateName.', tolerable: false },
    { file: `${scanRoot}/src-renderer/main.tsx`, message: 'recovered from a syntax error', tolerable: true },
  ],
};

const allowText = JSON.stringify({
  allow: [
    { check: 'SANDBOX_JS_CHECK', file: 'src-main/main/window.ts', reason: 'secureWebPreferences() sets it.' },
    { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'Sent as a header by protocol.ts.' },
    { check: 'AUXCLICK_JS_CHECK', file: 'src-main/main/window.ts', reason: 'No longer reported.' },
  ],
});

describe('readAnalyserResult', () => {
  it('gives repository paths, severity names and the wiki page of each check', () => {
    const { findings } = readAnalyserResult(sample, scanRoot);
    expect(findings[0]).toEqual({
      check: 'SANDBOX_JS_CHECK',
      severity: 'MEDIUM',
      confidence: 'FIRM',
      file: 'src-main/main/window.ts',
      line: 7,
      column: 17,
      sample: 'const window = new BrowserWindow({',
      description: 'Use sandbox for untrusted origins',
      url: 'https://github.com/doyensec/electronegativity/wiki/SANDBOX_JS_CHECK',
    });
    expect(findings.map((finding) => finding.file)).toEqual([
      'src-main/main/window.ts',
      'src-main/main/handlers/printing.ts',
      'N/A',
      'src-renderer/index.html',
    ]);
  });

  it('keeps files the analyser could not parse apart from its warnings', () => {
    const { parseErrors, parseWarnings } = readAnalyserResult(sample, scanRoot);
    expect(parseErrors).toEqual([
      { file: 'src-renderer/pdf/worker.ts', message: 'Unknown node type PrivateName.', tolerable: false },
    ]);
    expect(parseWarnings.map((warning) => warning.file)).toEqual(['src-renderer/main.tsx']);
  });
});

describe('parseAllowList', () => {
  it('reads check, file and reason of each entry', () => {
    expect(parseAllowList(allowText)[1]).toEqual({
      check: 'CSP_GLOBAL_CHECK',
      file: 'N/A',
      reason: 'Sent as a header by protocol.ts.',
    });
  });

  it('refuses entries without a reason, with unknown fields, duplicated or naming no check', () => {
    const list = (...allow: unknown[]) => JSON.stringify({ allow });
    const entry = { check: 'SANDBOX_JS_CHECK', file: 'src-main/main/window.ts', reason: 'Safe.' };
    expect(() => parseAllowList(list({ ...entry, reason: ' ' }))).toThrow('缺少 reason');
    expect(() => parseAllowList(list({ ...entry, line: 7 }))).toThrow('未知字段：line');
    expect(() => parseAllowList(list(entry, entry))).toThrow('重复');
    expect(() => parseAllowList(list({ ...entry, check: 'sandbox' }))).toThrow('不是分析器的检查编号');
    expect(() => parseAllowList('{ "allow": {} }')).toThrow('{ "allow": [...] }');
    expect(() => parseAllowList('allow:')).toThrow('不是有效的 JSON');
  });

  it('accepts the committed allow-list, whose files all exist', () => {
    const entries = parseAllowList(readFileSync(join(root, 'scripts/electron-security-allow.json'), 'utf8'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.file === 'N/A' || existsSync(join(root, entry.file)), entry.file).toBe(true);
    }
  });
});

describe('judge', () => {
  const { findings } = readAnalyserResult(sample, scanRoot);
  const judgement = judge(findings, parseAllowList(allowText));

  it('lets through high and medium findings only where an entry names their check and file', () => {
    expect(judgement.allowed.map(({ finding }) => `${finding.check} ${finding.file}`)).toEqual([
      'CSP_GLOBAL_CHECK N/A',
      'SANDBOX_JS_CHECK src-main/main/window.ts',
    ]);
    expect(judgement.blocking.map((finding) => `${finding.check} ${finding.file}`)).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK src-main/main/handlers/printing.ts',
    ]);
  });

  it('does not let an entry for one file cover the same check elsewhere', () => {
    const moved = findings.map((finding) =>
      finding.check === 'SANDBOX_JS_CHECK' ? { ...finding, file: 'src-main/main/handlers/printing.ts' } : finding,
    );
    const result = judge(moved, parseAllowList(allowText));
    expect(result.blocking.map((finding) => finding.check)).toContain('SANDBOX_JS_CHECK');
    expect(result.stale.map((entry) => entry.check)).toContain('SANDBOX_JS_CHECK');
  });

  it('reports low findings without failing on them', () => {
    expect(judgement.informational.map((finding) => `${finding.severity} ${finding.file}`)).toEqual([
      'LOW src-renderer/index.html',
    ]);
  });

  it('calls an entry that matches no high or medium finding stale', () => {
    expect(judgement.stale).toEqual([
      { check: 'AUXCLICK_JS_CHECK', file: 'src-main/main/window.ts', reason: 'No longer reported.' },
    ]);
    const lowOnly = judge(
      findings.filter((finding) => finding.severity === 'LOW'),
      parseAllowList(
        JSON.stringify({ allow: [{ check: 'CSP_GLOBAL_CHECK', file: 'src-renderer/index.html', reason: 'Low.' }] }),
      ),
    );
    expect(lowOnly.stale).toHaveLength(1);
  });
});

describe('findInlineSuppressions', () => {
  it('finds eng-disable comments, which would hide findings from the allow-list', () => {
    const files = [
      {
        path: 'src-main/main/window.ts',
        text: 'const a = 1;\nnew BrowserWindow({}); // eng-disable SANDBOX_JS_CHECK\n',
      },
      { path: 'src-renderer/index.html', text: '<html></html>\n' },
    ];
    expect(findInlineSuppressions(files)).toEqual([
      { file: 'src-main/main/window.ts', line: 2, text: 'new BrowserWindow({}); // eng-disable SANDBOX_JS_CHECK' },
    ]);
  });
});

describe('passed and formatSummary', () => {
  const { findings, parseErrors } = readAnalyserResult(sample, scanRoot);
  const allowListFile = 'scripts/electron-security-allow.json';

  it('passes when every high and medium finding is allowed and nothing else is wrong', () => {
    const allowAll = parseAllowList(
      JSON.stringify({
        allow: [
          { check: 'SANDBOX_JS_CHECK', file: 'src-main/main/window.ts', reason: 'Set by a helper.' },
          { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'src-main/main/handlers/printing.ts', reason: 'Test only.' },
          { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'Header.' },
        ],
      }),
    );
    const verdict = { judgement: judge(findings, allowAll), parseErrors: [], suppressions: [] };
    expect(passed(verdict)).toBe(true);
    const lines = formatSummary({ ...verdict, allowListFile });
    expect(lines[0]).toMatch(/^级别\s+检查\s+位置\s+处理$/);
    expect(lines).toContainEqual(
      expect.stringMatching(/^高\s+CONTEXT_ISOLATION_JS_CHECK\s+src-main\/main\/handlers\/printing\.ts:65\s+已允许$/),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(/^低\s+CSP_GLOBAL_CHECK\s+src-renderer\/index\.html:4\s+仅提示$/),
    );
    expect(lines.at(-1)).toBe('结果：通过。高、中级 3 项（已允许 3，未允许 0），低级及提示 1 项。');
  });

  it('fails and says why for each blocking finding, stale entry, unparsed file and suppression', () => {
    const verdict = {
      judgement: judge(findings, parseAllowList(allowText)),
      parseErrors,
      suppressions: [{ file: 'src-main/main/window.ts', line: 2, text: '// eng-disable SANDBOX_JS_CHECK' }],
    };
    expect(passed(verdict)).toBe(false);
    expect(passed({ ...verdict, parseErrors: [], suppressions: [] })).toBe(false);
    const text = formatSummary({ ...verdict, allowListFile }).join('\n');
    expect(text).toContain('CONTEXT_ISOLATION_JS_CHECK  src-main/main/handlers/printing.ts:65');
    expect(text).toContain('https://github.com/doyensec/electronegativity/wiki/CONTEXT_ISOLATION_JS_CHECK');
    expect(text).toContain('允许清单中已不再匹配任何高、中级发现的条目');
    expect(text).toContain('src-renderer/pdf/worker.ts：Unknown node type PrivateName.');
    expect(text).toContain('src-main/main/window.ts:2  // eng-disable SANDBOX_JS_CHECK');
    expect(text).toContain(
      '结果：未通过：1 项发现未列入允许清单，1 个允许条目已过期，1 个文件无法解析，1 处 eng-disable 注释。',
    );
  });
});
