import type { Role } from '../../src-shared/api/roles';
import { landingDateError } from '../../src-shared/cards/validity';
import {
  type CardCategory,
  findStep,
  type StepData,
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
  return db.transaction('rw', [db.applications, db.events, db.outbox], async () => {
    const application = await getApplication(db, id);
    if (!application) return { ok: false, code: 'not-found', message: '该申领记录不存在或已删除' };
    const step = findStep(categoryOf(application), stepId);
    if (!step?.from.includes(application.status) || !step.roles.includes(role)) {
      return { ok: false, code: 'not-allowed', message: '当前状态下不能办理这一步，或本机无权办理（请刷新后重试）' };
    }
    const fields = stepDataErrors(step, data);
    if (Object.keys(fields).length > 0)
      return { ok: false, code: 'invalid', message: '请补全或更正标出的内容', fields };
    const details = Object.fromEntries(step.needs.map((field) => [field, data[field]?.trim() ?? '']));
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

/**
 * Records the project's 落地 (or the talent's 正式引进) on an issued card,
 * which extends its green channel (src-shared/cards/validity.ts).
 */
export async function recordLanding(
  db: TalentCardDb,
  actor: Actor,
  id: string,
  landing: Landing,
  now = new Date(),
): Promise<StepResult> {
  return db.transaction('rw', [db.applications, db.events, db.outbox], async () => {
    const application = await getApplication(db, id);
    if (!application) return { ok: false, code: 'not-found', message: '该申领记录不存在或已删除' };
    if (application.status !== 'issued' || !application.card) {
      return { ok: false, code: 'not-allowed', message: '英才卡发放后才能记录落地（引进）' };
    }
    const error = landingDateError(application.card, landing.date, localDate(now));
    if (error) return { ok: false, code: 'invalid', message: error, fields: { date: error } };
    const label = categoryOf(application) === 'business-elite' ? '记录项目落地' : '记录人才正式引进';
    const kept = { ...landing, note: landing.note.trim() };
    const result = await setStatus(db, actor, id, 'issued', label, now, { landing: kept }, { date: landing.date });
    return result.ok ? result : { ok: false, code: 'not-found', message: result.message };
  });
}
