import type { BackupCounts } from '../../src-shared/backup/format';
import type { RestorePlan } from './restore-plan';
import { RECORD_TABLES, TABLE_LABELS, TABLE_UNITS } from './tables';

/** What backup and restore events in the audit log are about: all the data, not one record. */
export const BACKUP_SUBJECT = { table: '', id: '', label: '全部数据备份' };

/** 2026-11-23 10:30 in this machine's time zone. */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 威海英才卡备份-20261123-1030.whbak */
export function backupFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `威海英才卡备份-${day}-${pad(now.getHours())}${pad(now.getMinutes())}.whbak`;
}

/** 申领登记 12 份、人才驿站 3 个、…、附件 30 个: the records a backup holds, for the audit log and the screen. */
export function countsText(counts: BackupCounts): string {
  const parts = RECORD_TABLES.filter((table) => (counts.tables[table] ?? 0) > 0).map(
    (table) => `${TABLE_LABELS[table]} ${counts.tables[table]} ${TABLE_UNITS[table]}`,
  );
  parts.push(`附件 ${counts.attachments} 个`);
  return parts.join('、');
}

/** What a restore did or will do, in one line. */
export function planText(plan: RestorePlan): string {
  const sum = (key: 'add' | 'replace' | 'keep' | 'skip') =>
    RECORD_TABLES.reduce((total, table) => total + plan.tables[table][key], 0);
  const parts = [`新增记录 ${sum('add')} 条`];
  if (plan.mode === 'merge') {
    parts.push(`以备份中较新的版本更新 ${sum('replace')} 条`, `保留本机较新的 ${sum('keep')} 条`);
    if (sum('skip') > 0) parts.push(`未能恢复 ${sum('skip')} 条`);
  }
  parts.push(`新增附件 ${plan.attachments.add} 个`);
  const mode = plan.mode === 'empty' ? '完整恢复' : '合并恢复';
  return `${mode}（备份于 ${localDateTime(plan.backupCreatedAt)}）：${parts.join('，')}`;
}
