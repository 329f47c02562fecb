import { API_ERRORS } from '../src-shared/api/errors';
import { canReadDistrict, canWriteDistrict, type Principal } from '../src-shared/api/roles';
import type { RecordWrite, StoredRecord } from '../src-shared/api/schemas';
import type { SyncedTable } from '../src-shared/records/record';
import { appendOnlyRefusal, auditEventProblem, isAppendOnly } from '../src-shared/sync/append-only';
import { cityDecisionRefusal } from '../src-shared/sync/authority';
import { checkArrivingEvent } from './audit/breaks';
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

/**
 * Why a change to a record of an append-only table (the audit log) is
 * refused, from any role, or null: `after` is the record's new state, or null
 * for an update or delete, which is always refused. A new audit event must
 * also be well formed and in its own device's chain.
 */
export function appendRefusal(
  table: SyncedTable,
  current: RecordRow | undefined,
  after: { deleted: boolean; data: Record<string, unknown> } | null,
): ApiError | null {
  if (!isAppendOnly(table)) return null;
  const reason = after ? appendOnlyRefusal(table, current, after) : API_ERRORS['append-only'];
  if (reason) return new ApiError(403, 'append-only', reason);
  if (table === 'audit' && !current && after) {
    const problem = auditEventProblem(after.data);
    if (problem) return new ApiError(400, 'audit-invalid', problem);
  }
  return null;
}

/** After a record was stored as new: an audit event is checked against its chain (src-server/audit/). */
export async function afterCreate(tx: Queryable, device: AuthenticatedDevice, record: StoredRecord): Promise<void> {
  if (record.table === 'audit') await checkArrivingEvent(tx, device.id, record);
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
    const append = appendRefusal(table, current, write);
    if (append) throw append;
    const record = await saveRecord(tx, device, table, id, write);
    if (!current) await afterCreate(tx, device, record);
    return record;
  });
}
