import type { Role } from '../api/roles';
import { isCalendarDate } from '../cards/validity';
import { districtByCode } from '../codes/districts';
import type { FieldErrors } from '../registration/rules/field-errors';
import { applicationGaps, BLOCKED, objections } from './blockers';
import {
  activityTotals,
  type EvaluationInput,
  evaluationPeriodStart,
  latestEvaluation,
  nextEvaluationDue,
  parseEvaluation,
} from './evaluation';
import { policyById, policyFor } from './policy';
import {
  STATION_STATUS_LABELS,
  type Station,
  type StationActivity,
  type StationEvaluation,
  type StationEvent,
  type StationStatus,
} from './station';
import type { StationStep } from './workflow';
import { workingDaySpan } from './working-days';

/**
 * Whether a step can be recorded on a station now, given its history, and
 * what recording it writes: the pure rule the store applies inside its
 * transaction. Every refusal is a Chinese message, keyed by field where a
 * field is at fault (`form` otherwise).
 */

export interface StepContext {
  station: Station;
  /** The station's events (deleted ones are ignored). */
  events: readonly StationEvent[];
  /** The station's activity log, for an evaluation's counts. */
  activities: readonly StationActivity[];
  role: Role;
  /** The acting device's district (a district window acts on its own district's stations only). */
  deviceDistrict: string;
  /** "YYYY-MM-DD" in Weihai. */
  today: string;
}

export interface StepInput {
  /** The step's fields by key (workflow.ts), as typed. */
  data: Record<string, string>;
  evidence: readonly string[];
  /** For 记录评估. */
  evaluation?: EvaluationInput;
}

export type StationChange = Partial<
  Pick<Station, 'status' | 'policyVersion' | 'publicity' | 'designation' | 'rectification' | 'revokedOn'>
>;

export type StepPlan =
  | {
      ok: true;
      to: StationStatus;
      date: string;
      details: Record<string, string>;
      evaluation: StationEvaluation | null;
      /** What changes on the station record. */
      change: StationChange;
    }
  | { ok: false; message: string; fields: FieldErrors };

function refuse(message: string, fields: FieldErrors = {}): StepPlan {
  return { ok: false, message, fields };
}

const live = (events: readonly StationEvent[]) => events.filter((e) => !e.deleted);

/** The latest day a status-changing step happened on; a later step may not be dated before it. */
function lastMoveDate(events: readonly StationEvent[]): string | null {
  let last: string | null = null;
  for (const event of live(events))
    if (event.from !== event.to && (last === null || event.date > last)) last = event.date;
  return last;
}

function fieldErrors(step: StationStep, data: Record<string, string>, today: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of step.fields) {
    const value = data[field.key]?.trim() ?? '';
    if (value === '') {
      if (!field.optional)
        errors[field.key] =
          field.kind === 'yes-no' || field.kind === 'objection' ? `请选择${field.label}` : `请填写${field.label}`;
      continue;
    }
    if (field.kind === 'date') {
      if (!isCalendarDate(value)) errors[field.key] = `${field.label}应为“年-月-日”，例如 2026-03-01`;
      else if (value > today) errors[field.key] = `${field.label}不能晚于今天（${today}）`;
    } else if (field.kind === 'year') {
      if (!/^\d{4}$/.test(value)) errors[field.key] = `${field.label}应为四位年份，例如 2025`;
    } else if (field.kind === 'yes-no') {
      if (value !== 'yes' && value !== 'no') errors[field.key] = `请选择${field.label}`;
    } else if (value.length > (field.kind === 'longtext' ? 2000 : 200)) {
      errors[field.key] = `${field.label}过长（最多 ${field.kind === 'longtext' ? 2000 : 200} 字）`;
    }
  }
  return errors;
}

