import { addTableSheet, newWorkbook, workbookBytes } from '../../app/xlsx-sheet';
import { type StationFile, stationSheets } from './sheets';

export const STATIONS_WORKBOOK_TITLE = '威海市高层次人才驿站';

/** The export's file name: 威海市高层次人才驿站-YYYYMMDD.xlsx, the date of `today` ("YYYY-MM-DD"). */
export function stationsWorkbookFileName(today: string): string {
  return `${STATIONS_WORKBOOK_TITLE}-${today.replaceAll('-', '')}.xlsx`;
}

/**
 * The stations as an Excel workbook (.xlsx): 驿站, 活动, 评估 and 历史, Chinese
 * headers in the first row, counts and scores as numbers, dates as
 * "YYYY-MM-DD" text. Pure apart from the library: files in, bytes out;
 * saving is the caller's.
 */
export async function stationsWorkbook(files: readonly StationFile[], generatedAt: Date): Promise<Uint8Array> {
  const workbook = newWorkbook(STATIONS_WORKBOOK_TITLE, '驿站档案、活动记录、评估与办理历史', generatedAt);
  for (const table of stationSheets(files)) {
    // The station's name stays in view while scrolling right; the wide sheets print landscape.
    const sheet = { ...table, frozenColumns: 1, orientation: 'landscape' as const };
    addTableSheet(workbook, sheet, STATIONS_WORKBOOK_TITLE);
  }
  return workbookBytes(workbook);
}
