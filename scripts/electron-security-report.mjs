// The decisions of `npm run security:electron` (scripts/electron-security.mjs),
// kept apart from running the analyser so that unit tests can feed them a
// result: which findings fail the check, which the allow-list covers, which
// allow-list entries no longer match anything, and the summary in Chinese.
// Node built-ins only.
import { relative, sep } from 'node:path';

/** The severities that fail the check unless allow-listed. */
export const GATED_SEVERITIES = ['HIGH', 'MEDIUM'];

const SEVERITY_ORDER = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
const SEVERITY_LABEL = { HIGH: '高', MEDIUM: '中', LOW: '低', INFORMATIONAL: '提示' };

/** What global checks report instead of a file. */
export const NO_FILE = 'N/A';

const CHECK_ID = /^[A-Z0-9_]+_CHECK$/;

function toRepoPath(scanRoot, file) {
  if (!file || file === NO_FILE) return NO_FILE;
  return relative(scanRoot, file).split(sep).join('/');
}

/**
 * Turns what the analyser's `run()` returns into plain findings with paths
 * relative to the scanned folder (which mirrors the repository), and splits
 * its parse errors: a file it could not parse is a file it did not check.
 */
export function readAnalyserResult(result, scanRoot) {
  const findings = (result.issues ?? []).map((issue) => ({
    check: issue.id,
    severity: issue.severity?.name ?? 'INFORMATIONAL',
    confidence: issue.confidence?.name ?? '',
    file: toRepoPath(scanRoot, issue.file),
    line: issue.location?.line ?? 0,
    column: issue.location?.column ?? 0,
    sample: issue.sample ?? '',
    description: issue.description ?? '',
    url: `https://github.com/doyensec/electronegativity/wiki/${issue.id}`,
  }));
  const errors = (result.errors ?? []).map((error) => ({
    file: toRepoPath(scanRoot, error.file),
    message: String(error.message),
    tolerable: Boolean(error.tolerable),
  }));
  return {
    findings,
    parseErrors: errors.filter((error) => !error.tolerable),
    parseWarnings: errors.filter((error) => error.tolerable),
  };
}

/**
 * Reads the allow-list: `{ "allow": [{ "check", "file", "reason" }] }`, where
 * `file` is a repository path (or "N/A" for a global check) and `reason` says
 * in one sentence why the finding is safe. Anything else is refused, so a
 * typo cannot silently allow nothing or everything.
 */
export function parseAllowList(text, source = 'allow-list') {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} 不是有效的 JSON：${error.message}`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.allow)) {
    throw new Error(`${source} 须是 { "allow": [...] } 的形式`);
  }
  const seen = new Set();
  return data.allow.map((entry, index) => {
    const where = `${source} 第 ${index + 1} 项`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where} 不是对象`);
    const extra = Object.keys(entry).filter((key) => !['check', 'file', 'reason'].includes(key));
    if (extra.length > 0) throw new Error(`${where} 有未知字段：${extra.join('、')}`);
    for (const key of ['check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') throw new Error(`${where} 缺少 ${key}`);
    }
    if (!CHECK_ID.test(entry.check)) {
      throw new Error(`${where} 的 check “${entry.check}” 不是分析器的检查编号（如 CONTEXT_ISOLATION_JS_CHECK）`);
    }
    const key = `${entry.check} ${entry.file}`;
    if (seen.has(key)) throw new Error(`${where} 与前面的条目重复：${entry.check} ${entry.file}`);
    seen.add(key);
    return { check: entry.check, file: entry.file, reason: entry.reason.trim() };
  });
}

function bySeverityThenPlace(a, b) {
  return (
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.check.localeCompare(b.check)
  );
}

/**
 * Judges the findings against the allow-list. A high or medium finding passes
 * only when an entry names its check and file; an entry that matches no high
 * or medium finding is stale (the code changed, or the analyser learned to see
 * it) and fails the check too, so the list never keeps excuses for nothing.
 */
export function judge(findings, allowList) {
  const sorted = [...findings].sort(bySeverityThenPlace);
  const gated = [];
  const informational = [];
  const used = new Set();
  for (const finding of sorted) {
    if (!GATED_SEVERITIES.includes(finding.severity)) {
      informational.push(finding);
      continue;
    }
    const entry = allowList.find((item) => item.check === finding.check && item.file === finding.file) ?? null;
    if (entry) used.add(entry);
    gated.push({ finding, entry });
  }
  return {
    allowed: gated.filter((item) => item.entry),
    blocking: gated.filter((item) => !item.entry).map((item) => item.finding),
    informational,
    stale: allowList.filter((entry) => !used.has(entry)),
  };
}

