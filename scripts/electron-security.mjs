// `npm run security:electron`: the Electron hardening check. Runs the static
// analyser @doyensec/electronegativity over the desktop app's sources and fails
// on any high or medium finding that scripts/electron-security-allow.json does
// not explain, on allow-list entries that match nothing any more, on files the
// analyser cannot parse and on `eng-disable` comments. The decisions are in
// electron-security-report.mjs (unit-tested); this file only runs the analyser.
//
// What is scanned: src-main (main process and preload), src-shared (bundled into
// both) and src-renderer (the page in the window), in one run, because the
// analyser's global checks (navigation limits, permission handler) look at all
// files together. Sources rather than out/: the result must not depend on a
// build, and the built renderer bundle is more than the analyser's parser can
// read. Needs only `npm ci --ignore-scripts`, never the network.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findInlineSuppressions,
  formatSummary,
  judge,
  parseAllowList,
  passed,
  readAnalyserResult,
} from './electron-security-report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED_DIRS = ['src-main', 'src-shared', 'src-renderer'];
/** The files the analyser reads (its util/file.js); it skips every other kind. */
const READ_BY_ANALYSER = /\.(js|jsx|ts|tsx|html|htm)$/i;
const ALLOW_LIST = 'scripts/electron-security-allow.json';
/**
 * Downloads Electron's release list from GitHub to compare versions: not
 * reachable here, and Electron's version is kept current through npm.
 */
const NOT_RUN = {
  AvailableSecurityFixesGlobalCheck: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK（要联网下载 Electron 发布列表）',
};

const require = createRequire(join(root, 'package.json'));

/** Copies the scanned folders' analysable files into one folder that mirrors the repository. */
function copySources(target) {
  const files = [];
  for (const dir of SCANNED_DIRS) {
    for (const name of readdirSync(join(root, dir), { recursive: true })) {
      const path = `${dir}/${String(name).split('\\').join('/')}`;
      if (!READ_BY_ANALYSER.test(path) || path.includes('node_modules')) continue;
      mkdirSync(dirname(join(target, path)), { recursive: true });
      copyFileSync(join(root, path), join(target, path));
      files.push({ path, text: readFileSync(join(root, path), 'utf8') });
    }
  }
  return files;
}

/**
 * The analyser fetches updated translations of its messages from the web on
 * every run (and waits seconds for DNS to fail where there is no network). Its
 * own English messages are enough: the fetch is answered "offline" at once.
 */
function keepAnalyserOffline(analyserRequire) {
  const gotPath = analyserRequire.resolve('got');
  const offline = () => Promise.reject(new Error('offline'));
  offline.head = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.exports = offline;
  stub.loaded = true;
  require.cache[gotPath] = stub;
}

async function runAnalyser(input, electronVersion) {
  const analyserRequire = createRequire(require.resolve('@doyensec/electronegativity'));
  keepAnalyserOffline(analyserRequire);
  const exported = analyserRequire('@doyensec/electronegativity');
  const run = typeof exported === 'function' ? exported : exported.default;
  const log = console.log;
  // The one line it prints when the translations are not fetched.
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    // The programmatic API, not the CLI: with -o the CLI drops parse errors,
    // its SARIF has no severities and its CSV writes header and rows racing.
    return await run({
      input,
      isRelative: false,
      electronVersionOverride: electronVersion,
      excludeFromScan: Object.keys(NOT_RUN),
      parserPlugins: [],
    });
  } finally {
    console.log = log;
  }
}

async function main() {
  const started = Date.now();
  const analyserVersion = require('@doyensec/electronegativity/package.json').version;
  // Judged with the defaults of the Electron the app ships, not the analyser's guess.
  const electronVersion = require('electron/package.json').version;
  const allowList = parseAllowList(readFileSync(join(root, ALLOW_LIST), 'utf8'), ALLOW_LIST);

  const scanRoot = mkdtempSync(join(tmpdir(), 'electron-security-'));
  try {
    const files = copySources(scanRoot);
    console.log(
      `Electron 安全检查：electronegativity ${analyserVersion}，按 Electron ${electronVersion} 的默认值判断；` +
        `扫描 ${SCANNED_DIRS.join('、')} 共 ${files.length} 个文件`,
    );
    console.log(`未运行：${Object.values(NOT_RUN).join('、')}`);
    const result = await runAnalyser(scanRoot, electronVersion);
    console.log(`已运行 ${result.atomicChecks} 项逐文件检查、${result.globalChecks} 项全局检查\n`);

    const { findings, parseErrors, parseWarnings } = readAnalyserResult(result, scanRoot);
    const verdict = {
      judgement: judge(findings, allowList),
      parseErrors,
      parseWarnings,
      suppressions: findInlineSuppressions(files),
    };
    for (const line of formatSummary({ ...verdict, allowListFile: ALLOW_LIST })) console.log(line);
    console.log(`用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    return passed(verdict) ? 0 : 1;
  } finally {
    rmSync(scanRoot, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Electron 安全检查无法完成：${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
