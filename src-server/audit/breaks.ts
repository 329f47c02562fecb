import type { StoredRecord } from '../../src-shared/api/schemas';
import {
  type AuditEvent,
  type AuditSubject,
  CHAIN_BREAK_LABELS,
  type ChainBreak,
  checkLink,
} from '../../src-shared/audit/event';
import type { Database, Queryable } from '../db/database';
import { iso } from '../time';

/**
 * The server's side of the audit log's hash chains (docs/sync-protocol.md
 * §9): each event is checked against the one before it as it arrives, in the
 * push's transaction, and every chain can be checked again from the stored
 * records (`verify-audit`). A break is recorded in `audit_breaks`, never
 * refused: the event is stored all the same.
 */

export type BreakKind = ChainBreak['kind'];
export type DetectedBy = 'arrival' | 'verify';

/** One recorded break, as the admin API and command line show it. */
export interface AuditBreakInfo {
  id: number;
  chain: string;
  seq: number;
  recordId: string;
  kind: BreakKind;
  /** CHAIN_BREAK_LABELS[kind]. */
  label: string;
  /** The server device that pushed the event, and its name. */
  deviceId: string;
  deviceName: string | null;
  district: string;
  detectedBy: DetectedBy;
  detectedAt: string;
}

/** What `verify-audit` found. */
export interface AuditVerification {
  chains: number;
  events: number;
  /** Every break found now, recorded before or not. */
  breaks: number;
  /** The breaks found now that had not been recorded before. */
  newBreaks: AuditBreakInfo[];
}

type Checked = Pick<
  AuditEvent,
  'chain' | 'seq' | 'at' | 'actor' | 'district' | 'action' | 'subject' | 'detail' | 'prevHash' | 'hash' | 'id'
>;

/**
 * A stored record's data as an event to check. Rows may have been altered in
 * the database into any shape; a missing subject is read as an empty one so
 * that the hash (which then no longer matches) reports it, rather than the
 * check failing.
 */
function asEvent(id: string, data: Record<string, unknown>): Checked {
  const subject = typeof data.subject === 'object' && data.subject !== null ? data.subject : {};
  return { ...(data as unknown as Checked), subject: subject as AuditSubject, id };
}

const seqOf = (value: unknown): number => {
  const seq = Number(value);
  return Number.isSafeInteger(seq) ? seq : 0;
};

interface BreakPlace {
  chain: string;
  district: string;
  deviceId: string;
}

/** Records breaks not recorded yet; those newly recorded. */
async function recordBreaks(
  db: Queryable,
  breaks: readonly { found: ChainBreak; place: BreakPlace }[],
  detectedBy: DetectedBy,
): Promise<number[]> {
  const ids: number[] = [];
  for (const { found, place } of breaks) {
    const [row] = await db.query<{ id: number | string }>(
      `INSERT INTO audit_breaks (chain, seq, record_id, kind, device_id, district, detected_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (record_id, kind) DO NOTHING RETURNING id`,
      [place.chain, seqOf(found.seq), found.id, found.kind, place.deviceId, place.district, detectedBy],
    );
    if (row) ids.push(Number(row.id));
  }
  return ids;
}

/**
 * Checks a new audit event against the event before it in its chain (the
 * same chain, seq − 1) and against another event already holding its number;
 * records what breaks. Call in the transaction that stored it. Pushes come in
 * order, so a missing predecessor is a real gap.
 */
export async function checkArrivingEvent(tx: Queryable, deviceId: string, record: StoredRecord): Promise<ChainBreak[]> {
  const event = asEvent(record.id, record.data);
  const neighbours = await tx.query<{ id: string; data: Record<string, unknown> }>(
    `SELECT id, data FROM records
     WHERE tbl = 'audit' AND data ->> 'chain' = $1 AND data ->> 'seq' IN ($2, $3) AND id <> $4`,
    [event.chain, String(event.seq - 1), String(event.seq), record.id],
  );
  const previousRow = neighbours.find((row) => row.data.seq === event.seq - 1);
  const previous = previousRow ? asEvent(previousRow.id, previousRow.data) : null;
  const found: ChainBreak[] = [];
  const link = checkLink(event, previous);
  if (link) found.push(link);
  // Another event has this number already: the number is repeated.
  if (link?.kind !== 'gap' && neighbours.some((row) => row.data.seq === event.seq)) {
    found.push({ kind: 'gap', seq: event.seq, id: record.id });
  }
  const place = { chain: event.chain, district: record.district, deviceId };
  await recordBreaks(
    tx,
    found.map((item) => ({ found: item, place })),
    'arrival',
  );
  return found;
}