/** Checks a step against the station and its history; see {@link StepPlan}. */
export function planStationStep(step: StationStep, input: StepInput, context: StepContext): StepPlan {
  const { station, role, today } = context;
  const events = live(context.events);
  if (station.deleted) return refuse('该驿站已删除');
  if (role === 'admin') return refuse('管理员账号不办理驿站业务，请用市级或区市窗口的账号记录');
  if (!step.roles.includes(role)) return refuse(`“${step.label}”由市人力资源和社会保障局记录，区市窗口不能记录`);
  if (!step.from.includes(station.status)) {
    return refuse(`驿站现为“${STATION_STATUS_LABELS[station.status]}”，不能“${step.label}”`);
  }
  if (role === 'district' && station.district !== context.deviceDistrict) {
    const name = districtByCode(station.district)?.label ?? station.district;
    return refuse(`该驿站属于${name}，本机只能办理本区市的驿站`);
  }
  const data = Object.fromEntries(step.fields.map((f) => [f.key, trimmed(input.data, f.key)]));
  const errors = fieldErrors(step, data, today);
  if (step.evidence === 'required' && input.evidence.length === 0) errors.evidence = '请附上报送的文件';
  const day = data.date ?? '';
  const last = lastMoveDate(events);
  if (!errors.date && last && day < last && step.to !== 'same') errors.date = `不能早于上一步的日期（${last}）`;
  if (Object.keys(errors).length > 0) return refuse('请更正标出的内容', errors);

  const policy = policyById(station.policyVersion);
  const to = step.to === 'same' ? station.status : step.to;
  const ok = (
    change: StationChange = {},
    extra: Record<string, string> = {},
    evaluation: StationEvaluation | null = null,
  ): StepPlan => {
    // An evaluation that orders rectification leads to 整改中 (the step's other target).
    const status = evaluation?.outcome === 'rectify' ? 'rectifying' : to;
    return {
      ok: true,
      to: status,
      date: day,
      details: { ...data, ...extra },
      evaluation,
      change: { status, ...change },
    };
  };

  switch (step.id) {
    case 'apply': {
      const choice = policyFor(day);
      if (!choice)
        return refuse('请更正标出的内容', {
          date: '申报日期早于《威海市高层次人才驿站管理暂行办法》施行日（2020-12-14）',
        });
      if (station.route === 'district' && !data.recommendation)
        return refuse('请更正标出的内容', {
          recommendation: '经区市推荐申报的，请填写区市人力资源社会保障部门推荐意见',
        });
      if (station.route !== 'district' && role !== 'city') return refuse(BLOCKED.directRoute);
      const gaps = applicationGaps(station);
      if (gaps.length > 0) return refuse(BLOCKED.gaps(gaps));
      return ok({ policyVersion: choice.policy.id }, choice.continued ? { policyContinued: 'yes' } : {});
    }
    case 'publicize': {
      const span = workingDaySpan(day, policy.publicityWorkingDays);
      const publicity = { start: span.first, end: span.last, estimated: span.estimated };
      return ok({ publicity }, { end: span.last, ...(span.estimated ? { estimated: 'yes' } : {}) });
    }
    case 'object': {
      const period = station.publicity;
      if (period && (day < period.start || day > period.end))
        return refuse('请更正标出的内容', { date: `异议应在公示期内（${period.start} 至 ${period.end}）提出` });
      return ok();
    }
    case 'settle': {
      const entry = objections(events).find((o) => o.objection.id === data.objection);
      if (!entry) return refuse('请更正标出的内容', { objection: '请选择本驿站公示期间记录的一条异议' });
      if (entry.settled) return refuse('请更正标出的内容', { objection: `该异议已于 ${entry.settled.date} 处理` });
      if (day < entry.objection.date)
        return refuse('请更正标出的内容', { date: `处理日期不能早于收到异议的日期（${entry.objection.date}）` });
      return ok();
    }
    case 'publish': {
      const end = station.publicity?.end;
      if (end && day <= end) return refuse('请更正标出的内容', { date: BLOCKED.publicityRunning(end) });
      const all = objections(events);
      const open = all.filter((o) => !o.settled).length;
      if (open > 0) return refuse(BLOCKED.openObjections(open));
      if (all.some((o) => o.settled?.details.upheld === 'yes')) return refuse(BLOCKED.upheld);
      if ((data.plaqueDate ?? '') < day) return refuse('请更正标出的内容', { plaqueDate: '授牌日期不能早于核准日期' });
      return ok({
        designation: { approvalDate: day, reference: data.reference ?? '', plaqueDate: data.plaqueDate ?? day },
      });
    }
    case 'publicity-fail': {
      if (!objections(events).some((o) => o.settled?.details.upheld === 'yes')) return refuse(BLOCKED.noUpheld);
      return ok();
    }
    case 'plan':
    case 'summary':
      return planReport(step, data, events, station, ok);
    case 'evaluate': {
      if (!input.evaluation) return refuse('请填写评估内容');
      const parsed = parseEvaluation(input.evaluation, policy, day);
      if (!parsed.ok) return refuse('请更正标出的内容', parsed.errors);
      const approval = station.designation?.approvalDate;
      if (approval && day < approval)
        return refuse('请更正标出的内容', { date: `评估日期不能早于认定（核准）日期 ${approval}` });
      // A 合格 evaluation keeps the status, so the rule on the previous step's date does not cover it.
      const previous = latestEvaluation(events);
      if (previous && day <= previous.date)
        return refuse('请更正标出的内容', { date: `评估日期应晚于上次评估的日期（${previous.date}）` });
      const dueDate = nextEvaluationDue(station, events, policy) ?? day;
      const periodStart = evaluationPeriodStart(station, events, day);
      const totals = activityTotals(context.activities, periodStart, day);
      const evaluation: StationEvaluation = {
        ...parsed.value,
        dueDate,
        periodStart,
        activityCount: totals.activityCount,
        servedCount: totals.servedCount,
      };
      const rectification =
        parsed.value.outcome === 'rectify'
          ? { items: parsed.value.rectifyItems, deadline: parsed.value.rectifyDeadline, orderedOn: day }
          : null;
      return ok({ rectification }, {}, evaluation);
    }
    case 'review-rectification':
      return ok({ rectification: null });
    case 'revoke': {
      const deadline = station.rectification?.deadline;
      // 整改期限 is the last day to rectify; the title can be revoked from the day after.
      if (deadline && day <= deadline) return refuse('请更正标出的内容', { date: BLOCKED.rectifying(deadline) });
      return ok({ revokedOn: day });
    }
    default:
      return ok();
  }
}

function trimmed(data: Record<string, string>, key: string): string {
  return (data[key] ?? '').trim();
}

type Ok = (change?: StationChange, extra?: Record<string, string>) => StepPlan;

/** 年度工作计划 / 工作总结: one per year, for a year the station was on file. */
function planReport(
  step: StationStep,
  data: Record<string, string>,
  events: readonly StationEvent[],
  station: Station,
  ok: Ok,
): StepPlan {
  const year = Number(data.year);
  const kind = step.id === 'plan' ? '工作计划' : '工作总结';
  const from = Number((station.designation?.approvalDate ?? data.date ?? '').slice(0, 4));
  const filedIn = Number((data.date ?? '').slice(0, 4));
  const latest = step.id === 'plan' ? filedIn + 1 : filedIn;
  if (year < from || year > latest)
    return refuse('请更正标出的内容', { year: `${kind}的年度应在 ${from}–${latest} 年之间` });
  const earlier = events.find((e) => e.step === step.id && e.details.year === data.year);
  if (earlier) return refuse('请更正标出的内容', { year: `${year} 年度${kind}已于 ${earlier.date} 报送` });
  return ok();
}
