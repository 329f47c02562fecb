import { decideAppendOnly, decideRecord, mergeMetaValue, type Versioned } from '../../src-shared/backup/merge';
import { jsonEqual } from '../../src-shared/sync/fields';
import { toApplication } from '../store/application-rows';
import type { ApplicationRow, MetaEntry, PendingUpload, SyncBase, SyncConflict, TalentCardDb } from '../store/db';
import type { BackupContents } from './archive-layout';
import { BACKUP_TABLES, type BackupTable, RECORD_TABLES, type RecordTable, TABLE_RULES } from './tables';

type Row = Record<string, unknown>;

export interface TableCounts {
  /** Rows only in the backup, written. */
  add: number;
  /** Rows in both, the backup's written (changed later there). */
  replace: number;
  /** Rows in both, this device's kept (changed at the same time or later here). */
  keep: number;
  /** Rows in both, the same. */
  same: number;
  /** Rows of the backup not restored (see {@link SkippedRecord} and the sync tables). */
  skip: number;
}

/** A record this device holds in a version at least as new as the backup's: kept, and shown. */
export interface KeptRecord {
  table: RecordTable;
  id: string;
  label: string;
  deviceUpdatedAt: string;
  deviceUpdatedBy: string;
  backupUpdatedAt: string;
}

/** A record of the backup that cannot be restored beside this device's, and why. */
export interface SkippedRecord {
  table: RecordTable;
  id: string;
  label: string;
  reason: string;
}

/**
 * What a restore will do, worked out before anything is written.
 * `empty`: the profile holds no records, so everything is restored exactly
 * (its device identity and number counters included). `merge`: the profile
 * has data; nothing newer here is overwritten.
 */
export interface RestorePlan {
  mode: 'empty' | 'merge';
  backupCreatedAt: string;
  tables: Record<BackupTable, TableCounts>;
  kept: KeptRecord[];
  skipped: SkippedRecord[];
  attachments: { add: number; present: number };
  /** The rows to put, by table (application rows without their search keys). */
  writes: Record<BackupTable, Row[]>;
  /** Records written from the backup, queued for the next push. */
  enqueue: { table: RecordTable; id: string }[];
}

const zeroCounts = (): TableCounts => ({ add: 0, replace: 0, keep: 0, same: 0, skip: 0 });

/** What staff would call a record in the list of those kept. */
export function recordLabel(table: RecordTable, row: Row): string {
  if (table === 'applications') {
    const applicant = row.applicant as { name?: string } | undefined;
    return `${String(row.number ?? '')} ${applicant?.name || '（未填姓名）'}`.trim();
  }
  if (table === 'stationActivities') return `${String(row.date ?? '')} ${String(row.title ?? '')}`.trim();
  return typeof row.name === 'string' && row.name ? row.name : String(row.id);
}

/** Whether the profile holds nothing a restore could overwrite: no record, no sync state (settings aside). */
export async function isEmptyProfile(db: TalentCardDb): Promise<boolean> {
  const counts = await Promise.all(
    BACKUP_TABLES.filter((name) => TABLE_RULES[name] !== 'meta').map((name) => db.table(name).count()),
  );
  return counts.every((count) => count === 0);
}

function emptyPlan(contents: BackupContents, present: Set<string>): RestorePlan {
  const tables = {} as Record<BackupTable, TableCounts>;
  for (const name of BACKUP_TABLES) tables[name] = { ...zeroCounts(), add: contents.tables[name].length };
  const missing = contents.attachments.filter((item) => !present.has(item.sha256)).length;
  return {
    mode: 'empty',
    backupCreatedAt: contents.createdAt,
    tables,
    kept: [],
    skipped: [],
    attachments: { add: missing, present: contents.attachments.length - missing },
    writes: { ...contents.tables },
    enqueue: [],
  };
}

/** 申领编号 is unique: a backup's application whose number this device gave to another one cannot be added. */
async function numberHolders(db: TalentCardDb, rows: readonly Row[]): Promise<Map<string, string>> {
  const numbers = rows.map((row) => row.number).filter((number): number is string => typeof number === 'string');
  const holders = await db.applications.where('number').anyOf(numbers).toArray();
  return new Map(holders.map((row) => [row.number, row.id]));
}

async function planRecords(db: TalentCardDb, contents: BackupContents, plan: RestorePlan): Promise<void> {
  for (const table of RECORD_TABLES) {
    const rows = contents.tables[table];
    const stored = (await db.table(table).bulkGet(rows.map((row) => String(row.id)))) as (Row | undefined)[];
    const holders = table === 'applications' ? await numberHolders(db, rows) : new Map<string, string>();
    const counts = plan.tables[table];
    for (const [index, row] of rows.entries()) {
      const raw = stored[index];
      // Compared as the backup holds it: without the search keys kept beside an application here.
      const device =
        table === 'applications' && raw ? (toApplication(raw as unknown as ApplicationRow) as unknown as Row) : raw;
      const decision =
        TABLE_RULES[table] === 'append'
          ? decideAppendOnly(device)
          : decideRecord(device as Versioned | undefined, row as unknown as Versioned);
      if (decision === 'add' || decision === 'replace') {
        const holder = holders.get(row.number as string);
        if (holder !== undefined && holder !== row.id) {
          counts.skip += 1;
          const reason = `申领编号 ${String(row.number)} 在本机已属于另一份申领，未恢复`;
          plan.skipped.push({ table, id: String(row.id), label: recordLabel(table, row), reason });
          continue;
        }
        counts[decision] += 1;
        plan.writes[table].push(row);
        plan.enqueue.push({ table, id: String(row.id) });
      } else if (decision === 'keep' && device) {
        counts.keep += 1;
        plan.kept.push({
          table,
          id: String(row.id),
          label: recordLabel(table, device),
          deviceUpdatedAt: String(device.updatedAt),
          deviceUpdatedBy: String(device.updatedBy ?? ''),
          backupUpdatedAt: String(row.updatedAt),
        });
      } else {
        counts.same += 1;
      }
    }
  }
}

