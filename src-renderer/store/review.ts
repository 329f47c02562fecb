import type { Role } from '../../src-shared/api/roles';
import { isCalendarDate, landingDateError } from '../../src-shared/cards/validity';
import {
  type CardCategory,
  findStep,
  STEP_FIELD_LABELS,
  type Step,
  type StepData,
  type StepField,
  type StepId,
  stepDataErrors,
} from '../../src-shared/cards/workflow';
import type { Application, Landing } from '../../src-shared/registration/application';
import { getApplication, type StoreResult, setStatus } from './applications';
import type { TalentCardDb } from './db';
import type { Actor } from './device';

export type StepResult =
  | { ok: true; value: Application }
  | {
      ok: false;
      code: 'not-found' | 'not-allowed' | 'invalid';
      message: string;
      fields?: Partial<Record<string, string>>;
    };

/** The category of an application (records made before 名企优才类 are 商务精英类). */
export function categoryOf(application: Pick<Application, 'category'>): CardCategory {
  return (application.category as CardCategory | undefined) ?? 'business-elite';
}

/** Today's date at the window ("YYYY-MM-DD", local time). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A step records what has happened: none of its dates may lie after today. */
function futureDateErrors(step: Step, data: StepData, today: string): Partial<Record<StepField, string>> {
  const errors: Partial<Record<StepField, string>> = {};
  for (const field of step.needs) {
    const value = data[field]?.trim() ?? '';
    if ((field === 'date' || field === 'issueDate') && isCalendarDate(value) && value > today) {
      const label = field === 'date' ? (step.dateLabel ?? '日期') : STEP_FIELD_LABELS.issueDate;
      errors[field] = `${label}不能晚于今天（${today}）`;
    }
  }
  return errors;
}

/** The latest date an earlier step recorded for the application, if any. */
async function lastRecordedDate(db: TalentCardDb, id: string): Promise<string | null> {
  let last: string | null = null;
  for (const event of await db.events.where('applicationId').equals(id).toArray()) {
    for (const value of [event.details?.date, event.details?.issueDate]) {
      if (value && isCalendarDate(value) && (last === null || value > last)) last = value;
    }
  }
  return last;
}

/** Steps follow each other: a step's dates may not lie before a date an earlier step recorded. */
function outOfOrderErrors(step: Step, data: StepData, last: string | null): Partial<Record<StepField, string>> {
  const errors: Partial<Record<StepField, string>> = {};
  for (const field of step.needs) {
    const value = data[field]?.trim() ?? '';
    if ((field === 'date' || field === 'issueDate') && last !== null && isCalendarDate(value) && value < last) {
      const label = field === 'date' ? (step.dateLabel ?? '日期') : STEP_FIELD_LABELS.issueDate;
      errors[field] = `${label}不能早于上一步记录的日期（${last}）`;
    }
  }
  return errors;
}

/** Who already holds a card number (姓名（申领编号）), other than the application `exceptId`. */
async function cardNumberHolder(db: TalentCardDb, number: string, exceptId: string): Promise<string | null> {
  const rows = await db.applications.where('status').anyOf(['issued', 'revoked']).toArray();
  const holder = rows.find((row) => !row.deleted && row.id !== exceptId && row.card?.number === number);
  return holder ? `${holder.applicant.name}（${holder.number}）` : null;
}

/**
 * Takes one step of the application's review workflow for this role, with
 * the data the step records, in one transaction with its history event. A
 * step the role may not take from the current status is refused.
 */
