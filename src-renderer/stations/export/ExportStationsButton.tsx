import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { dateInShanghai } from '../../../src-shared/cards/reminders';
import { saveWorkbook } from '../../app/save-workbook';
import { db } from '../../store/instance';
import { loadStationFiles } from './load-export';

export interface ExportStationsButtonProps {
  /** The stations shown, in the order shown; omitted for every live station. */
  stationIds?: readonly string[];
}

/**
 * 导出 Excel: the stations (驿站, 活动, 评估, 历史 sheets), read from the store
 * when clicked and saved through the desktop bridge (a save dialog in the
 * app, a download in browser mode). exceljs is loaded only when asked for,
 * so it does not weigh on start-up.
 */
export function ExportStationsButton({ stationIds }: ExportStationsButtonProps) {
  const [busy, setBusy] = useState(false);
  const nothingShown = stationIds !== undefined && stationIds.length === 0;
  const exportWorkbook = async () => {
    setBusy(true);
    try {
      const files = await loadStationFiles(db, stationIds);
      if (files.length === 0) {
        notifications.show({ color: 'yellow', title: '没有可导出的驿站', message: '列表中没有驿站档案' });
        return;
      }
      await saveWorkbook(
        async () => {
          const now = new Date();
          const { stationsWorkbook, stationsWorkbookFileName } = await import('./workbook');
          return { name: stationsWorkbookFileName(dateInShanghai(now)), data: await stationsWorkbook(files, now) };
        },
        { label: '人才驿站列表', detail: `${files.length} 个驿站` },
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={busy}
      disabled={nothingShown}
      onClick={() => void exportWorkbook()}
      data-testid="export-stations"
    >
      导出 Excel
    </Button>
  );
}
