import { notifications } from '@mantine/notifications';
import { desktop } from '../bridge/desktop';

/**
 * Saves an .xlsx workbook through the desktop bridge (a save dialog in the
 * app, a download in browser mode) and tells staff how it went. `build`
 * makes the file's name and bytes (loading exceljs on demand); a failure
 * to make them is said plainly, not thrown.
 */
export async function saveWorkbook(build: () => Promise<{ name: string; data: Uint8Array }>): Promise<void> {
  try {
    const { name: suggestedName, data } = await build();
    const result = await desktop.saveFile({
      suggestedName,
      data,
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    if (!result.ok) notifications.show({ color: 'red', title: '导出失败', message: result.error.message });
    else if (result.value.saved) notifications.show({ color: 'teal', title: '已导出', message: result.value.location });
  } catch {
    notifications.show({ color: 'red', title: '导出失败', message: '生成 Excel 文件时出错，请重试' });
  }
}
