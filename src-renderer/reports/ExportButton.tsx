import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { dateInShanghai } from '../../src-shared/cards/reminders';
import type { CardReport } from '../../src-shared/cards/report';
import { saveWorkbook } from '../app/save-workbook';

const REPORT_AUDIT = { label: '统计报表' };

/**
 * 导出 Excel: the report as it is shown, one sheet per table, saved through
 * the desktop bridge (a save dialog in the app, a download in browser mode).
 * exceljs is loaded only when asked for, so it does not weigh on start-up.
 */
export function ExportButton({ report }: { report: CardReport | undefined }) {
  const [busy, setBusy] = useState(false);
  const exportWorkbook = async () => {
    if (!report) return;
    setBusy(true);
    await saveWorkbook(async () => {
      const now = new Date();
      const { reportWorkbook, workbookFileName } = await import('./workbook');
      return { name: workbookFileName(dateInShanghai(now)), data: await reportWorkbook(report, now) };
    }, REPORT_AUDIT);
    setBusy(false);
  };
  return (
    <Button
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={busy}
      disabled={!report}
      onClick={() => void exportWorkbook()}
    >
      导出 Excel
    </Button>
  );
}
