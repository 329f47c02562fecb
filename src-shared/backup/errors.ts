/** Why a backup file cannot be opened; each has the one message staff see. */
export type BackupErrorCode = 'not-backup' | 'damaged' | 'wrong-passphrase' | 'newer-version';

export const BACKUP_ERROR_MESSAGES: Record<BackupErrorCode, string> = {
  'not-backup': '所选文件不是威海英才卡备份文件',
  damaged: '备份文件已损坏或不完整，无法恢复。请换用另一份备份',
  'wrong-passphrase': '备份密码不正确',
  'newer-version': '该备份由更新版本的软件导出，请先升级本软件再恢复',
};

export class BackupError extends Error {
  readonly code: BackupErrorCode;

  constructor(code: BackupErrorCode) {
    super(BACKUP_ERROR_MESSAGES[code]);
    this.name = 'BackupError';
    this.code = code;
  }
}
