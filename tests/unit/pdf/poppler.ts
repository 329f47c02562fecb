import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Runs a poppler tool on the PDF bytes in a scratch folder. */
function withPdf<T>(pdf: Uint8Array, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
  try {
    const file = join(dir, 'form.pdf');
    writeFileSync(file, pdf);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdftotext -layout`, one string per page. */
export function pagesText(pdf: Uint8Array): string[] {
  const text = withPdf(pdf, (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  return text.split('\f').slice(0, -1);
}

/** The text of a region of one page (points from the top left), for cells whose lines sit beside a label. */
export function regionText(pdf: Uint8Array, page: number, box: { x: number; y: number; w: number; h: number }): string {
  const n = (value: number) => String(Math.round(value));
  const args = [
    '-layout',
    '-f',
    n(page),
    '-l',
    n(page),
    '-x',
    n(box.x),
    '-y',
    n(box.y),
    '-W',
    n(box.w),
    '-H',
    n(box.h),
  ];
  return withPdf(pdf, (file) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }));
}

/** Text without any white space: wrapped lines joined, layout spaces gone. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

export interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every word with its box, in points, from `pdftotext -bbox`. */
export function words(pdf: Uint8Array): Word[] {
  const html = withPdf(pdf, (file) => execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }));
  const result: Word[] = [];
  let page = 0;
  let size = { width: 0, height: 0 };
  for (const line of html.split('\n')) {
    const pageMatch = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (pageMatch) {
      page++;
      size = { width: Number(pageMatch[1]), height: Number(pageMatch[2]) };
      continue;
    }
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (word) {
      result.push({
        page,
        text: word[5] ?? '',
        xMin: Number(word[1]),
        yMin: Number(word[2]),
        xMax: Number(word[3]),
        yMax: Number(word[4]),
        pageWidth: size.width,
        pageHeight: size.height,
      });
    }
  }
  return result;
}

/**
 * The text of the cell to the right of a label: from the label's right edge
 * to `right`, from its top to the top of the word starting with `below` (or one row down).
 */
export function textBeside(pdf: Uint8Array, label: string, options: { below?: string; right?: number } = {}): string {
  const all = words(pdf);
  const at = all.find((word) => word.text === label);
  if (!at) throw new Error(`label ${label} not found`);
  const below = options.below;
  const next = below ? all.find((word) => word.page === at.page && word.text.startsWith(below)) : undefined;
  const bottom = next ? next.yMin - 1 : at.yMax + 24;
  const right = options.right ?? at.xMax + 80;
  return regionText(pdf, at.page, { x: at.xMax + 2, y: at.yMin - 8, w: right - at.xMax - 2, h: bottom - at.yMin + 8 });
}

/** Renders pages to PNG files (`prefix-1.png`, …) for a person to look at. */
export function writePngs(pdf: Uint8Array, prefix: string, dpi = 100): void {
  withPdf(pdf, (file) => execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, prefix]));
}

/** Renders one page at 150 dpi and reads the QR code on it with jsQR, as a scanner would; its width in mm. */
export function readQr(pdf: Uint8Array, page = 1): { data: string; widthMm: number } | null {
  return withPdf(pdf, (file, dir) => {
    const out = join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
    const png = PNG.sync.read(readFileSync(`${out}.png`));
    const code = jsQR(
      new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
      png.width,
      png.height,
    );
    if (!code) return null;
    const { topLeftCorner: left, topRightCorner: right } = code.location;
    const pixels = Math.hypot(right.x - left.x, right.y - left.y);
    return { data: code.data, widthMm: (pixels / 150) * 25.4 };
  });
}
