/** Where a backup or restore has got to, for the progress bar. */
export type BackupPhase =
  | 'reading-records'
  | 'reading-attachments'
  | 'packing'
  | 'encrypting'
  | 'saving'
  | 'decrypting'
  | 'unpacking'
  | 'planning'
  | 'writing-attachments'
  | 'writing-records';

export interface BackupProgress {
  phase: BackupPhase;
  /** Steps done of `total`; a phase that cannot be measured has total 0. */
  done: number;
  total: number;
}

export type OnProgress = (progress: BackupProgress) => void;

export const PHASE_LABELS: Record<BackupPhase, string> = {
  'reading-records': '正在读取记录',
  'reading-attachments': '正在读取附件',
  packing: '正在打包',
  encrypting: '正在加密…',
  saving: '正在保存文件…',
  decrypting: '正在验证密码并解密…',
  unpacking: '正在解包',
  planning: '正在与本机数据比对…',
  'writing-attachments': '正在写入附件',
  'writing-records': '正在写入记录…',
};

/** Lets the page paint the progress between steps of work that would otherwise hold the thread. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