const ENG_DISABLE = /eng-disable/;

/**
 * `eng-disable` comments make the analyser drop findings without a trace;
 * exceptions belong in the allow-list, where they are reviewed and go stale.
 */
export function findInlineSuppressions(files) {
  const found = [];
  for (const file of files) {
    file.text.split('\n').forEach((line, index) => {
      if (ENG_DISABLE.test(line)) found.push({ file: file.path, line: index + 1, text: line.trim() });
    });
  }
  return found;
}

/** True when nothing in the verdict fails the check. */
export function passed({ judgement, parseErrors, suppressions }) {
  return (
    judgement.blocking.length === 0 &&
    judgement.stale.length === 0 &&
    parseErrors.length === 0 &&
    suppressions.length === 0
  );
}

// CJK characters take two columns in a terminal.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function displayWidth(text) {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]))));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - displayWidth(cell)),
      )
      .join('  ')
      .trimEnd(),
  );
}

function place(finding) {
  return finding.file === NO_FILE ? '（全局检查）' : `${finding.file}:${finding.line}`;
}

/** The summary printed after the scan, as lines of Chinese text. */
export function formatSummary({ judgement, parseErrors, parseWarnings = [], suppressions, allowListFile }) {
  const lines = [];
  const rows = [
    ...judgement.allowed.map(({ finding }) => [finding, '已允许']),
    ...judgement.blocking.map((finding) => [finding, '未允许 ✗']),
    ...judgement.informational.map((finding) => [finding, '仅提示']),
  ]
    .sort(([a], [b]) => bySeverityThenPlace(a, b))
    .map(([finding, outcome]) => [
      SEVERITY_LABEL[finding.severity] ?? finding.severity,
      finding.check,
      place(finding),
      outcome,
    ]);
  if (rows.length > 0) {
    lines.push(...table([['级别', '检查', '位置', '处理'], ...rows]));
  } else {
    lines.push('没有发现问题。');
  }

  if (judgement.blocking.length > 0) {
    lines.push('', `未列入允许清单的高、中级发现（修复它们，或确认安全后在 ${allowListFile} 中写明理由）：`);
    for (const finding of judgement.blocking) {
      lines.push(`  ${finding.check}  ${place(finding)}`);
      if (finding.sample) lines.push(`    ${finding.sample}`);
      lines.push(`    ${finding.description}  ${finding.url}`);
    }
  }
  if (judgement.stale.length > 0) {
    lines.push('', `允许清单中已不再匹配任何高、中级发现的条目（请从 ${allowListFile} 删除）：`);
    for (const entry of judgement.stale) lines.push(`  ${entry.check}  ${entry.file}`);
  }
  if (parseErrors.length > 0) {
    lines.push('', '分析器无法解析的文件（这些文件没有被检查）：');
    for (const error of parseErrors) lines.push(`  ${error.file}：${error.message}`);
  }
  if (parseWarnings.length > 0) {
    lines.push('', '解析时的警告：');
    for (const warning of parseWarnings) lines.push(`  ${warning.file}：${warning.message}`);
  }
  if (suppressions.length > 0) {
    lines.push('', `源码中的 eng-disable 注释会让分析器悄悄跳过检查，请删除并改在 ${allowListFile} 中说明：`);
    for (const found of suppressions) lines.push(`  ${found.file}:${found.line}  ${found.text}`);
  }

  const gatedCount = judgement.allowed.length + judgement.blocking.length;
  const counts = `高、中级 ${gatedCount} 项（已允许 ${judgement.allowed.length}，未允许 ${judgement.blocking.length}），低级及提示 ${judgement.informational.length} 项`;
  if (passed({ judgement, parseErrors, suppressions })) {
    lines.push('', `结果：通过。${counts}。`);
  } else {
    const problems = [
      judgement.blocking.length > 0 ? `${judgement.blocking.length} 项发现未列入允许清单` : '',
      judgement.stale.length > 0 ? `${judgement.stale.length} 个允许条目已过期` : '',
      parseErrors.length > 0 ? `${parseErrors.length} 个文件无法解析` : '',
      suppressions.length > 0 ? `${suppressions.length} 处 eng-disable 注释` : '',
    ].filter(Boolean);
    lines.push('', `结果：未通过：${problems.join('，')}。${counts}。`);
  }
  return lines;
}
