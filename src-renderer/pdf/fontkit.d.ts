// fontkit ships no typings; this is the part of its API the PDF code uses.
declare module 'fontkit' {
  export interface Font {
    /** Every code point the font maps to a glyph. */
    readonly characterSet: number[];
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
