import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist';

/**
 * pdf.js, loaded on first use (it is large) with its worker bundled beside the
 * app: the CSP allows workers from 'self' only, and nothing may come from a
 * remote origin.
 */
let library: Promise<typeof import('pdfjs-dist')> | null = null;

function pdfjs(): Promise<typeof import('pdfjs-dist')> {
  library ??= import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).href;
    return module;
  });
  return library;
}

/**
 * Opens a PDF for rendering. pdf.js takes ownership of the bytes it is given
 * (the buffer moves to its worker), so it gets a copy: the caller's bytes stay
 * usable for printing and saving.
 */
export async function openPdfDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const { getDocument } = await pdfjs();
  return getDocument({
    data: bytes.slice(),
    // The CSP forbids eval, and WebAssembly needs 'wasm-unsafe-eval': use the plain JavaScript paths.
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    stopAtErrors: false,
  }).promise;
}

/**
 * Starts rendering one page into `canvas` so that it is `cssWidth` CSS pixels
 * wide and sharp on high-density screens. Cancel the task to stop it.
 */
export function renderPageToCanvas(
  page: PDFPageProxy,
  canvas: HTMLCanvasElement,
  cssWidth: number,
  pixelRatio = globalThis.devicePixelRatio || 1,
): RenderTask {
  const base = page.getViewport({ scale: 1 });
  const scale = (cssWidth / base.width) * pixelRatio;
  const viewport = page.getViewport({ scale });
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${Math.round(viewport.height / pixelRatio)}px`;
  return page.render({ canvas, viewport });
}

/** pdf.js rejects a cancelled render with this; it is not a failure. */
export function isRenderingCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'RenderingCancelledException';
}

/** Renders one page at `scale` (1 = 72 dpi) onto a fresh canvas, for reading what is on it. */
export async function renderPageAtScale(page: PDFPageProxy, scale: number): Promise<HTMLCanvasElement> {
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  await page.render({ canvas, viewport, background: 'rgb(255,255,255)' }).promise;
  return canvas;
}
