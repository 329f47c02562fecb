import { v7 as uuidv7 } from 'uuid';
import { CATEGORY_LABELS, type CardCategory, STATUS_LABELS } from '../../src-shared/cards/workflow';
import { idNumberKey, idTailKey, MIN_ID_TAIL } from '../../src-shared/crypto/id-search';
import type { StatusEvent } from '../../src-shared/records/status-event';
import type { Application, ApplicationStatus } from '../../src-shared/registration/application';
import { formatApplicationNumber } from '../../src-shared/registration/application-number';
import { applyChanges, fieldChanges, type JsonObject } from '../../src-shared/sync/fields';
import { blankApplication, toApplication, toRow } from './application-rows';
import { appendAudit } from './audit';
import { dataKeys } from './data-keys';
import { type ApplicationRow, nameKey, type TalentCardDb } from './db';
import type { Actor } from './device';
import { joinRefusal } from './quota';
import { enqueue, newRecordFields, stamp } from './records';

export type StoreResult<T> = { ok: true; value: T } | { ok: false; code: 'quota-full' | 'not-found'; message: string };

export { blankApplication, toApplication, toRow } from './application-rows';

/**
 * Starts a new application of a category. Its 申领编号 takes the next number
 * of this device's sequence for the year, in the same transaction, so no
 * number is ever given twice or reused (one sequence for both categories).
 */
export async function createDraft(
  db: TalentCardDb,
  actor: Actor,
  now = new Date(),
  category: CardCategory = 'business-elite',
): Promise<Application> {
  return db.transaction('rw', [db.applications, db.events, db.audit, db.outbox, db.meta], async () => {
    const year = now.getFullYear();
    const counterKey = `sequence:${year}`;
    const sequence = (((await db.meta.get(counterKey))?.value as number | undefined) ?? 0) + 1;
    await db.meta.put({ key: counterKey, value: sequence });
    const application = blankApplication(
      {
        ...newRecordFields(uuidv7(), actor, now),
        number: formatApplicationNumber(year, actor.districtCode, actor.deviceCode, sequence),
        district: actor.districtCode,
      },
      category,
    );
    await db.applications.add(toRow(application));
    await enqueue(db, 'applications', application.id, now);
    const reason = category === 'business-elite' ? '新建申领登记' : `新建申领登记（${CATEGORY_LABELS[category]}）`;
    await recordEvent(db, actor, application, null, 'draft', reason, now);
    return application;
  });
}

export async function getApplication(db: TalentCardDb, id: string): Promise<Application | undefined> {
  const row = await db.applications.get(id);
  return row && !row.deleted ? toApplication(row) : undefined;
}

/**
 * Saves an application's fields. Choosing a project or an enterprise (or
 * another one) checks its places inside the same transaction as the write, so
 * two windows saving at once cannot both take the last place.
 */
export async function saveApplication(
  db: TalentCardDb,
  actor: Actor,
  edited: Application,
  now = new Date(),
  loaded?: Application,
): Promise<StoreResult<Application>> {
  return db.transaction('rw', [db.applications, db.projects, db.enterprises, db.outbox], async () => {
    const stored = await db.applications.get(edited.id);
    if (!stored || stored.deleted) return { ok: false, code: 'not-found', message: '该申领记录不存在或已删除' };
    // Given the version the form started from, only what the form changed is written: a change that arrived
    // meanwhile (another window's, by sync) to a field the form did not touch is kept, not written back over.
    const application = loaded
      ? (applyChanges(
          toApplication(stored) as unknown as JsonObject,
          fieldChanges(loaded as unknown as JsonObject, edited as unknown as JsonObject),
        ) as unknown as Application)
      : edited;
    const refusal = await joinRefusal(db, application, toApplication(stored));
    if (refusal) return { ok: false, ...refusal };
    // The form owns the fields; the number, the category, the status, the filed copy and the card change only
    // through setStatus (or never).
    const { number, status, sealedScan, createdAt, district, card, landing } = stored;
    const category = stored.category ?? 'business-elite';
    const saved = stamp(
      {
        ...application,
        number,
        category,
        status,
        sealedScan,
        createdAt,
        district,
        card: card ?? null,
        landing: landing ?? null,
      },
      actor,
      now,
    );
    await db.applications.put(toRow(saved));
    await enqueue(db, 'applications', saved.id, now);
    return { ok: true, value: saved };
  });
}

/**
 * Moves an application to another status, with the reason, in one
 * transaction with its history event and its audit event: a status never
 * changes unrecorded. Callers that open their own transaction include
 * db.audit in it (appendAudit runs inside this one).
 */
