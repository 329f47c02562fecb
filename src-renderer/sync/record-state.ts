import type { SyncedTable } from '../../src-shared/records/record';
import type { TalentCardDb } from '../store/db';

/** Where a record stands with the server: 已同步 / 待上传 / 上传中 / 冲突 / 错误. */
export type RecordSyncState = 'synced' | 'waiting' | 'pushing' | 'conflict' | 'error';

export const RECORD_SYNC_LABELS: Record<RecordSyncState, string> = {
  synced: '已同步',
  waiting: '待上传',
  pushing: '上传中',
  conflict: '冲突',
  error: '错误',
};

export interface RecordSync {
  state: RecordSyncState;
  /** The server's reason, for `error`. */
  message: string | null;
  /** An attachment of the record is still to be uploaded (附件上传中). */
  attachmentsPending: boolean;
}

export async function recordSync(db: TalentCardDb, table: SyncedTable, id: string): Promise<RecordSync> {
  const key: [SyncedTable, string] = [table, id];
  const [conflicts, pushing, waiting, base, uploads] = await Promise.all([
    db.conflicts.where('[table+recordId]').equals(key).toArray(),
    db.pushes.where('[table+recordId]').equals(key).count(),
    db.outbox.where('[table+recordId]').equals(key).count(),
    db.bases.get(key),
    db.uploads.where('recordIds').equals(id).count(),
  ]);
  const refused = conflicts.find((conflict) => conflict.kind === 'refused');
  const state: RecordSyncState = refused
    ? 'error'
    : conflicts.length > 0
      ? 'conflict'
      : pushing > 0
        ? 'pushing'
        : waiting > 0 || !base
          ? 'waiting'
          : 'synced';
  return { state, message: refused?.error?.message ?? null, attachmentsPending: uploads > 0 };
}
