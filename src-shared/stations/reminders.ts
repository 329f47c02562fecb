import { addDays, daysBetween } from '../cards/validity';
import { nextEvaluationDue } from './evaluation';
import { policyById, type StationPolicy } from './policy';
import type { Station, StationEvent, StationStatus } from './station';
import { workingDaysBetween } from './working-days';

/**
 * The 工作台's reminders for talent stations, as pure rules over the store's
 * rows (《威海市高层次人才驿站管理暂行办法》 第七条, 第十六条, 第十七条):
 *
 * - 公示: every station 公示中, until 公布 or 公示未通过 is recorded. Once
 *   the period has ended (today is after its last working day) the step is
 *   due: the message says to record 公布.
 * - 评估: stations 已认定 / 整改中 whose next evaluation (evaluation.ts) is
 *   due within {@link EVALUATION_REMINDER_DAYS} days, overdue ones included.
 * - 整改: every station 整改中, with its deadline (they are few).
 * - 年度计划、总结 (第十六条 (六)): for the due dates in this year and the
 *   next (so that January's are shown from early December), while the due
 *   date is within {@link REPORT_REMINDER_DAYS} days (overdue included)
 *   and nothing is filed for that year:
 *   · the summary of year S, due on the policy's `summaryDue` in S + 1, from
 *     stations designated (approval date) on or before S-12-31;
 *   · the plan of year P, due on the policy's `planDue` in P, from stations
 *     designated on or before P-01-01.
 *   An unfiled report drops off at the end of the year it was due in; the
 *   evaluation's item (六) is where it counts after that.
 *
 * `daysLeft` is always whole calendar days from today to the date: 0 when
 * the date is today, negative once it has passed. Deleted stations and
 * events are ignored; revoked stations have no reminders.
 */

/** An evaluation is shown once it is due within this many days (`daysLeft ≤ 60`), and while overdue. */
export const EVALUATION_REMINDER_DAYS = 60;

/** A yearly plan or summary is shown once it is due within this many days, and while overdue. */
export const REPORT_REMINDER_DAYS = 60;

export interface StationReminderItem {
  /** The station's id. */
  id: string;
  name: string;
  /** District code (src-shared/codes/districts). */
  district: string;
  status: StationStatus;
  /** What to show, in Chinese. */
  message: string;
}

export interface PublicityReminder extends StationReminderItem {
  start: string;
  /** The period's last working day. */
  end: string;
  /** The period was counted Monday to Friday (the year's calendar was not out). */
  estimated: boolean;
  /** Working days of the period after today (0 on its last day and once it has ended). */
  workingDaysLeft: number;
  /** Today is after `end`: 公布 (or 公示未通过) can and should be recorded. */
  ended: boolean;
}

export interface EvaluationReminder extends StationReminderItem {
  approvalDate: string;
  dueDate: string;
  daysLeft: number;
}

export interface RectificationReminder extends StationReminderItem {
  items: string;
  orderedOn: string;
  deadline: string;
  daysLeft: number;
}

export type ReportKind = 'plan' | 'summary';

export interface ReportReminder extends StationReminderItem {
  kind: ReportKind;
  /** The year the plan or summary is for. */
  year: number;
  dueDate: string;
  daysLeft: number;
}

export interface StationReminders {
  publicity: PublicityReminder[];
  evaluations: EvaluationReminder[];
  rectifications: RectificationReminder[];
  reports: ReportReminder[];
}

export interface StationReminderInput {
  stations: readonly Station[];
  /** Every station event (of all stations). */
  events: readonly StationEvent[];
  /** "YYYY-MM-DD" in Weihai. */
  today: string;
}

const ON_FILE: readonly StationStatus[] = ['designated', 'rectifying'];

function item(station: Station, message: string): StationReminderItem {
  return { id: station.id, name: station.name, district: station.district, status: station.status, message };
}

/** A station 公示中, with what is left of the period. */
export function publicityReminder(station: Station, today: string): PublicityReminder | null {
  const period = station.publicity;
  if (station.deleted || station.status !== 'publicizing' || !period) return null;
  const ended = today > period.end;
  const workingDaysLeft = workingDaysBetween(addDays(today, 1), period.end);
  let message: string;
  if (ended) message = `公示期已于 ${period.end} 届满，请记录“核准公布并授牌”（异议成立的，记录“公示未通过”）`;
  else if (today === period.end) message = `公示期今天（${period.end}）届满，明天起可记录公布`;
  else message = `公示期至 ${period.end}，今天之后还有 ${workingDaysLeft} 个工作日`;
  if (period.estimated) message += '（当年节假日安排未公布，公示期按周一至周五估算）';
  return {
    ...item(station, message),
    start: period.start,
    end: period.end,
    estimated: period.estimated,
    workingDaysLeft,
    ended,
  };
}

/** "还有 N 天" / "今天到期" / "已逾期 N 天". */
function dueText(daysLeft: number): string {
  if (daysLeft > 0) return `还有 ${daysLeft} 天`;
  if (daysLeft === 0) return '今天到期';
  return `已逾期 ${-daysLeft} 天`;
}

