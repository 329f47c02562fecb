// `npm run pdf -- --input application.json --out form.pdf`: one 申领登记表 as
// PDF from the app's export file. Also the Node side of the PDF code for the
// tests and benchmarks: pdfmake's Node entry with the fonts read from
// resources/fonts (after `node scripts/fonts.mjs`) or straight from node_modules.
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { coverageFromCharacterSet, type FontCoverage } from '../src-renderer/pdf/coverage';
import { FONT_FALLBACK_ORDER, FONT_FILES, type FontFamily, normalFontFile } from '../src-renderer/pdf/fonts';
import { type PdfMake, registerFonts, renderApplicationsPdf } from '../src-renderer/pdf/render';
import type { GenerateOptions, GenerateResult } from '../src-renderer/pdf/types';
import { type ApplicationExport, parseApplicationExport } from '../src-shared/registration/export';
import { validateApplication } from '../src-shared/registration/rules/validate-application';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Where a font file is: resources/fonts when the build has copied it there, else its npm package. */
export function fontPath(file: string): string {
  const copied = join(root, 'resources', 'fonts', file);
  if (existsSync(copied)) return copied;
  const font = FONT_FILES.find((entry) => entry.file === file);
  if (!font) throw new Error(`unknown font file ${file}`);
  return join(root, 'node_modules', font.package, font.dir, font.file);
}

export interface NodePdf {
  render(forms: readonly ApplicationExport[], options?: GenerateOptions): Promise<GenerateResult>;
  fonts: readonly FontCoverage[];
}

interface PdfMakeNode extends PdfMake {
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
}

/**
 * pdfmake (Node entry) with the form's fonts. SC (regular and bold) is read at
 * once; a fallback font is read, registered and its character set built the
 * first time a character is missing from the fonts before it, then kept.
 */
export function loadNodePdf(): NodePdf {
  const pdfmake = require('pdfmake') as PdfMakeNode;
  // Everything the form needs is in memory: no URL or file is ever fetched while rendering.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  const read = (file: string): Uint8Array => readFileSync(fontPath(file));
  registerFonts(
    pdfmake,
    new Map(FONT_FILES.filter((font) => font.family === 'SC').map((font) => [font.file, read(font.file)])),
  );
  const { create } = require('fontkit') as { create(bytes: Uint8Array): { characterSet: number[] } };
  const fonts = FONT_FALLBACK_ORDER.map((family: FontFamily): FontCoverage => {
    let coverage: FontCoverage | null = null;
    const load = () => {
      if (!coverage) {
        const { file } = normalFontFile(family);
        const bytes = read(file);
        if (family !== 'SC') registerFonts(pdfmake, new Map([[file, bytes]]));
        coverage = coverageFromCharacterSet(family, create(bytes).characterSet);
      }
      return coverage;
    };
    return { family, hasGlyph: (codePoint) => load().hasGlyph(codePoint) };
  });
  return { fonts, render: (forms, options) => renderApplicationsPdf(pdfmake, fonts, forms, options) };
}

const USAGE = `用法：npm run pdf -- --input <导出的申领登记表.json> --out <输出.pdf>

把应用“导出”的申领登记表（JSON）生成为 A4 PDF，供打印盖章。

  --input <文件>   导出文件（格式 weihai-talent-card/application@1）
  --out <文件>     要写入的 PDF 文件
  --help           显示本说明

退出码：0 已写入；2 输入文件无法读取或内容未通过校验（每行一个字段）；
        3 有字符无法打印（指出字段与字符）；1 其他错误。`;

type Outcome = { code: number; stdout?: string[]; stderr?: string[] };

async function readExport(input: string): Promise<{ data: ApplicationExport } | { errors: string[] }> {
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message;
    return { errors: [`input: 无法读取输入文件 ${input}：${reason}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { errors: [`input: 输入文件不是有效的 JSON：${(error as Error).message}`] };
  }
  const parsed = parseApplicationExport(json);
  if (!parsed.ok) return { errors: [`input: ${parsed.message}`] };
  const problems = validateApplication(parsed.value.application, parsed.value.project, new Date());
  const lines = Object.entries(problems).map(([path, message]) => `${path}: ${message}`);
  return lines.length > 0 ? { errors: lines } : { data: parsed.value };
}

export async function runCli(argv: string[]): Promise<Outcome> {
  let values: { input?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { input: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    return { code: 2, stderr: [`参数错误：${(error as Error).message}`, '', USAGE] };
  }
  if (values.help) return { code: 0, stdout: [USAGE] };
  if (!values.input || !values.out) {
    return { code: 2, stderr: [`缺少参数：${!values.input ? '--input' : '--out'}`, '', USAGE] };
  }
  const read = await readExport(values.input);
  if ('errors' in read) return { code: 2, stderr: read.errors };

  const result = await loadNodePdf().render([read.data]);
  if (!result.ok) {
    const { error } = result;
    if (error.code === 'unprintable') {
      return {
        code: 3,
        stderr: [`${error.field}: ${error.codePoint} “${error.char}”（${error.fieldLabel}）`, error.message],
      };
    }
    return { code: 1, stderr: [error.message] };
  }
  try {
    await writeFile(values.out, result.pdf);
  } catch (error) {
    return { code: 1, stderr: [`无法写入 ${values.out}：${(error as Error).message}`] };
  }
  return { code: 0, stdout: [`已写入 ${resolve(values.out)}（共 ${result.pages} 页）`] };
}

// Run as a command, not when imported (tests, benchmarks, or bundled into another entry).
const invoked = process.argv[1] ? resolve(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url) && invoked.endsWith('pdf.ts')) {
  const outcome = await runCli(process.argv.slice(2));
  for (const line of outcome.stdout ?? []) console.log(line);
  for (const line of outcome.stderr ?? []) console.error(line);
  process.exitCode = outcome.code;
}
