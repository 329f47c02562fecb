import type { FileFilter } from '../../src-shared/bridge/contract';
import { desktop } from '../bridge/desktop';
import { checkScanFile, MAX_SCAN_BYTES, type ScanFile } from './scan-file';

const EVIDENCE_FILTERS: FileFilter[] = [
  { name: '证明材料（图片或 PDF）', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'bmp', 'gif'] },
];

/**
 * Lets staff choose evidence files (scans or photos, images or PDF, each up
 * to 20 MB) with the desktop's file dialog: the files that can be used, and
 * why the others cannot (null when all can, or nothing was chosen).
 */
export async function pickEvidenceFiles(): Promise<{ files: ScanFile[]; problem: string | null }> {
  const result = await desktop
    .openFile({ filters: EVIDENCE_FILTERS, multiple: true, maxBytes: MAX_SCAN_BYTES })
    .catch(() => null);
  if (!result) return { files: [], problem: '无法打开文件，请重试' };
  if (!result.ok) return { files: [], problem: result.error.message };
  const files: ScanFile[] = [];
  const refused: string[] = [];
  for (const opened of result.value) {
    const checked = checkScanFile(opened);
    if (checked.ok) files.push(checked.file);
    else refused.push(checked.message);
  }
  return { files, problem: refused.length > 0 ? refused.join('；') : null };
}
