// The PDF worker: pdfmake's browser build, off the UI thread. The fonts are
// fetched and parsed once, on the first request, and kept for every later one:
// SC (regular and bold) before the first form; the fallback fonts (JP, TC) in
// the background, awaited only by a form with a character SC lacks.
import * as pdfmakeModule from 'pdfmake/build/pdfmake.min.js';
import { type FontCoverage, findUnprintable } from './coverage';
import { coverageFromFontBytes } from './font-coverage';
import { FONT_FALLBACK_ORDER, FONT_FILES, PRIMARY_FONT } from './fonts';
import { fieldsInFormOrder, formFields } from './form-fields';
import { type PdfMake, registerFonts, renderApplicationsPdf } from './render';
import type { GenerateResult } from './types';
import type { GenerateRequest, WorkerMessage } from './worker-protocol';

// The UMD build is a CommonJS module: its instance is the default export once bundled.
const pdfmake = ((pdfmakeModule as unknown as { default?: PdfMake }).default ?? pdfmakeModule) as unknown as PdfMake;

interface Fonts {
  primary: FontCoverage;
  fallbacks: Promise<FontCoverage[]>;
}

let fontsReady: Promise<Fonts> | null = null;

async function fetchFonts(base: string, files: readonly string[]): Promise<Map<string, Uint8Array>> {
  const fetched = await Promise.all(
    files.map(async (file): Promise<[string, Uint8Array]> => {
      const url = new URL(file, base).href;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}：HTTP ${response.status}`);
      return [file, new Uint8Array(await response.arrayBuffer())];
    }),
  );
  return new Map(fetched);
}

async function loadFonts(base: string): Promise<Fonts> {
  const familyFiles = (family: string) => FONT_FILES.filter((font) => font.family === family).map((font) => font.file);
  const normal = (family: string, files: Map<string, Uint8Array>) =>
    files.get(FONT_FILES.find((font) => font.family === family && font.style === 'normal')?.file ?? '') as Uint8Array;

  const fallbackFamilies = FONT_FALLBACK_ORDER.filter((family) => family !== PRIMARY_FONT);
  const fallbacks = fetchFonts(base, fallbackFamilies.flatMap(familyFiles)).then((files) => {
    registerFonts(pdfmake, files);
    return fallbackFamilies.map((family) => coverageFromFontBytes(family, normal(family, files)));
  });
  // Not awaited unless needed: keep a failure from surfacing as an unhandled rejection meanwhile.
  fallbacks.catch(() => undefined);
  const primaryFiles = await fetchFonts(base, familyFiles(PRIMARY_FONT));
  registerFonts(pdfmake, primaryFiles);
  return { primary: coverageFromFontBytes(PRIMARY_FONT, normal(PRIMARY_FONT, primaryFiles)), fallbacks };
}

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

const failed = (reason: unknown): GenerateResult => ({
  ok: false,
  error: {
    code: 'failed',
    message: `无法加载打印用的字体，请重新安装或联系管理员（${reason instanceof Error ? reason.message : String(reason)}）`,
  },
});

async function generate(request: GenerateRequest): Promise<GenerateResult> {
  let fonts: FontCoverage[];
  try {
    fontsReady ??= loadFonts(request.fontBase);
    const { primary, fallbacks } = await fontsReady;
    const needsFallback = request.forms.some((form) => findUnprintable(fieldsInFormOrder(formFields(form)), [primary]));
    fonts = needsFallback ? [primary, ...(await fallbacks)] : [primary];
  } catch (error) {
    fontsReady = null;
    return failed(error);
  }
  return renderApplicationsPdf(pdfmake, fonts, request.forms, {
    onProgress: (done, total) => post({ type: 'progress', id: request.id, done, total }),
  });
}

self.onmessage = (event: MessageEvent<GenerateRequest>) => {
  const request = event.data;
  if (request?.type !== 'generate') return;
  generate(request)
    .catch(
      (error: unknown): GenerateResult => ({
        ok: false,
        error: {
          code: 'failed',
          message: `生成 PDF 时出错：${error instanceof Error ? error.message : String(error)}`,
        },
      }),
    )
    .then((result) => {
      if (!result.ok) {
        post({ type: 'result', id: request.id, result });
        return;
      }
      // Hand the bytes over rather than copying them; a view on part of a larger buffer is copied first.
      const { pdf } = result;
      const whole = pdf.byteOffset === 0 && pdf.byteLength === pdf.buffer.byteLength ? pdf : pdf.slice();
      post({ type: 'result', id: request.id, result: { ...result, pdf: whole } }, [whole.buffer as ArrayBuffer]);
    });
};
