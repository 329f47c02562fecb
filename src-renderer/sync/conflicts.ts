import { applyChanges, type FieldChanges } from '../../src-shared/sync/fields';
import type { TalentCardDb } from '../store/db';
import type { Actor } from '../store/device';
import { enqueue, stamp } from '../store/records';
import { localRow, recordData } from './local-rows';

/** 保留服务器的值: the conflict is settled as the server has it. */
export async function keepServerValues(db: TalentCardDb, conflictId: number): Promise<void> {
  await db.conflicts.delete(conflictId);
}

/**
 * 采用本机的值: the local values of a conflict are written over the record as
 * a new change by this actor, which the next push carries; the conflict is
 * settled in the same transaction.
 */
export async function takeLocalValues(
  db: TalentCardDb,
  actor: Actor,
  conflictId: number,
  now = new Date(),
): Promise<void> {
  const conflict = await db.conflicts.get(conflictId);
  if (!conflict) return;
  const table = db.table(conflict.table);
  await db.transaction('rw', [table, db.outbox, db.conflicts], async () => {
    const row = await table.get(conflict.recordId);
    if (row && !row.deleted) {
      const changes: FieldChanges = {};
      let deleted = false;
      for (const { field, local } of conflict.fields) {
        // `deleted` is the envelope's, not a field of the data: a deletion the server did not take is made again.
        if (field === 'deleted') deleted = local === true;
        else changes[field] = { base: null, value: local };
      }
      const data = stamp(applyChanges(recordData(row), changes) as typeof row, actor, now);
      await table.put(localRow(conflict.table, data, row.rev, deleted));
      await enqueue(db, conflict.table, conflict.recordId, now);
    }
    await db.conflicts.delete(conflictId);
  });
}
