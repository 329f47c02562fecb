import type { StoredRecord } from '../../src-shared/api/schemas';
import { SYNCED_TABLES, type SyncedTable } from '../../src-shared/records/record';
import { applyChanges, fieldChanges, type JsonObject } from '../../src-shared/sync/fields';
import type { SyncBase, TalentCardDb } from '../store/db';
import { localRow, recordData, rowFromServer } from './local-rows';

/** Every table a sync transaction may touch. */
export function syncTables(db: TalentCardDb) {
  return [
    db.bases,
    db.pushes,
    db.conflicts,
    db.uploads,
    db.attachments,
    db.outbox,
    db.meta,
    ...SYNCED_TABLES.map((t) => db.table(t)),
  ];
}

export interface Arrival {
  record: StoredRecord;
  /** The local data a push was made from; local changes are those made since. */
  sent?: JsonObject | null;
}

const keyOf = (table: SyncedTable, id: string) => `${table}\u0000${id}`;

/**
 * Takes the server's state of records as their new bases (docs/sync-protocol.md
 * §2–3), inside the caller's transaction. A record with no local change
 * waiting becomes the server's state; one changed here since what was sent
 * (or since its old base) becomes the server's state with those local
 * changes on top, which the next push carries.
 */
export async function acceptServerRecords(db: TalentCardDb, arrivals: Arrival[]): Promise<void> {
  if (arrivals.length === 0) return;
  const keys = arrivals.map(({ record }) => [record.table, record.id] as [SyncedTable, string]);
  const waiting = new Set(
    (await db.outbox.where('[table+recordId]').anyOf(keys).toArray()).map((entry) =>
      keyOf(entry.table, entry.recordId),
    ),
  );
  const oldBases = await db.bases.bulkGet(keys);
  const bases: SyncBase[] = [];
  const rows = new Map<SyncedTable, JsonObject[]>();
  for (const [index, { record, sent }] of arrivals.entries()) {
    const { table, id, district, rev, deleted, data } = record;
    bases.push({ table, id, district, rev, deleted, data });
    let row: JsonObject = rowFromServer(record);
    if (waiting.has(keyOf(table, id))) {
      const local = (await db.table(table).get(id)) as JsonObject | undefined;
      if (local) {
        const reference = sent ?? oldBases[index]?.data ?? {};
        const edits = fieldChanges(reference, recordData(local));
        row = localRow(table, applyChanges(data, edits), rev, deleted || local.deleted === true);
      }
    }
    const tableRows = rows.get(table) ?? [];
    tableRows.push(row);
    rows.set(table, tableRows);
  }
  await db.bases.bulkPut(bases);
  for (const [table, tableRows] of rows) await db.table(table).bulkPut(tableRows);
}
