import { BACKUP_EXTENSION } from '../../src-shared/backup/format';
import { type FileFilter, MAX_REQUESTED_OPEN_FILE_BYTES } from '../../src-shared/bridge/contract';
import { desktop } from '../bridge/desktop';
import type { SavedBackup } from './export-backup';

const BACKUP_FILTERS: FileFilter[] = [{ name: '威海英才卡备份', extensions: [BACKUP_EXTENSION] }];

/** The largest backup the app can open again; a larger one is not made. */
export const MAX_BACKUP_BYTES = MAX_REQUESTED_OPEN_FILE_BYTES;

/** Saves a backup file through the desktop bridge (a save dialog in the app, a download in browser mode). */
export async function saveBackupFile(name: string, file: Uint8Array): Promise<SavedBackup> {
  const result = await desktop.saveFile({ suggestedName: name, data: file, filters: BACKUP_FILTERS });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export type PickedBackup = { name: string; data: Uint8Array } | { problem: string } | null;

/** Lets staff choose a backup file; null when they cancelled. */
export async function pickBackupFile(): Promise<PickedBackup> {
  const result = await desktop.openFile({ filters: BACKUP_FILTERS, maxBytes: MAX_BACKUP_BYTES }).catch(() => null);
  if (!result) return { problem: '无法打开文件，请重试' };
  if (!result.ok) return { problem: result.error.message };
  const [file] = result.value;
  return file ? { name: file.name, data: file.data } : null;
}
