import { canReadDistrict, canWriteDistrict, type Principal } from '../src-shared/api/roles';
import type { RecordWrite, StoredRecord } from '../src-shared/api/schemas';
import type { SyncedTable } from '../src-shared/records/record';
import { cityDecisionRefusal } from '../src-shared/sync/authority';
import type { Database, Queryable } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { ApiError } from './errors';
import { iso } from './time';

export interface RecordRow {
  tbl: SyncedTable;
  id: string;
  district: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
  updated_at: Date;
}

export const RECORD_COLUMNS = 'tbl, id, district, rev, deleted, data, updated_at';

export function storedRecord(row: RecordRow): StoredRecord {
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

/**
 * Runs `work` in a transaction that holds the revision lock from before it
 * takes a revision until it commits: revisions become visible in order, so
 * a reader that has seen revision N has seen every revision below N. (PGlite
 * runs one transaction at a time anyway.)
 */
export function inRevisionOrder<T>(db: Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [REVISION_LOCK]);
    return work(tx);
  });
}

export async function findRecord(db: Queryable, table: SyncedTable, id: string): Promise<RecordRow | undefined> {
  const [row] = await db.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records WHERE tbl = $1 AND id = $2`, [
    table,
    id,
  ]);
  return row;
}

/** Why a device may not write a record of `district` (that exists as `current`), or null. */
export function placementRefusal(
  device: AuthenticatedDevice,
  current: RecordRow | undefined,
  district: string,
): ApiError | null {
  if (!canWriteDistrict(device, district)) return new ApiError(403, 'other-district');
  if (current && !canWriteDistrict(device, current.district)) return new ApiError(403, 'other-district');
  if (current && current.district !== district) return new ApiError(409, 'record-moved');
  return null;
}

/** A record's state for the authority rule: its data, or null when absent or deleted. */
const liveData = (state: { deleted: boolean; data: Record<string, unknown> } | undefined) =>
  state && !state.deleted ? state.data : null;

/** Why a district device may not make this change (a decision only the city records), or null. */
export function decisionRefusal(
  device: AuthenticatedDevice,
  table: SyncedTable,
  current: RecordRow | undefined,
  after: { deleted: boolean; data: Record<string, unknown> },
): ApiError | null {
  if (device.role !== 'district') return null;
  const reason = cityDecisionRefusal(table, liveData(current), liveData(after));
  return reason ? new ApiError(403, 'city-decision', reason) : null;
}

/** Stores a record's new state at the next revision. Call inside {@link inRevisionOrder}. */
export async function saveRecord(
  tx: Queryable,
  device: AuthenticatedDevice,
  table: SyncedTable,
  id: string,
  state: { district: string; deleted: boolean; data: Record<string, unknown> },
): Promise<StoredRecord> {
  const [row] = await tx.query<RecordRow>(
    `INSERT INTO records (tbl, id, district, rev, deleted, data, updated_by_device)
     VALUES ($1, $2, $3, nextval('record_revision'), $4, $5::jsonb, $6)
     ON CONFLICT (tbl, id) DO UPDATE SET rev = excluded.rev, deleted = excluded.deleted, data = excluded.data,
       updated_at = now(), updated_by_device = excluded.updated_by_device
     RETURNING ${RECORD_COLUMNS}`,
    [table, id, state.district, state.deleted, JSON.stringify(state.data), device.id],
  );
  if (!row) throw new Error('record not stored');
  return storedRecord(row);
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
    `SELECT ${RECORD_COLUMNS} FROM records WHERE tbl = $1 AND district = $2 AND rev > $3 ORDER BY rev LIMIT $4`,
    [table, options.district, options.after, options.limit],
  );
  return rows.map(storedRecord);
}

/**
 * Writes one whole record in its own transaction, at the next server
 * revision. Refused when the principal may not write the district, when the
 * record would move to another district, when it changed since `baseRev`, or
 * when a district device would change a decision only the city records.
 */
export async function writeRecord(
  db: Database,
  device: AuthenticatedDevice,
  table: SyncedTable,
  id: string,
  write: RecordWrite,
): Promise<StoredRecord> {
  return inRevisionOrder(db, async (tx) => {
    const current = await findRecord(tx, table, id);
    const placement = placementRefusal(device, current, write.district);
    if (placement) throw placement;
    if ((current?.rev ?? 0) !== write.baseRev) throw new ApiError(409, 'conflict');
    const decision = decisionRefusal(device, table, current, write);
    if (decision) throw decision;
    return saveRecord(tx, device, table, id, write);
  });
}
