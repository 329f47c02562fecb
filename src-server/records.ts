import { canReadDistrict, canWriteDistrict, type Principal } from '../src-shared/api/roles';
import type { RecordWrite, StoredRecord } from '../src-shared/api/schemas';
import type { SyncedTable } from '../src-shared/records/record';
import type { Database, Queryable } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { ApiError } from './errors';
import { iso } from './time';

interface RecordRow {
  tbl: SyncedTable;
  id: string;
  district: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
  updated_at: Date;
}

const COLUMNS = 'tbl, id, district, rev, deleted, data, updated_at';

function storedRecord(row: RecordRow): StoredRecord {
  return {
    table: row.tbl,
    id: row.id,
    district: row.district,
    rev: row.rev,
    deleted: row.deleted,
    data: row.data,
    updatedAt: iso(row.updated_at),
  };
}

/** Key for the lock that makes revisions commit in the order they are taken (a pull never skips one). */
const REVISION_LOCK = 8787002;

async function findRecord(db: Queryable, table: SyncedTable, id: string): Promise<RecordRow | undefined> {
  const [row] = await db.query<RecordRow>(`SELECT ${COLUMNS} FROM records WHERE tbl = $1 AND id = $2`, [table, id]);
  return row;
}

/** One record, if the principal may read its district. */
export async function readRecord(db: Queryable, principal: Principal, table: SyncedTable, id: string) {
  const row = await findRecord(db, table, id);
  if (!row) throw new ApiError(404, 'record-not-found');
  if (!canReadDistrict(principal, row.district)) throw new ApiError(403, 'other-district');
  return storedRecord(row);
}

export interface ListOptions {
  district: string;
  after: number;
  limit: number;
}

/** A district's records of one table after a revision, in revision order. */
export async function listRecords(db: Queryable, principal: Principal, table: SyncedTable, options: ListOptions) {
  if (!canReadDistrict(principal, options.district)) throw new ApiError(403, 'other-district');
  const rows = await db.query<RecordRow>(
    `SELECT ${COLUMNS} FROM records WHERE tbl = $1 AND district = $2 AND rev > $3 ORDER BY rev LIMIT $4`,
    [table, options.district, options.after, options.limit],
  );
  return rows.map(storedRecord);
}

/**
 * Writes one record in its own transaction, at the next server revision.
 * Refused when the principal may not write the district, when the record
 * would move to another district, or when it changed since `baseRev`.
 */
export async function writeRecord(
  db: Database,
  device: AuthenticatedDevice,
  table: SyncedTable,
  id: string,
  write: RecordWrite,
): Promise<StoredRecord> {
  if (!canWriteDistrict(device, write.district)) throw new ApiError(403, 'other-district');
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [REVISION_LOCK]);
    const current = await findRecord(tx, table, id);
    if (current) {
      if (!canWriteDistrict(device, current.district)) throw new ApiError(403, 'other-district');
      if (current.district !== write.district) throw new ApiError(409, 'record-moved');
      if (current.rev !== write.baseRev) throw new ApiError(409, 'conflict');
    } else if (write.baseRev !== 0) {
      throw new ApiError(409, 'conflict');
    }
    const [row] = await tx.query<RecordRow>(
      `INSERT INTO records (tbl, id, district, rev, deleted, data, updated_by_device)
       VALUES ($1, $2, $3, nextval('record_revision'), $4, $5::jsonb, $6)
       ON CONFLICT (tbl, id) DO UPDATE SET rev = excluded.rev, deleted = excluded.deleted, data = excluded.data,
         updated_at = now(), updated_by_device = excluded.updated_by_device
       RETURNING ${COLUMNS}`,
      [table, id, write.district, write.deleted, JSON.stringify(write.data), device.id],
    );
    if (!row) throw new Error('record not stored');
    return storedRecord(row);
  });
}