export async function setStatus(
  db: TalentCardDb,
  actor: Actor,
  id: string,
  status: ApplicationStatus,
  reason = '',
  now = new Date(),
  changes: Partial<Pick<Application, 'sealedScan' | 'card' | 'landing'>> = {},
  details: Record<string, string> = {},
): Promise<StoreResult<Application>> {
  return db.transaction('rw', [db.applications, db.events, db.audit, db.outbox], async () => {
    const stored = await db.applications.get(id);
    if (!stored || stored.deleted) return { ok: false, code: 'not-found', message: '该申领记录不存在或已删除' };
    const saved = stamp({ ...toApplication(stored), ...changes, status }, actor, now);
    await db.applications.put(toRow(saved));
    await enqueue(db, 'applications', id, now);
    await recordEvent(db, actor, saved, stored.status, status, reason, now, details);
    return { ok: true, value: saved };
  });
}

/** What the audit log calls an application: its 申领编号 and the applicant's name. */
export function applicationLabel(application: Pick<Application, 'number' | 'applicant'>): string {
  const name = application.applicant.name.trim();
  return name ? `${application.number} ${name}` : application.number;
}

/** 从“已报送”到“联合研究”：原因 — the audit log's account of a status event. */
export function statusChangeDetail(from: ApplicationStatus | null, to: ApplicationStatus, reason: string): string {
  const change = from === null ? `新建为“${STATUS_LABELS[to]}”` : `从“${STATUS_LABELS[from]}”到“${STATUS_LABELS[to]}”`;
  return reason.trim() ? `${change}：${reason.trim()}` : change;
}

/** The history event of a status change, and its audit event, in the caller's transaction. */
async function recordEvent(
  db: TalentCardDb,
  actor: Actor,
  application: Pick<Application, 'id' | 'number' | 'applicant'>,
  from: ApplicationStatus | null,
  to: ApplicationStatus,
  reason: string,
  now: Date,
  details: Record<string, string> = {},
): Promise<void> {
  const applicationId = application.id;
  const event: StatusEvent = { ...newRecordFields(uuidv7(), actor, now), applicationId, from, to, reason, details };
  await db.events.add(event);
  await enqueue(db, 'events', event.id, now);
  await appendAudit(
    db,
    actor,
    {
      action: 'status',
      subject: { table: 'applications', id: applicationId, label: applicationLabel(application) },
      detail: statusChangeDetail(from, to, reason),
    },
    now,
  );
}

/** The application's status history, oldest first. */
export async function statusHistory(db: TalentCardDb, applicationId: string): Promise<StatusEvent[]> {
  const events = await db.events.where('applicationId').equals(applicationId).toArray();
  return events.filter((event) => !event.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Gives up a draft: it is kept as 已撤回, frees its project place, and its number is never reused. */
export async function withdrawDraft(
  db: TalentCardDb,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<StoreResult<Application>> {
  return db.transaction('rw', [db.applications, db.events, db.audit, db.outbox], async () => {
    const stored = await db.applications.get(id);
    if (stored && !stored.deleted && stored.status !== 'draft') {
      return { ok: false, code: 'not-found', message: `申领编号 ${stored.number} 已不是草稿，不能放弃` };
    }
    return setStatus(db, actor, id, 'withdrawn', '放弃草稿', now);
  });
}

/** Other live applications with the same 证件号码. */
export async function applicationsWithIdNumber(db: TalentCardDb, application: Application): Promise<Application[]> {
  const { idType, idNumber } = application.applicant;
  if (!idNumber) return [];
  const rows = await db.applications
    .where('_idKey')
    .equals(idNumberKey(dataKeys().search, idType, idNumber))
    .toArray();
  return rows.filter((row) => row.id !== application.id && !row.deleted).map(toApplication);
}

export interface ApplicationQuery {
  /** A name prefix, or the tail of a 证件号码 (3 or more digits/X). */
  text?: string;
  status?: ApplicationStatus;
  projectId?: string;
  limit?: number;
}

const ID_TAIL = new RegExp(`^[0-9Xx]{${MIN_ID_TAIL},}$`);

/** The list page: newest first; by name prefix or 证件号码 tail when text is given. */
export async function searchApplications(db: TalentCardDb, query: ApplicationQuery): Promise<Application[]> {
  const limit = query.limit ?? 50;
  const text = query.text?.trim() ?? '';
  const matches = (row: ApplicationRow) =>
    !row.deleted &&
    (!query.status || row.status === query.status) &&
    (!query.projectId || row.projectId === query.projectId);
  let rows: ApplicationRow[];
  if (!text) {
    rows = await db.applications.orderBy('updatedAt').reverse().filter(matches).limit(limit).toArray();
  } else {
    const byName = db.applications.where('_nameKey').startsWith(nameKey(text)).filter(matches).limit(limit).toArray();
    const byId = ID_TAIL.test(text)
      ? db.applications
          .where('_idTails')
          .equals(idTailKey(dataKeys().search, text))
          .filter(matches)
          .limit(limit)
          .toArray()
      : Promise.resolve([]);
    const found = new Map<string, ApplicationRow>();
    for (const row of [...(await byName), ...(await byId)]) found.set(row.id, row);
    rows = [...found.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, limit);
  }
  return rows.map(toApplication);
}

/** Drafts to resume, newest first. */
export function listDrafts(db: TalentCardDb, limit = 20): Promise<Application[]> {
  return searchApplications(db, { status: 'draft', limit });
}