async function planMeta(db: TalentCardDb, contents: BackupContents, plan: RestorePlan): Promise<void> {
  const rows = contents.tables.meta as unknown as MetaEntry[];
  const stored = await db.meta.bulkGet(rows.map((row) => row.key));
  for (const [index, row] of rows.entries()) {
    const device = stored[index];
    if (!device) {
      plan.tables.meta.add += 1;
      plan.writes.meta.push(row as unknown as Row);
      continue;
    }
    const merged = mergeMetaValue(row.key, device.value, row.value);
    if (merged.changed) {
      plan.tables.meta.replace += 1;
      plan.writes.meta.push({ key: row.key, value: merged.value });
    } else plan.tables.meta[jsonEqual(device.value, row.value) ? 'same' : 'keep'] += 1;
  }
}

/**
 * This device's sync state stays its own: the outbox and the numbered pushes
 * belong to its sequence with the server. Records written from the backup
 * are queued instead (the push works out from their base what the server
 * lacks), and come with the backup's base when it is as new as this
 * device's; their open conflicts and waiting uploads come along.
 */
async function planSyncState(db: TalentCardDb, contents: BackupContents, plan: RestorePlan): Promise<void> {
  const written = new Set(plan.enqueue.map(({ table, id }) => `${table}/${id}`));
  const bases = contents.tables.bases as unknown as SyncBase[];
  const storedBases = await db.bases.bulkGet(bases.map((base) => [base.table, base.id] as [SyncBase['table'], string]));
  for (const [index, base] of bases.entries()) {
    const device = storedBases[index];
    const useful = written.has(`${base.table}/${base.id}`) && (!device || base.rev >= device.rev);
    if (useful && !(device && jsonEqual(device, base))) {
      plan.tables.bases[device ? 'replace' : 'add'] += 1;
      plan.writes.bases.push(base as unknown as Row);
    } else plan.tables.bases[device ? 'keep' : 'skip'] += 1;
  }
  plan.tables.outbox = { ...zeroCounts(), add: plan.enqueue.length, skip: contents.tables.outbox.length };
  plan.tables.pushes.skip = contents.tables.pushes.length;
  for (const conflict of contents.tables.conflicts as unknown as SyncConflict[]) {
    if (!written.has(`${conflict.table}/${conflict.recordId}`)) {
      plan.tables.conflicts.skip += 1;
      continue;
    }
    const { id: _id, ...fresh } = conflict;
    plan.tables.conflicts.add += 1;
    plan.writes.conflicts.push(fresh as unknown as Row);
  }
  const uploads = contents.tables.uploads as unknown as PendingUpload[];
  const storedUploads = await db.uploads.bulkGet(uploads.map((upload) => upload.sha256));
  for (const [index, upload] of uploads.entries()) {
    const device = storedUploads[index];
    const recordIds = [...new Set([...(device?.recordIds ?? []), ...upload.recordIds])];
    if (device && recordIds.length === device.recordIds.length) {
      plan.tables.uploads.same += 1;
      continue;
    }
    plan.tables.uploads[device ? 'replace' : 'add'] += 1;
    plan.writes.uploads.push({ ...(device ?? upload), recordIds } as unknown as Row);
  }
}

/**
 * Works out what restoring `contents` into this profile would do. Reads
 * only: called to show the plan before staff confirm, and again inside the
 * restore's transaction so that what is written follows the data as it is
 * then.
 */
export async function planRestore(db: TalentCardDb, contents: BackupContents): Promise<RestorePlan> {
  const present = new Set((await db.attachments.toCollection().primaryKeys()) as string[]);
  if (await isEmptyProfile(db)) return emptyPlan(contents, present);
  const plan: RestorePlan = {
    mode: 'merge',
    backupCreatedAt: contents.createdAt,
    tables: Object.fromEntries(BACKUP_TABLES.map((name) => [name, zeroCounts()])) as Record<BackupTable, TableCounts>,
    kept: [],
    skipped: [],
    attachments: { add: 0, present: 0 },
    writes: Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as Record<BackupTable, Row[]>,
    enqueue: [],
  };
  for (const item of contents.attachments) plan.attachments[present.has(item.sha256) ? 'present' : 'add'] += 1;
  await planRecords(db, contents, plan);
  await planMeta(db, contents, plan);
  await planSyncState(db, contents, plan);
  return plan;
}
