import Dexie from 'dexie';
import type { SyncedRecord } from '../../src-shared/records/record';
import type { SyncedTable, TalentCardDb } from './db';
import type { Actor } from './device';

/** Marks a record as changed now, by this actor on this device. */
export function stamp<T extends SyncedRecord>(record: T, actor: Actor, now: Date): T {
  return { ...record, updatedAt: now.toISOString(), updatedBy: actor.staffName, deviceId: actor.deviceId };
}

/** The fields a new record starts with. */
export function newRecordFields(id: string, actor: Actor, now: Date): SyncedRecord {
  const at = now.toISOString();
  return {
    id,
    createdAt: at,
    updatedAt: at,
    updatedBy: actor.staffName,
    deviceId: actor.deviceId,
    rev: 0,
    deleted: false,
  };
}

/**
 * Queues a record for the next push. Runs inside the transaction of the write
 * itself, so a record is never saved without its outbox entry or the other
 * way round.
 */
export async function enqueue(db: TalentCardDb, table: SyncedTable, recordId: string, now: Date): Promise<void> {
  const transaction = Dexie.currentTransaction;
  if (!transaction?.storeNames.includes('outbox') || !transaction.storeNames.includes(table)) {
    throw new Error('enqueue must run inside the transaction that writes the record');
  }
  await db.outbox.add({ table, recordId, at: now.toISOString() });
}
