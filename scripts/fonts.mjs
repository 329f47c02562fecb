// `node scripts/fonts.mjs [OUT_DIR]`: copies the fonts the printed form uses
// from node_modules into resources/fonts/ (or OUT_DIR) and writes
// manifest.json listing them. Node built-ins only: it runs before the build
// and before `npm run web`, and the font binaries are never committed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Keep in step with FONT_FILES in src-renderer/pdf/fonts.ts (a unit test
 * checks that they agree). The body is Noto Serif SC, a Song face; titles and
 * labels use its bold; characters SC lacks fall back to JP, then TC.
 */
export const FONTS = [
  { file: 'NotoSerifSC_400Regular.ttf', package: '@expo-google-fonts/noto-serif-sc', dir: '400Regular', role: 'body' },
  { file: 'NotoSerifSC_700Bold.ttf', package: '@expo-google-fonts/noto-serif-sc', dir: '700Bold', role: 'labels' },
  {
    file: 'NotoSerifJP_400Regular.ttf',
    package: '@expo-google-fonts/noto-serif-jp',
    dir: '400Regular',
    role: 'fallback',
  },
  {
    file: 'NotoSerifTC_400Regular.ttf',
    package: '@expo-google-fonts/noto-serif-tc',
    dir: '400Regular',
    role: 'fallback',
  },
];

/** The SIL Open Font License has to travel with the fonts. */
const LICENSE = { file: 'OFL.txt', package: '@expo-google-fonts/noto-serif-sc', source: 'LICENSE_FONT' };

function upToDate(source, target) {
  if (!existsSync(target)) return false;
  const from = statSync(source);
  const to = statSync(target);
  return from.size === to.size && Math.abs(to.mtimeMs - from.mtimeMs) < 2;
}

/** Copies unless the target already has the source's size and time; returns whether it copied. */
function copy(source, target) {
  if (!existsSync(source)) {
    throw new Error(`找不到字体文件 ${source}：请先运行 npm ci（或 npm ci --ignore-scripts）安装依赖`);
  }
  if (upToDate(source, target)) return false;
  copyFileSync(source, target);
  const { atime, mtime } = statSync(source);
  utimesSync(target, atime, mtime);
  return true;
}

export function copyFonts(outDir = join(root, 'resources', 'fonts')) {
  mkdirSync(outDir, { recursive: true });
  const modules = join(root, 'node_modules');
  let copied = 0;
  const fonts = FONTS.map((font) => {
    const source = join(modules, font.package, font.dir, font.file);
    const target = join(outDir, font.file);
    if (copy(source, target)) copied++;
    const { version } = JSON.parse(readFileSync(join(modules, font.package, 'package.json'), 'utf8'));
    return { file: font.file, role: font.role, package: `${font.package}@${version}`, bytes: statSync(target).size };
  });
  if (copy(join(modules, LICENSE.package, LICENSE.source), join(outDir, LICENSE.file))) copied++;
  const manifest = { fonts, license: LICENSE.file };
  const manifestFile = join(outDir, 'manifest.json');
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== text) writeFileSync(manifestFile, text);
  return { outDir, copied, manifest };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { outDir, copied } = copyFonts(process.argv[2] ? resolve(process.argv[2]) : undefined);
    console.log(`字体：${copied === 0 ? '已是最新' : `复制了 ${copied} 个文件`}（${outDir}）`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
