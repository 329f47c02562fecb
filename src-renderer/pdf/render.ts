import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ApplicationExport } from '../../src-shared/registration/export';
import { printedContentHash } from '../../src-shared/registration/form-qr';
import { buildApplicationDocument, FormPages, type FormToPrint } from './application-document';
import { type FontCoverage, findUnprintable } from './coverage';
import { type FontFamily, pdfmakeFontDictionary } from './fonts';
import { fieldsInFormOrder, formFields } from './form-fields';
import type { GenerateOptions, GenerateResult } from './types';

/**
 * What render.ts needs of pdfmake: the Node entry (`pdfmake`) and the browser
 * build (`pdfmake/build/pdfmake`) both fit.
 */
export interface PdfMake {
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
  setFonts(fonts: Record<FontFamily, { normal: string; bold: string }>): void;
}

/** pdfmake's virtual file system: present at run time in both builds, missing from its typings. */
interface WithVirtualFs {
  virtualfs?: { writeFileSync(name: string, content: Uint8Array): void };
}

/**
 * Puts the font files (by file name, as in FONT_FILES) into pdfmake's virtual
 * file system and names the families. Done once per pdfmake instance.
 */
export function registerFonts(pdfmake: PdfMake, files: ReadonlyMap<string, Uint8Array>): void {
  const { virtualfs } = pdfmake as PdfMake & WithVirtualFs;
  if (!virtualfs) throw new Error('this pdfmake build has no virtual file system');
  for (const [name, bytes] of files) virtualfs.writeFileSync(name, bytes);
  pdfmake.setFonts(pdfmakeFontDictionary());
}

const CANCELLED: GenerateResult = { ok: false, error: { code: 'cancelled', message: '已取消生成 PDF' } };
const failed = (message: string): GenerateResult => ({ ok: false, error: { code: 'failed', message } });

/** JPEG or PNG by their first bytes: the two formats a PDF can embed as they are. */
function isEmbeddableImage(base64: string): boolean {
  const head = base64.slice(0, 12);
  return head.startsWith('/9j/') || head.startsWith('iVBORw0KGgo');
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return `生成 PDF 时出错：${text}`;
}

/**
 * Lays out the forms as one PDF: checks first that every character can be
 * drawn, then builds the document and lets pdfmake write it. Shared by the
 * Web Worker (browser build) and by Node (CLI, tests, benchmarks).
 */
export async function renderApplicationsPdf(
  pdfmake: PdfMake,
  fonts: readonly FontCoverage[],
  forms: readonly ApplicationExport[],
  options: GenerateOptions = {},
): Promise<GenerateResult> {
  const { signal, onProgress } = options;
  if (forms.length === 0) return failed('没有要打印的登记表');
  const toPrint: FormToPrint[] = [];
  for (const data of forms) {
    const number = data.application.number;
    const context = forms.length > 1 ? `申领编号 ${number} 的登记表：` : '';
    const problem = findUnprintable(fieldsInFormOrder(formFields(data)), fonts, context);
    if (problem) return { ok: false, error: problem };
    if (data.photo && !isEmbeddableImage(data.photo.base64)) {
      return failed(`${context}照片不是 JPEG 或 PNG 图片，无法放入登记表，请重新上传照片后再打印`);
    }
    toPrint.push({ data, qrHash: await printedContentHash(data) });
  }
  if (signal?.aborted) return CANCELLED;

  const total = forms.length;
  const pages = new FormPages();
  let reported = -1;
  const doc = buildApplicationDocument(toPrint, fonts, {
    pages,
    onFormStarted: (index) => {
      // The forms before this one are laid out.
      if (index > reported) {
        reported = index;
        onProgress?.(index, total);
      }
    },
  });
  let bytes: Uint8Array;
  try {
    bytes = await pdfmake.createPdf(doc).getBuffer();
  } catch (error) {
    return failed(describe(error));
  }
  if (signal?.aborted) return CANCELLED;
  onProgress?.(total, total);
  // A plain Uint8Array (not a Buffer subclass), so it can be posted and transferred as it is.
  return { ok: true, pdf: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages: pages.count };
}