/** The next evaluation of a station on file, when due within 60 days or overdue; `events` may hold other stations' too. */
export function evaluationReminder(
  station: Station,
  events: readonly StationEvent[],
  today: string,
): EvaluationReminder | null {
  if (station.deleted || !ON_FILE.includes(station.status) || !station.designation) return null;
  const own = events.filter((e) => e.stationId === station.id);
  const dueDate = nextEvaluationDue(station, own, policyById(station.policyVersion));
  if (!dueDate) return null;
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft > EVALUATION_REMINDER_DAYS) return null;
  let message = `应于 ${dueDate} 评估，${dueText(daysLeft)}`;
  if (station.status === 'rectifying') message += '；整改验收合格后才能记录评估';
  return { ...item(station, message), approvalDate: station.designation.approvalDate, dueDate, daysLeft };
}

/** A station 整改中 and its deadline. */
export function rectificationReminder(station: Station, today: string): RectificationReminder | null {
  const rectification = station.rectification;
  if (station.deleted || station.status !== 'rectifying' || !rectification) return null;
  const { deadline } = rectification;
  const daysLeft = daysBetween(today, deadline);
  let message: string;
  if (daysLeft > 0) message = `整改期限至 ${deadline}，还有 ${daysLeft} 天`;
  else if (daysLeft === 0) message = `整改期限今天（${deadline}）届满`;
  else message = `整改期限已于 ${deadline} 届满，请记录“整改验收合格”或“取消称号”`;
  return {
    ...item(station, message),
    items: rectification.items,
    orderedOn: rectification.orderedOn,
    deadline,
    daysLeft,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayIn = (year: number, due: StationPolicy['planDue']) => `${year}-${pad(due.month)}-${pad(due.day)}`;

/** The yearly plans and summaries of a station on file that are due soon or overdue and not filed; `events` may hold other stations' too. */
export function reportReminders(station: Station, events: readonly StationEvent[], today: string): ReportReminder[] {
  if (station.deleted || !ON_FILE.includes(station.status) || !station.designation) return [];
  const approval = station.designation.approvalDate;
  const policy = policyById(station.policyVersion);
  const filed = (kind: ReportKind, year: number) =>
    events.some((e) => e.stationId === station.id && !e.deleted && e.step === kind && e.details.year === String(year));
  const thisYear = Number(today.slice(0, 4));
  const due: { kind: ReportKind; year: number; dueDate: string; from: string }[] = [];
  for (const dueYear of [thisYear, thisYear + 1]) {
    due.push({
      kind: 'summary',
      year: dueYear - 1,
      dueDate: dayIn(dueYear, policy.summaryDue),
      from: `${dueYear - 1}-12-31`,
    });
    due.push({ kind: 'plan', year: dueYear, dueDate: dayIn(dueYear, policy.planDue), from: `${dueYear}-01-01` });
  }
  const reminders: ReportReminder[] = [];
  for (const { kind, year, dueDate, from } of due) {
    const daysLeft = daysBetween(today, dueDate);
    if (approval > from || daysLeft > REPORT_REMINDER_DAYS || filed(kind, year)) continue;
    const what = `${year} 年度${kind === 'plan' ? '工作计划' : '工作总结'}`;
    const message = `${what}应于 ${dueDate} 前报送，${dueText(daysLeft)}`;
    reminders.push({ ...item(station, message), kind, year, dueDate, daysLeft });
  }
  return reminders;
}

const byName = (a: StationReminderItem, b: StationReminderItem) =>
  a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);

/** All four lists, each soonest first (then by station name). */
export function stationReminders({ stations, events, today }: StationReminderInput): StationReminders {
  const byStation = new Map<string, StationEvent[]>();
  for (const event of events) {
    if (event.deleted) continue;
    const list = byStation.get(event.stationId);
    if (list) list.push(event);
    else byStation.set(event.stationId, [event]);
  }
  const result: StationReminders = { publicity: [], evaluations: [], rectifications: [], reports: [] };
  for (const station of stations) {
    const own = byStation.get(station.id) ?? [];
    const publicity = publicityReminder(station, today);
    if (publicity) result.publicity.push(publicity);
    const evaluation = evaluationReminder(station, own, today);
    if (evaluation) result.evaluations.push(evaluation);
    const rectification = rectificationReminder(station, today);
    if (rectification) result.rectifications.push(rectification);
    result.reports.push(...reportReminders(station, own, today));
  }
  result.publicity.sort((a, b) => a.end.localeCompare(b.end) || byName(a, b));
  result.evaluations.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || byName(a, b));
  result.rectifications.sort((a, b) => a.deadline.localeCompare(b.deadline) || byName(a, b));
  result.reports.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || byName(a, b) || a.year - b.year || a.kind.localeCompare(b.kind),
  );
  return result;
}

/** How many station reminders there are, for the 工作台 badge. */
export function stationReminderCount(lists: StationReminders): number {
  return lists.publicity.length + lists.evaluations.length + lists.rectifications.length + lists.reports.length;
}
