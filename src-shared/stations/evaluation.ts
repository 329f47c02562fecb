import { addDays, isCalendarDate, lastDayOf } from '../cards/validity';
import type { FieldErrors } from '../registration/rules/field-errors';
import type { StationPolicy } from './policy';
import {
  EVALUATION_ITEMS,
  type EvaluationOutcome,
  type Station,
  type StationActivity,
  type StationEvaluation,
  type StationEvent,
} from './station';

/**
 * The biennial evaluation (第十六条): when it is due, what the activity log
 * says for the period, and whether what staff typed can be recorded.
 */

/** The same day `years` years later (29 February → 1 March in a common year). */
export function anniversary(date: string, years: number): string {
  return addDays(lastDayOf(date, years), 1);
}

function liveEvaluations(events: readonly StationEvent[]): StationEvent[] {
  return events.filter((e) => !e.deleted && e.step === 'evaluate').sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The next evaluation's due date: 2, 4, 6 … years after the approval
 * (公布), the first not yet answered by an evaluation. Null until designated
 * and once the title is revoked.
 */
export function nextEvaluationDue(
  station: Pick<Station, 'designation' | 'status'>,
  events: readonly StationEvent[],
  policy: StationPolicy,
): string | null {
  if (!station.designation || station.status === 'revoked') return null;
  const done = liveEvaluations(events).length;
  return anniversary(station.designation.approvalDate, policy.evaluationIntervalYears * (done + 1));
}

/** The first day an evaluation on `date` counts activities from: the day after the last one, or the approval. */
export function evaluationPeriodStart(
  station: Pick<Station, 'designation'>,
  events: readonly StationEvent[],
  date: string,
): string {
  const earlier = liveEvaluations(events).filter((e) => e.date <= date);
  const last = earlier[earlier.length - 1];
  if (last) return addDays(last.date, 1);
  return station.designation?.approvalDate ?? date;
}

export interface ActivityTotals {
  activityCount: number;
  servedCount: number;
  participants: number;
}

/** The activity log's totals from `from` to `to`, both included. */
export function activityTotals(activities: readonly StationActivity[], from: string, to: string): ActivityTotals {
  const totals: ActivityTotals = { activityCount: 0, servedCount: 0, participants: 0 };
  for (const activity of activities) {
    if (activity.deleted || activity.date < from || activity.date > to) continue;
    totals.activityCount += 1;
    totals.servedCount += activity.expertsServed;
    totals.participants += activity.participants;
  }
  return totals;
}

/** The evaluation as staff typed it: scores and amounts as text. */
export interface EvaluationInput {
  items: { score: string; note: string }[];
  outcome: EvaluationOutcome | '';
  subsidyWan: string;
  decisionReference: string;
  rectifyItems: string;
  rectifyDeadline: string;
}

export function emptyEvaluationInput(): EvaluationInput {
  return {
    items: EVALUATION_ITEMS.map(() => ({ score: '', note: '' })),
    outcome: '',
    subsidyWan: '',
    decisionReference: '',
    rectifyItems: '',
    rectifyDeadline: '',
  };
}

const NUMBER = /^\d+(\.\d)?$/;

export type EvaluationParse =
  | { ok: true; value: Omit<StationEvaluation, 'dueDate' | 'periodStart' | 'activityCount' | 'servedCount'> }
  | { ok: false; errors: FieldErrors };

/**
 * Checks an evaluation recorded on `date`; problems are keyed `item1` …
 * `item6`, `outcome`, `subsidyWan`, `decisionReference`, `rectifyItems`,
 * `rectifyDeadline`.
 */
export function parseEvaluation(input: EvaluationInput, policy: StationPolicy, date: string): EvaluationParse {
  const errors: FieldErrors = {};
  const max = policy.evaluationItemMaxScore;
  const items = EVALUATION_ITEMS.map((_, index) => {
    const given = input.items[index] ?? { score: '', note: '' };
    const score = given.score.trim();
    const key = `item${index + 1}`;
    if (score === '') errors[key] = `请为第${index + 1}项评分`;
    else if (!NUMBER.test(score) || Number(score) > max)
      errors[key] = `第${index + 1}项的评分应为 0–${max} 的数，最多一位小数`;
    else if (given.note.length > 500) errors[key] = `第${index + 1}项的说明过长（最多 500 字）`;
    return { score: Number(score), note: given.note.trim() };
  });
  const outcome = input.outcome;
  if (outcome === '') errors.outcome = '请选择评估结论';
  let subsidyWan: number | null = null;
  const decisionReference = input.decisionReference.trim();
  const rectifyItems = input.rectifyItems.trim();
  const rectifyDeadline = input.rectifyDeadline.trim();
  if (outcome === 'demonstration') {
    const { min, max: most } = policy.demonstrationSubsidyWan;
    const amount = input.subsidyWan.trim();
    if (amount === '') errors.subsidyWan = '请填写示范站建站补助金额（万元）';
    else if (!NUMBER.test(amount) || Number(amount) < min || Number(amount) > most)
      errors.subsidyWan = `示范站建站补助为每站 ${min}–${most} 万元（第九条），请核对金额`;
    else subsidyWan = Number(amount);
    if (decisionReference === '') errors.decisionReference = '请填写确定示范站的决定文号';
  }
  if (outcome === 'rectify') {
    if (rectifyItems === '') errors.rectifyItems = '请填写整改意见（需整改的事项）';
    if (rectifyDeadline === '') errors.rectifyDeadline = '请填写整改期限';
    else if (!isCalendarDate(rectifyDeadline)) errors.rectifyDeadline = '整改期限应为“年-月-日”，例如 2026-03-01';
    else if (rectifyDeadline <= date) errors.rectifyDeadline = '整改期限应晚于评估日期';
  }
  if (Object.keys(errors).length > 0 || outcome === '') return { ok: false, errors };
  return {
    ok: true,
    value: {
      items,
      outcome,
      subsidyWan,
      decisionReference: outcome === 'demonstration' ? decisionReference : '',
      rectifyItems: outcome === 'rectify' ? rectifyItems : '',
      rectifyDeadline: outcome === 'rectify' ? rectifyDeadline : '',
    },
  };
}

/** The outcome of the latest evaluation, if any (示范站 is shown on the station). */
export function latestEvaluation(events: readonly StationEvent[]): StationEvent | null {
  const all = liveEvaluations(events);
  return all[all.length - 1] ?? null;
}
