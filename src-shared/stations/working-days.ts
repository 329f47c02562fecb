// The calendar as the data file the package ships (its README offers it for direct use). Its date
// functions are not used: they read "YYYY-MM-DD" as UTC midnight and answer in the machine's time
// zone, so west of UTC every ordinary Saturday came out a working day and every Monday a day off.
import calendar from 'chinese-days/dist/chinese-days.json';
import { addDays } from '../cards/validity';

/**
 * Working days (工作日) in mainland China: Monday to Friday, except the
 * official holidays, plus the weekend days made working days (调休), as the
 * State Council publishes them each year. The calendar comes from the
 * `chinese-days` package, updated with each year's notice; a year it does
 * not hold yet is counted Monday to Friday and said to be an estimate.
 * Nothing here depends on the machine's time zone.
 */

const { holidays, workdays } = calendar as { holidays: Record<string, string>; workdays: Record<string, string> };

/** Every year has 元旦, so a year with no holiday listed is one the package does not hold yet. */
const coveredYears = new Set(Object.keys(holidays).map((date) => Number(date.slice(0, 4))));

/** Whether the package holds the official calendar for a year. */
export function calendarCovers(year: number): boolean {
  return coveredYears.has(year);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Whether a day is a working day; for a year not yet covered, Monday to Friday. */
export function isWorkingDay(date: string): boolean {
  if (Object.hasOwn(workdays, date)) return true;
  if (Object.hasOwn(holidays, date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

export interface WorkingDaySpan {
  /** The first working day: `start` itself when it is one, else the next. */
  first: string;
  /** The n-th working day counted from `first` (which is the 1st). */
  last: string;
  /** True when a year in between is not covered by the official calendar yet. */
  estimated: boolean;
}

/**
 * A period of `count` working days starting on `start`: 公示 starting on a
 * Friday before National Day runs through the 调休 Saturday after it.
 */
export function workingDaySpan(start: string, count: number): WorkingDaySpan {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer: ${count}`);
  let day = start;
  let first: string | null = null;
  let seen = 0;
  let estimated = false;
  for (;;) {
    if (!calendarCovers(Number(day.slice(0, 4)))) estimated = true;
    if (isWorkingDay(day)) {
      first ??= day;
      seen += 1;
      if (seen === count) return { first, last: day, estimated };
    }
    day = addDays(day, 1);
  }
}

/** Working days from `from` to `to`, both included (0 when `to` is earlier). */
export function workingDaysBetween(from: string, to: string): number {
  let count = 0;
  for (let day = from; day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}
