import { type CardReport, type ReportTable, rangeLabel, reportTables } from '../../src-shared/cards/report';
import { addTableSheet, newWorkbook, type SheetTable, workbookBytes } from '../app/xlsx-sheet';

export const WORKBOOK_TITLE = '威海英才卡申领统计';

/** The export's file name: 威海英才卡统计-YYYYMMDD.xlsx, the date of `today` ("YYYY-MM-DD"). */
export function workbookFileName(today: string): string {
  return `威海英才卡统计-${today.replaceAll('-', '')}.xlsx`;
}

function sheetOf(table: ReportTable): SheetTable {
  const counts = table.headers.map((_, index) => index).filter((index) => index >= table.labelColumns);
  return {
    name: table.name,
    headers: table.headers,
    rows: table.rows,
    frozenColumns: table.labelColumns,
    numberColumns: counts,
    numberFormat: '0',
    hasTotalRow: table.hasTotalRow,
    orientation: 'portrait',
  };
}

/**
 * The report as an Excel workbook (.xlsx): one sheet per table of
 * `reportTables` (按类别与状态, 按区市, 按月份, 明细), Chinese headers in the
 * first row, counts as numbers. Pure apart from the library: report in,
 * bytes out; saving is the caller's.
 */
export async function reportWorkbook(report: CardReport, generatedAt: Date): Promise<Uint8Array> {
  const title = `${WORKBOOK_TITLE}（${rangeLabel(report)}）`;
  const workbook = newWorkbook(title, '按类别、状态、区市和登记月份统计的申领数量', generatedAt);
  for (const table of reportTables(report)) addTableSheet(workbook, sheetOf(table), title);
  return workbookBytes(workbook);
}
