import type { ContentText, CustomTableLayout, TableCell, TableCellProperties } from 'pdfmake/interfaces';
import { type FontCoverage, type PrintedField, splitIntoRuns } from './coverage';
import { PRIMARY_FONT } from './fonts';

/** Points per millimetre (a PDF point is 1/72 inch). */
export const MM = 72 / 25.4;

export const PAGE = { width: 595.28, height: 841.89 };
/** 20 mm all round; the bottom holds the footer with its QR code clear of the printer's unprintable edge. */
export const MARGIN = { left: 20 * MM, right: 20 * MM, top: 20 * MM, bottom: 32 * MM };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const FONT_SIZE = 10.5; // 五号, the body size of Chinese official forms
export const SMALL_SIZE = 9;
export const TITLE_SIZE = 16; // 三号

/** One line of body text: Noto Serif's ascent and descent are 1.151 and 0.286 em. */
export const LINE_PT = 1.437 * FONT_SIZE;

export const LINE_WIDTH = 0.75;
export const PADDING_X = 3.5;
export const PADDING_Y = 3.5;

/** The first column, wide enough for the official form's five-character lines (招商项目整/体概况及落/地预期). */
export const LABEL_WIDTH = 5 * FONT_SIZE + 2;
/** The other label columns: the longest label there (出生年月, 政治面貌) has four characters. */
export const SHORT_LABEL_WIDTH = 4 * FONT_SIZE + 2;

/** The photo box: 25 mm × 35 mm from border to border. */
export const PHOTO_BOX = { width: 25 * MM, height: 35 * MM };
/** Width of the photo column's content, so that padding and border make the box exactly 25 mm. */
export const PHOTO_COLUMN = PHOTO_BOX.width - 2 * PADDING_X - LINE_WIDTH;

/** The room the applying unit's seal needs between the opinion and the signature lines. */
export const SEAL_ROOM = 38 * MM;

/**
 * The footer's QR code. pdfmake draws modules of whole points, so the size
 * comes from the module count: at 2 pt a module, version 3 (29 modules, up to
 * 53 bytes with error correction L; the payload is about 42) is 58 pt, 20.5 mm,
 * the nearest to 18 mm there is, and reads well from a 150 dpi scan.
 */
export const QR_MODULE_PT = 2;
const QR_BYTES_L = [17, 32, 53, 78, 106, 134];

export function qrVersion(payload: string): number {
  const bytes = new TextEncoder().encode(payload).length;
  const index = QR_BYTES_L.findIndex((capacity) => bytes <= capacity);
  return index < 0 ? QR_BYTES_L.length : index + 1;
}

export const qrSize = (version: number) => (17 + 4 * version) * QR_MODULE_PT;
export const QR_SIZE = qrSize(3);

/** Black lines of one weight, like a form printed from a word processor. */
export const FORM_TABLE: CustomTableLayout = {
  hLineWidth: () => LINE_WIDTH,
  vLineWidth: () => LINE_WIDTH,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => PADDING_X,
  paddingRight: () => PADDING_X,
  paddingTop: () => PADDING_Y,
  paddingBottom: () => PADDING_Y,
};

export type Cell = ContentText & TableCellProperties;

/** User text as pdfmake inlines, each run in the font that can draw it. */
export function userText(field: PrintedField, fonts: readonly FontCoverage[]): ContentText {
  const result = splitIntoRuns(field.text, fonts);
  // render.ts checks every field before building; reaching this is a programming error.
  if (!result.ok) throw new Error(`unprintable character ${result.codePoint} in ${field.path}`);
  const { runs } = result;
  if (runs.length === 0) return { text: '' };
  if (runs.length === 1 && runs[0]) return { text: runs[0].text, font: runs[0].font };
  return { text: runs.map((run) => ({ text: run.text, font: run.font })) };
}

/** A value cell. */
export function value(field: PrintedField, fonts: readonly FontCoverage[], extra: Partial<Cell> = {}): Cell {
  return { ...userText(field, fonts), ...extra } as Cell;
}

/** A label cell: official wording, bold, centred. `\n` breaks the label where the official form breaks it. */
export function label(text: string, extra: Partial<Cell> = {}): Cell {
  return { text, font: PRIMARY_FONT, bold: true, alignment: 'center', verticalAlignment: 'middle', ...extra } as Cell;
}

/** A section heading row's cell (申领人员信息, 招商项目信息) spanning `columns`. */
export function sectionHeading(text: string, columns: number): TableCell[] {
  const cells: TableCell[] = [label(text, { colSpan: columns, fillColor: '#eeeeee', characterSpacing: 2 })];
  for (let i = 1; i < columns; i++) cells.push({});
  return cells;
}
