import type { BackupHeader } from '../../src-shared/backup/format';
import { passphraseProblem } from '../../src-shared/backup/passphrase';
import { recordAction } from '../store/audit';
import type { TalentCardDb } from '../store/db';
import type { OnProgress } from './progress';
import { BACKUP_SUBJECT, backupFileName, countsText } from './summary';
import { writeBackup } from './write-backup';

export type SavedBackup = { saved: true; location: string } | { saved: false };

export type SaveBackup = (name: string, file: Uint8Array) => Promise<SavedBackup>;

export interface ExportOutcome {
  /** False when staff cancelled the save dialog: nothing left the app, nothing is recorded. */
  saved: boolean;
  location: string | null;
  name: string;
  header: BackupHeader;
  /** False when the file was saved but the audit log could not be written. */
  audited: boolean;
}

export interface ExportBackupOptions {
  now?: Date;
  onProgress?: OnProgress;
  /** The largest file worth making: one the app could not open again is no backup. */
  maxBytes?: number;
}

/**
 * Makes a backup of the whole profile and saves it with `save`. A saved
 * backup is an export of all the personal data, unmasked: it is recorded in
 * the audit log (who, when, how many of what, the file's name).
 */
export async function exportBackup(
  db: TalentCardDb,
  passphrase: string,
  save: SaveBackup,
  { now = new Date(), onProgress = () => {}, maxBytes = Number.POSITIVE_INFINITY }: ExportBackupOptions = {},
): Promise<ExportOutcome> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  const { file, header } = await writeBackup(db, passphrase, { now, onProgress });
  if (file.length > maxBytes) {
    const megabytes = Math.floor(maxBytes / 1024 / 1024);
    throw new Error(`数据量超过单个备份文件的上限（${megabytes} MB），本软件无法再打开这样的文件，未保存`);
  }
  const name = backupFileName(now);
  onProgress({ phase: 'saving', done: 0, total: 0 });
  const result = await save(name, file);
  if (!result.saved) return { saved: false, location: null, name, header, audited: false };
  let audited = true;
  try {
    const detail = `导出完整数据备份（${countsText(header.counts)}）：${name}`;
    await recordAction(db, { action: 'export', subject: BACKUP_SUBJECT, detail }, now);
  } catch {
    audited = false;
  }
  return { saved: true, location: result.location, name, header, audited };
}
