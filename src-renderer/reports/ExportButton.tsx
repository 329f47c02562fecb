import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { dateInShanghai } from '../../src-shared/cards/reminders';
import type { CardReport } from '../../src-shared/cards/report';
import { desktop } from '../bridge/desktop';

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
    try {
      const { reportWorkbook, workbookFileName } = await import('./workbook');
      const now = new Date();
      const data = await reportWorkbook(report, now);
      const result = await desktop.saveFile({
        suggestedName: workbookFileName(dateInShanghai(now)),
        data,
        filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
      });
      if (!result.ok) notifications.show({ color: 'red', title: '导出失败', message: result.error.message });
      else if (result.value.saved)
        notifications.show({ color: 'teal', title: '已导出', message: result.value.location });
    } catch {
      notifications.show({ color: 'red', title: '导出失败', message: '生成 Excel 文件时出错，请重试' });
    } finally {
      setBusy(false);
    }
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
