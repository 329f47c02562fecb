/// <reference path="./fontkit.d.ts" />
import { create } from 'fontkit';
import { coverageFromCharacterSet, type FontCoverage } from './coverage';
import type { FontFamily } from './fonts';

/** The character set of one font file, read with fontkit (the engine pdfkit draws with). */
export function coverageFromFontBytes(family: FontFamily, bytes: Uint8Array): FontCoverage {
  return coverageFromCharacterSet(family, create(bytes).characterSet);
}
