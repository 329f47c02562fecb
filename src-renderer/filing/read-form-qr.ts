import jsQR from 'jsqr';
import { type FormQr, parseFormQr } from '../../src-shared/registration/form-qr';
import { openPdfDocument, renderPageAtScale } from '../printing/pdfjs';
import { candidateScales, pdfRenderScale } from './qr-scales';

function decodeAt(source: CanvasImageSource, width: number, height: number, scale: number): FormQr | null {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  // Release the pixels at once: a phone photo at full size is tens of megabytes.
  canvas.width = 0;
  canvas.height = 0;
  const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  return code ? parseFormQr(code.data) : null;
}

/** The form's QR code in a picture: the whole picture first, then scaled copies (scanners and phones differ). */
function decodeImage(source: CanvasImageSource, width: number, height: number): FormQr | null {
  for (const scale of candidateScales(width, height)) {
    const found = decodeAt(source, width, height, scale);
    if (found) return found;
  }
  return null;
}

async function readImage(blob: Blob): Promise<FormQr | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    // Not an image the browser can decode: no code can be read from it.
    return null;
  }
  try {
    return decodeImage(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/** The first page, then the last: the code is in the footer, and a batch or a scan may put the form anywhere. */
async function readPdf(bytes: Uint8Array): Promise<FormQr | null> {
  let doc: Awaited<ReturnType<typeof openPdfDocument>>;
  try {
    doc = await openPdfDocument(bytes);
  } catch {
    return null;
  }
  try {
    const pages = [...new Set([1, doc.numPages])];
    for (const pageNumber of pages) {
      const page = await doc.getPage(pageNumber);
      const base = page.getViewport({ scale: 1 });
      const canvas = await renderPageAtScale(page, pdfRenderScale(base.width, base.height));
      const found = decodeImage(canvas, canvas.width, canvas.height);
      canvas.width = 0;
      canvas.height = 0;
      page.cleanup();
      if (found) return found;
    }
    return null;
  } finally {
    await doc.destroy();
  }
}

/**
 * Reads the QR code printed in the form's footer from a filed stamped copy:
 * an image (scan or phone photo) or a PDF. Returns null when no code of ours
 * can be read.
 */
export async function readFormQr(file: Blob | Uint8Array, type: string): Promise<FormQr | null> {
  if (type === 'application/pdf') {
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
    return readPdf(bytes);
  }
  const blob = file instanceof Blob ? file : new Blob([file as Uint8Array<ArrayBuffer>], { type });
  return readImage(blob);
}