interface BreakRow {
  id: number | string;
  chain: string;
  seq: number | string;
  record_id: string;
  kind: BreakKind;
  device_id: string;
  device_name: string | null;
  district: string;
  detected_by: DetectedBy;
  detected_at: Date;
}

function breakInfo(row: BreakRow): AuditBreakInfo {
  return {
    id: Number(row.id),
    chain: row.chain,
    seq: Number(row.seq),
    recordId: row.record_id,
    kind: row.kind,
    label: CHAIN_BREAK_LABELS[row.kind],
    deviceId: row.device_id,
    deviceName: row.device_name,
    district: row.district,
    detectedBy: row.detected_by,
    detectedAt: iso(row.detected_at),
  };
}

const BREAK_SELECT = `SELECT b.id, b.chain, b.seq, b.record_id, b.kind, b.device_id, d.name AS device_name,
    b.district, b.detected_by, b.detected_at
  FROM audit_breaks b LEFT JOIN devices d ON d.id = b.device_id`;

/** Every recorded break, in the order found. */
export async function listAuditBreaks(db: Queryable, ids?: readonly number[]): Promise<AuditBreakInfo[]> {
  const rows = ids
    ? await db.query<BreakRow>(`${BREAK_SELECT} WHERE b.id = ANY($1::bigint[]) ORDER BY b.id`, [ids])
    : await db.query<BreakRow>(`${BREAK_SELECT} ORDER BY b.id`);
  return rows.map(breakInfo);
}

interface StoredEventRow {
  id: string;
  district: string;
  updated_by_device: string;
  data: Record<string, unknown>;
}

/**
 * verifyChain (src-shared/audit/event.ts) over stored rows, which may have
 * been altered into any shape: ordered by their number read as an integer,
 * each hashed exactly as stored, so a number turned into text is reported as
 * an alteration rather than misordering the rest of the chain.
 */
function checkChain(rows: readonly StoredEventRow[]): ChainBreak[] {
  const ordered = rows
    .map((row) => ({ event: asEvent(row.id, row.data), seq: seqOf(row.data.seq) }))
    .sort((a, b) => a.seq - b.seq);
  const breaks: ChainBreak[] = [];
  let previous: { seq: number; hash: string } | null = null;
  for (const { event, seq } of ordered) {
    const found = checkLink(event, previous);
    if (found) breaks.push(found);
    previous = { seq, hash: event.hash };
  }
  return breaks;
}

/**
 * Checks every chain again from the stored records (verifyChain per chain),
 * one chain at a time, and records the breaks not recorded yet: rows altered,
 * removed or inserted in the database itself, which no push saw.
 */
export async function verifyAuditLog(db: Database): Promise<AuditVerification> {
  const chains = await db.query<{ chain: string | null }>(
    "SELECT DISTINCT data ->> 'chain' AS chain FROM records WHERE tbl = 'audit'",
  );
  let events = 0;
  let breaks = 0;
  const newIds: number[] = [];
  for (const { chain } of chains) {
    // In the order stored, so that of two events with one number the later one is the repeat.
    const rows =
      chain === null
        ? await db.query<StoredEventRow>(
            "SELECT id, district, updated_by_device, data FROM records WHERE tbl = 'audit' AND data ->> 'chain' IS NULL ORDER BY rev",
          )
        : await db.query<StoredEventRow>(
            "SELECT id, district, updated_by_device, data FROM records WHERE tbl = 'audit' AND data ->> 'chain' = $1 ORDER BY rev",
            [chain],
          );
    events += rows.length;
    const byId = new Map(rows.map((row) => [row.id, row]));
    const found = checkChain(rows);
    breaks += found.length;
    const placed = found.map((item) => {
      const row = byId.get(item.id);
      return {
        found: item,
        place: { chain: chain ?? '', district: row?.district ?? '', deviceId: row?.updated_by_device ?? '' },
      };
    });
    newIds.push(...(await recordBreaks(db, placed, 'verify')));
  }
  return {
    chains: chains.length,
    events,
    breaks,
    newBreaks: newIds.length > 0 ? await listAuditBreaks(db, newIds) : [],
  };
}
