import type { Application } from '../../src-shared/registration/application';
import { toRow } from '../store/application-rows';
import { keepAttachment } from '../store/attachments';
import { appendAudit, auditActor } from '../store/audit';
import type { OutboxEntry, TalentCardDb } from '../store/db';
import type { BackupContents } from './archive-layout';
import { type OnProgress, yieldToUi } from './progress';
import { planRestore, type RestorePlan } from './restore-plan';
import { BACKUP_SUBJECT, planText } from './summary';
import { BACKUP_TABLES, type BackupTable } from './tables';

export interface RestoreReport {
  /** The plan as it was carried out (worked out again inside the restore's transaction). */
  plan: RestorePlan;
  attachmentsAdded: number;
}

export interface RestoreOptions {
  now?: Date;
  onProgress?: OnProgress;
}

/**
 * Attachments first, each in its own transaction (a Blob's bytes are read
 * before one): an attachment no record names yet is harmless, and one kept
 * before is left as it is.
 */
async function restoreAttachments(db: TalentCardDb, contents: BackupContents, onProgress: OnProgress) {
  const present = new Set((await db.attachments.toCollection().primaryKeys()) as string[]);
  const missing = contents.attachments.filter((item) => !present.has(item.sha256));
  for (const [done, item] of missing.entries()) {
    onProgress({ phase: 'writing-attachments', done, total: missing.length });
    await keepAttachment(db, item.sha256, item.bytes, item.type, new Date(item.createdAt));
    if (done % 20 === 19) await yieldToUi();
  }
  return missing.length;
}

/** Application rows get their search keys again, under this profile's data key. */
function storedRows(table: BackupTable, rows: readonly Record<string, unknown>[]): unknown[] {
  return table === 'applications' ? rows.map((row) => toRow(row as unknown as Application)) : [...rows];
}

async function writePlan(db: TalentCardDb, plan: RestorePlan, now: Date): Promise<void> {
  if (plan.mode === 'empty') {
    // Nothing but settings made at start-up is here: the backup's, device identity included, take their place.
    await db.meta.clear();
    for (const table of BACKUP_TABLES) await db.table(table).bulkAdd(storedRows(table, plan.writes[table]));
    return;
  }
  for (const table of BACKUP_TABLES) {
    if (plan.writes[table].length > 0) await db.table(table).bulkPut(storedRows(table, plan.writes[table]));
  }
  const at = now.toISOString();
  const queued: OutboxEntry[] = plan.enqueue.map(({ table, id }) => ({ table, recordId: id, at }));
  await db.outbox.bulkAdd(queued);
}

/**
 * Restores a backup read by readBackup, after staff confirmed its plan.
 * Every table is written in one transaction, which also records the restore
 * in the audit log: a failure leaves the records as they were. The plan is
 * worked out again inside it, so a record changed here since the plan was
 * shown (a sync, another window) is still never overwritten by an older one.
 */
export async function restoreBackup(
  db: TalentCardDb,
  contents: BackupContents,
  { now = new Date(), onProgress = () => {} }: RestoreOptions = {},
): Promise<RestoreReport> {
  const attachmentsAdded = await restoreAttachments(db, contents, onProgress);
  onProgress({ phase: 'writing-records', done: 0, total: 0 });
  const tables = [...BACKUP_TABLES.map((name) => db.table(name)), db.attachments];
  const plan = await db.transaction('rw', tables, async () => {
    const current = await planRestore(db, contents);
    // Written just before, so the plan made now sees them as present.
    current.attachments = { add: attachmentsAdded, present: contents.attachments.length - attachmentsAdded };
    await writePlan(db, current, now);
    const detail = planText(current);
    await appendAudit(db, await auditActor(db), { action: 'restore', subject: BACKUP_SUBJECT, detail }, now);
    return current;
  });
  return { plan, attachmentsAdded };
}
