// exceljs has no ES module: the default import is its CommonJS exports, in Node (tests) and in the
// renderer, where the bundler takes the package's prebuilt browser build (its `browser` field).
// Only the workbook modules, themselves loaded on demand, import this file.
import ExcelJS from 'exceljs';

/** One table of an export: Chinese headers in the first row, then the rows. */
export interface SheetTable {
  name: string;
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Leading columns kept in view while scrolling right. */
  frozenColumns: number;
  /** Columns (0-based) holding counts, scores or amounts: right-aligned. */
  numberColumns: readonly number[];
  /** Excel's number format for those columns (e.g. '0' for whole counts); General unless said. */
  numberFormat?: string;
  /** The last row is 合计: bold, ruled above, and no filter. */
  hasTotalRow?: boolean;
  orientation: 'portrait' | 'landscape';
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0FA' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9AA5B1' } };
const MAX_WIDTH = 40;

/** Column widths in Excel's character units; a Chinese character takes two. */
export function textWidth(value: string | number): number {
  let width = 0;
  for (const char of String(value)) width += (char.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

/** A workbook with its properties set, made by this app at `generatedAt`. */
export function newWorkbook(title: string, subject: string, generatedAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '威海英才卡服务窗口';
  workbook.title = title;
  workbook.subject = subject;
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  return workbook;
}

/** Adds a table as a sheet: frozen header, widths from the content, long text wrapped, A4 with title and page numbers. */
export function addTableSheet(workbook: ExcelJS.Workbook, table: SheetTable, title: string): void {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: table.frozenColumns }],
    pageSetup: { paperSize: 9, orientation: table.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C${title} · ${table.name}`, oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.addRow([...table.headers]);
  for (const row of table.rows) sheet.addRow([...row]);

  table.headers.forEach((header, index) => {
    const column = sheet.getColumn(index + 1);
    const widest = Math.max(textWidth(header), ...table.rows.map((row) => textWidth(row[index] ?? '')));
    column.width = Math.min(MAX_WIDTH, Math.max(8, widest + 2));
    const isNumber = table.numberColumns.includes(index);
    if (isNumber && table.numberFormat) column.numFmt = table.numberFormat;
    column.alignment = isNumber
      ? { horizontal: 'right', vertical: 'top' }
      : { vertical: 'top', wrapText: widest + 2 > MAX_WIDTH };
  });
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  head.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: THIN };
  });
  if (table.hasTotalRow) {
    const total = sheet.getRow(table.rows.length + 1);
    total.font = { bold: true };
    total.eachCell((cell) => {
      cell.border = { top: THIN };
    });
  } else if (table.rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  }
}

/** The workbook's bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
