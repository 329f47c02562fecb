// exceljs has no ES module: the default import is its CommonJS exports, in Node (tests) and in the
// renderer, where the bundler takes the package's prebuilt browser build (its `browser` field).
import ExcelJS from 'exceljs';
import { type CardReport, type ReportTable, rangeLabel, reportTables } from '../../src-shared/cards/report';

export const WORKBOOK_TITLE = '威海英才卡申领统计';

/** The export's file name: 威海英才卡统计-YYYYMMDD.xlsx, the date of `today` ("YYYY-MM-DD"). */
export function workbookFileName(today: string): string {
  return `威海英才卡统计-${today.replaceAll('-', '')}.xlsx`;
}

/** Column widths in Excel's character units; a Chinese character takes two. */
function textWidth(value: string | number): number {
  let width = 0;
  for (const char of String(value)) width += (char.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0FA' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9AA5B1' } };

function addSheet(workbook: ExcelJS.Workbook, table: ReportTable, title: string): void {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: table.labelColumns }],
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C${title} · ${table.name}`, oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.addRow(table.headers);
  for (const row of table.rows) sheet.addRow(row);

  sheet.columns.forEach((column, index) => {
    const values = [table.headers[index] ?? '', ...table.rows.map((row) => row[index] ?? '')];
    column.width = Math.min(40, Math.max(8, ...values.map(textWidth)) + 2);
    if (index >= table.labelColumns) {
      column.numFmt = '0';
      column.alignment = { horizontal: 'right' };
    }
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  header.eachCell((cell) => {
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

/**
 * The report as an Excel workbook (.xlsx): one sheet per table of
 * `reportTables` (按类别与状态, 按区市, 按月份, 明细), Chinese headers in the
 * first row, counts as numbers. Pure apart from the library: report in,
 * bytes out; saving is the caller's.
 */
export async function reportWorkbook(report: CardReport, generatedAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const title = `${WORKBOOK_TITLE}（${rangeLabel(report)}）`;
  workbook.creator = '威海英才卡服务窗口';
  workbook.title = title;
  workbook.subject = '按类别、状态、区市和登记月份统计的申领数量';
  workbook.created = generatedAt;
  workbook.modified = generatedAt;
  for (const table of reportTables(report)) addSheet(workbook, table, title);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
