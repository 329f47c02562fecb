import { notifications } from '@mantine/notifications';
import { desktop } from '../bridge/desktop';
import { recordAction } from '../store/audit';
import { db } from '../store/instance';

/** What the audit log says was exported: the list's name (统计报表, 人才驿站列表) and, if any, more detail. */
export interface ExportAudit {
  label: string;
  detail?: string;
}

/**
 * Saves an .xlsx workbook through the desktop bridge (a save dialog in the
 * app, a download in browser mode) and tells staff how it went. `build`
 * makes the file's name and bytes (loading exceljs on demand); a failure
 * to make them is said plainly, not thrown. A saved file is an export
 * event in the audit log.
 */
export async function saveWorkbook(
  build: () => Promise<{ name: string; data: Uint8Array }>,
  audit: ExportAudit,
): Promise<void> {
  let name: string;
  let saved: boolean;
  try {
    const built = await build();
    name = built.name;
    const result = await desktop.saveFile({
      suggestedName: built.name,
      data: built.data,
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    saved = result.ok && result.value.saved;
    if (!result.ok) notifications.show({ color: 'red', title: '导出失败', message: result.error.message });
    else if (result.value.saved) notifications.show({ color: 'teal', title: '已导出', message: result.value.location });
  } catch {
    notifications.show({ color: 'red', title: '导出失败', message: '生成 Excel 文件时出错，请重试' });
    return;
  }
  if (saved) await recordExport(name, audit);
}

async function recordExport(name: string, audit: ExportAudit): Promise<void> {
  try {
    const detail = audit.detail ? `导出 Excel（${audit.detail}）：${name}` : `导出 Excel：${name}`;
    await recordAction(db, { action: 'export', subject: { table: '', id: '', label: audit.label }, detail });
  } catch {
    notifications.show({ color: 'red', title: '审计日志未能记录', message: '文件已导出，但未能写入审计日志' });
  }
}
