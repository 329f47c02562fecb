import { isCalendarDate } from '../../../src-shared/cards/validity';
import { objections } from '../../../src-shared/stations/blockers';
import type { StationPolicy } from '../../../src-shared/stations/policy';
import type { Station, StationEvent } from '../../../src-shared/stations/station';
import type { StationStep, StationStepField } from '../../../src-shared/stations/workflow';
import { calendarCovers, workingDaySpan } from '../../../src-shared/stations/working-days';

/**
 * What a station step's dialog starts with and the words it shows beside
 * its fields: kept apart from the components so they can be read (and
 * tested) as plain rules.
 */

/** The first words of a text, for a one-line label. */
export function firstWords(text: string, length = 18): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length)}…` : line;
}

export interface ObjectionOption {
  value: string;
  label: string;
}

/** The objections of the 公示 not yet settled, labelled by the day received and the first words of the content. */
export function openObjectionOptions(events: readonly StationEvent[]): ObjectionOption[] {
  return objections(events)
    .filter((entry) => entry.settled === null)
    .map(({ objection }) => ({
      value: objection.id,
      label: `${objection.date} 收到：${firstWords(objection.details.content ?? '')}`,
    }));
}

/**
 * The year a 工作计划 or 工作总结 is most likely filed for: the plan of this
 * year (due at its start), the summary of last year (due at the start of
 * this one); the next year when that one is on file already.
 */
export function defaultReportYear(step: StationStep, events: readonly StationEvent[], today: string): string {
  const thisYear = Number(today.slice(0, 4));
  const filed = new Set(events.filter((e) => !e.deleted && e.step === step.id).map((e) => e.details.year));
  let year = step.id === 'summary' ? thisYear - 1 : thisYear;
  while (filed.has(String(year)) && year <= thisYear) year += 1;
  return String(year);
}

/** The dialog's starting values: a sensible year, and the only open objection chosen already. */
export function initialStepData(
  step: StationStep,
  events: readonly StationEvent[],
  today: string,
): Record<string, string> {
  const data: Record<string, string> = {};
  for (const field of step.fields) {
    if (field.kind === 'year') data[field.key] = defaultReportYear(step, events, today);
    if (field.kind === 'objection') {
      const open = openObjectionOptions(events);
      if (open.length === 1 && open[0]) data[field.key] = open[0].value;
    }
  }
  return data;
}

/**
 * Under 公示开始日期: when the 公示 will end, as the store will record it
 * (公示期 5 个工作日，至 2023-10-09（已计入节假日与调休）); null until the
 * start is a date.
 */
export function publicityEndText(start: string, policy: StationPolicy): string | null {
  if (!isCalendarDate(start)) return null;
  const days = policy.publicityWorkingDays;
  const span = workingDaySpan(start, days);
  const from = span.first === start ? '' : `${start} 不是工作日，自 ${span.first} 起算；`;
  if (!span.estimated) return `公示期 ${days} 个工作日，${from}至 ${span.last}（已计入节假日与调休）`;
  const years = [...new Set([start, span.last].map((day) => Number(day.slice(0, 4))))]
    .filter((year) => !calendarCovers(year))
    .join('、');
  return `公示期 ${days} 个工作日，${from}至 ${span.last}（本程序的日历尚未收录 ${years} 年国务院公布的节假日安排，暂按周一至周五估算，请核对）`;
}

/**
 * Whether a field the workflow marks optional is needed for this station
 * (steps.ts): the district's recommendation, when the station applies through
 * its district.
 */
export function fieldNeeded(field: StationStepField, station: Pick<Station, 'route'>): boolean {
  if (!field.optional) return true;
  return field.key === 'recommendation' && station.route === 'district';
}

/** "还有 12 天" / "今天到期" / "已逾期 3 天", from today to a due day. */
export function daysLeftText(days: number): string {
  if (days > 0) return `还有 ${days} 天`;
  if (days === 0) return '今天到期';
  return `已逾期 ${-days} 天`;
}
