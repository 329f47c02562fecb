/** Larger pictures are read at most this size: more pixels only slow the decoder down. */
const MAX_SIDE = 4096;
/** Scaled copies to try when the full picture gives nothing (longest side, in pixels). */
const SMALLER_SIDES = [2400, 1600, 1100, 800];
/** Pictures smaller than this are also tried enlarged (up to 3×): a small code's modules may be too few pixels wide. */
const ENLARGE_BELOW = 1400;
const ENLARGED_SIDE = 2000;

/** The scales to try, in order: the whole picture (capped), then ever smaller copies, then an enlarged one. */
export function candidateScales(width: number, height: number): number[] {
  const longest = Math.max(width, height, 1);
  const scales = [Math.min(1, MAX_SIDE / longest)];
  for (const side of SMALLER_SIDES) {
    const scale = side / longest;
    if (scale < (scales[scales.length - 1] ?? 1) * 0.85) scales.push(scale);
  }
  if (longest < ENLARGE_BELOW) scales.push(Math.min(3, ENLARGED_SIDE / longest));
  return scales;
}

/**
 * The scale to render a PDF page at for reading its QR code: about 200 dpi
 * on A4 (a PDF point is 1/72 inch), enough for a code a few centimetres wide.
 */
export function pdfRenderScale(widthPt: number, heightPt: number): number {
  const longest = Math.max(widthPt, heightPt, 1);
  return Math.min(200 / 72, 2400 / longest);
}
