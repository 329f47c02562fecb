import {
  type Reminders,
  reminders,
  type StatusChange,
  statusSince,
  WAITING_STATUSES,
} from '../../src-shared/cards/reminders';
import type { ApplicationStatus } from '../../src-shared/cards/workflow';
import type { TalentCardDb } from '../store/db';
import { waitingDays } from './waiting-days';

const STATUSES: readonly ApplicationStatus[] = ['draft', 'issued', ...WAITING_STATUSES];

/**
 * The 工作台's reminders from the store on `today` (Weihai's date). Reads only
 * the applications at a status a reminder can be about (by the status index)
 * and the events of those that wait, so finished records cost nothing.
 * Works inside a live query: it reads the waiting limit from `meta` too, so
 * changing it in 设置 updates the lists at once.
 */
export async function loadReminders(db: TalentCardDb, today: string): Promise<Reminders> {
  const [rows, limit] = await Promise.all([db.applications.where('status').anyOf(STATUSES).toArray(), waitingDays(db)]);
  const applications = rows.filter((row) => !row.deleted);
  const waitingIds = applications.filter((row) => WAITING_STATUSES.includes(row.status)).map((row) => row.id);
  const events = waitingIds.length ? await db.events.where('applicationId').anyOf(waitingIds).toArray() : [];
  const byApplication = new Map<string, StatusChange[]>();
  for (const event of events) {
    if (event.deleted) continue;
    const list = byApplication.get(event.applicationId) ?? [];
    list.push(event);
    byApplication.set(event.applicationId, list);
  }
  const enteredAt = new Map<string, string>();
  for (const application of applications) {
    const since = statusSince(byApplication.get(application.id) ?? [], application.status);
    if (since) enteredAt.set(application.id, since);
  }
  return reminders({ applications, enteredAt, today, waitingDays: limit });
}