export async function takeStep(
  db: TalentCardDb,
  actor: Actor,
  role: Role,
  id: string,
  stepId: StepId,
  data: StepData,
  now = new Date(),
): Promise<StepResult> {
  return db.transaction('rw', [db.applications, db.events, db.audit, db.outbox], async () => {
    const application = await getApplication(db, id);
    if (!application) return { ok: false, code: 'not-found', message: '该申领记录不存在或已删除' };
    const step = findStep(categoryOf(application), stepId);
    if (!step?.from.includes(application.status) || !step.roles.includes(role)) {
      return { ok: false, code: 'not-allowed', message: '当前状态下不能办理这一步，或本机无权办理（请刷新后重试）' };
    }
    // A district window acts on its own district's applications; the server would refuse the rest at sync.
    if (role === 'district' && application.district !== actor.districtCode) {
      return { ok: false, code: 'not-allowed', message: '这份申领属于其他区市，本机（区市窗口）不能办理' };
    }
    const fields: Partial<Record<string, string>> = {
      ...outOfOrderErrors(step, data, await lastRecordedDate(db, id)),
      ...futureDateErrors(step, data, localDate(now)),
      ...stepDataErrors(step, data),
    };
    const details = Object.fromEntries(step.needs.map((field) => [field, data[field]?.trim() ?? '']));
    if (stepId === 'issue' && !fields.cardNumber) {
      const holder = await cardNumberHolder(db, details.cardNumber ?? '', id);
      if (holder) fields.cardNumber = `卡号 ${details.cardNumber} 已发给 ${holder}，卡号不能重复`;
    }
    if (Object.keys(fields).length > 0)
      return { ok: false, code: 'invalid', message: '请补全或更正标出的内容', fields };
    const card =
      stepId === 'issue'
        ? { number: details.cardNumber ?? '', issuedOn: details.issueDate ?? '', revokedOn: null, revokeReason: null }
        : stepId === 'revoke' && application.card
          ? { ...application.card, revokedOn: localDate(now), revokeReason: details.reason ?? '' }
          : undefined;
    const reason = details.reason ?? details.items ?? details.opinion ?? step.label;
    const result: StoreResult<Application> = await setStatus(
      db,
      actor,
      id,
      step.to,
      reason,
      now,
      card ? { card } : {},
      details,
    );
    return result.ok ? result : { ok: false, code: 'not-found', message: result.message };
  });
}

/** Who may record a 落地 (引进): the windows and the city, as for the other steps of an issued card. */
export const LANDING_ROLES: readonly Role[] = ['district', 'city'];

/**
 * Records the project's 落地 (or the talent's 正式引进) on an issued card,
 * with its evidence, which extends its green channel
 * (src-shared/cards/validity.ts). Recorded once: the history keeps it.
 */
export async function recordLanding(
  db: TalentCardDb,
  actor: Actor,
  role: Role,
  id: string,
  landing: Landing,
  now = new Date(),
): Promise<StepResult> {
  return db.transaction('rw', [db.applications, db.events, db.audit, db.outbox], async () => {
    const application = await getApplication(db, id);
    if (!application) return { ok: false, code: 'not-found', message: '该申领记录不存在或已删除' };
    const label = categoryOf(application) === 'business-elite' ? '记录项目落地' : '记录人才正式引进';
    if (!LANDING_ROLES.includes(role)) return { ok: false, code: 'not-allowed', message: `本机无权${label}` };
    if (application.status !== 'issued' || !application.card) {
      return { ok: false, code: 'not-allowed', message: '英才卡发放后才能记录落地（引进）' };
    }
    if (application.landing) {
      return { ok: false, code: 'not-allowed', message: `已于 ${application.landing.date} 记录落地（引进）` };
    }
    const fields: Record<string, string> = {};
    const error = landingDateError(application.card, landing.date, localDate(now));
    if (error) fields.date = error;
    if (landing.evidence.length === 0)
      fields.evidence = '请添加证明材料（如营业执照、投资协议、劳动合同或社保缴纳证明）';
    if (landing.note.trim().length > 500) fields.note = '备注过长（最多 500 字）';
    if (Object.keys(fields).length > 0) {
      return { ok: false, code: 'invalid', message: Object.values(fields).join('；'), fields };
    }
    const kept = { ...landing, evidence: [...new Set(landing.evidence)], note: landing.note.trim() };
    const details: Record<string, string> = { date: kept.date, evidence: `${kept.evidence.length} 份` };
    if (kept.note) details.note = kept.note;
    const result = await setStatus(db, actor, id, 'issued', label, now, { landing: kept }, details);
    return result.ok ? result : { ok: false, code: 'not-found', message: result.message };
  });
}
