import type { StoredRecord } from '../../src-shared/api/schemas';
import type { SyncedTable } from '../../src-shared/records/record';
import type { Application } from '../../src-shared/registration/application';
import type { JsonObject } from '../../src-shared/sync/fields';
import { toRow } from '../store/applications';

type Row = JsonObject & { id: string; rev: number; deleted: boolean };

/**
 * What a record is on the wire: the row without its local `_` keys and
 * without `rev` and `deleted`, which the envelope carries
 * (docs/sync-protocol.md §1).
 */
export function recordData(row: JsonObject): JsonObject {
  const data: JsonObject = {};
  for (const [key, value] of Object.entries(row)) {
    if (!key.startsWith('_') && key !== 'rev' && key !== 'deleted') data[key] = value;
  }
  return data;
}

/** Local keys a table keeps beside its records (search keys), made again whenever a record arrives. */
const LOCAL_KEYS: Partial<Record<SyncedTable, (row: Row) => Row>> = {
  applications: (row) => toRow(row as unknown as Application) as unknown as Row,
};

/** The row to store for a record's data at a revision. */
export function localRow(table: SyncedTable, data: JsonObject, rev: number, deleted: boolean): Row {
  const row = { ...data, rev, deleted } as Row;
  try {
    return LOCAL_KEYS[table]?.(row) ?? row;
  } catch {
    // A record without the fields its search keys come from is kept as it came, only unsearchable.
    return row;
  }
}

/** The row for a record as the server sent it. */
export function rowFromServer(record: StoredRecord): Row {
  return localRow(record.table, record.data, record.rev, record.deleted);
}
