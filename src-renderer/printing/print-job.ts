import type { Application } from '../../src-shared/registration/application';
import type { ApplicationExport } from '../../src-shared/registration/export';
import { applicationLabel, getApplication, setStatus } from '../store/applications';
import { appendAudit } from '../store/audit';
import type { TalentCardDb } from '../store/db';
import type { Actor } from '../store/device';
import { exportApplication } from '../store/export';
import { type PrintPlan, planPrint, statusAfterPrint } from './print-plan';

export const PRINT_REASON = '打印申领登记表';

/** The applications asked for (those that still exist), split into printable and skipped. */
export async function loadPrintPlan(
  db: TalentCardDb,
  ids: readonly string[],
): Promise<PrintPlan & { missing: number }> {
  const found = await Promise.all(ids.map((id) => getApplication(db, id)));
  const applications = found.filter((application): application is Application => application !== undefined);
  return { ...planPrint(applications), missing: ids.length - applications.length };
}

/** What the PDF is laid out from: each application with its project and photo, as 导出 writes it. */
export async function loadExports(
  db: TalentCardDb,
  applications: readonly Application[],
  now = new Date(),
): Promise<ApplicationExport[] | { missing: Application }> {
  const exports: ApplicationExport[] = [];
  for (const application of applications) {
    const exported = await exportApplication(db, application.id, now);
    if (!exported) return { missing: application };
    exports.push(exported);
  }
  return exports;
}

/**
 * Records that the forms were printed (or saved for printing): each one is a
 * print event in the audit log (`detail` says how), and each registered
 * application moves to 待盖章 with its history event; those further along keep
 * their status. All or nothing, in one transaction, reading each status inside
 * it so that a change made meanwhile is not overwritten.
 */
export async function markPrinted(
  db: TalentCardDb,
  actor: Actor,
  ids: readonly string[],
  now = new Date(),
  detail = PRINT_REASON,
): Promise<Application[]> {
  return db.transaction('rw', [db.applications, db.events, db.audit, db.outbox], async () => {
    const moved: Application[] = [];
    for (const id of ids) {
      const stored = await db.applications.get(id);
      if (!stored || stored.deleted) continue;
      const subject = { table: 'applications', id, label: applicationLabel(stored) };
      await appendAudit(db, actor, { action: 'print', subject, detail }, now);
      const next = statusAfterPrint(stored.status);
      if (next === stored.status) continue;
      const result = await setStatus(db, actor, id, next, PRINT_REASON, now);
      if (result.ok) moved.push(result.value);
    }
    return moved;
  });
}
