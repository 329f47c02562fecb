// exceljs has no ES module: the default import is its CommonJS exports, in Node (tests) and in the
// renderer, where the bundler takes the package's prebuilt browser build (its `browser` field).
import ExcelJS from 'exceljs';
import { type StationFile, type StationSheet, stationSheets } from './sheets';

export const STATIONS_WORKBOOK_TITLE = '威海市高层次人才驿站';

/** The export's file name: 威海市高层次人才驿站-YYYYMMDD.xlsx, the date of `today` ("YYYY-MM-DD"). */
export function stationsWorkbookFileName(today: string): string {
  return `${STATIONS_WORKBOOK_TITLE}-${today.replaceAll('-', '')}.xlsx`;
}

/** Column widths in Excel's character units; a Chinese character takes two. */
function textWidth(value: string | number): number {
  let width = 0;
  for (const char of String(value)) width += (char.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0FA' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9AA5B1' } };
const MAX_WIDTH = 40;

function addSheet(workbook: ExcelJS.Workbook, table: StationSheet): void {
  const sheet = workbook.addWorksheet(table.name, {
    // The station's name stays in view while scrolling right.
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: {
      oddHeader: `&C${STATIONS_WORKBOOK_TITLE} · ${table.name}`,
      oddFooter: '&C第 &P 页，共 &N 页',
    },
  });
  sheet.addRow(table.headers);
  for (const row of table.rows) sheet.addRow(row);

  table.headers.forEach((header, index) => {
    const column = sheet.getColumn(index + 1);
    const values = [header, ...table.rows.map((row) => row[index] ?? '')];
    const widest = Math.max(...values.map(textWidth));
    column.width = Math.min(MAX_WIDTH, Math.max(8, widest + 2));
    // Long text (成效, 整改事项, 联系人) wraps rather than running under the next column.
    column.alignment = table.numberColumns.includes(index)
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
  if (table.rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  }
}

/**
 * The stations as an Excel workbook (.xlsx): 驿站, 活动, 评估 and 历史, Chinese
 * headers in the first row, counts and scores as numbers, dates as
 * "YYYY-MM-DD" text. Pure apart from the library: files in, bytes out;
 * saving is the caller's.
 */
export async function stationsWorkbook(files: readonly StationFile[], generatedAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '威海英才卡服务窗口';
  workbook.title = STATIONS_WORKBOOK_TITLE;
  workbook.subject = '驿站档案、活动记录、评估与办理历史';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  for (const table of stationSheets(files)) addSheet(workbook, table);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
