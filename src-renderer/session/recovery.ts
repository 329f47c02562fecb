import { DATABASE_NAME } from '../store/db';

/** Where 设置's 备份 card opens its restore dialog. */
export const RESTORE_PATH = '/settings?restore=1';

/** A fresh database for a profile made to restore into; the unreadable one keeps its name, untouched. */
export function recoveryDatabaseName(now = new Date()): string {
  return `${DATABASE_NAME}-${now.toISOString().replace(/\D/g, '').slice(0, 14)}`;
}
