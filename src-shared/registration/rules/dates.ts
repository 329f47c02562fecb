import { fail, ok, type ParseResult } from './result';

/**
 * Month ("YYYY-MM") and date ("YYYY-MM-DD") helpers. Dates are calendar dates
 * without a time zone; "today" is the device's local date, which is what the
 * staff member sees on the wall calendar.
 */

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The local calendar date of `today` as "YYYY-MM-DD". */
export function dateOf(today: Date): string {
  return `${today.getFullYear()}-${pad2(today.getMonth() + 1)}-${pad2(today.getDate())}`;
}

/** The local calendar month of `today` as "YYYY-MM". */
export function monthOf(today: Date): string {
  return dateOf(today).slice(0, 7);
}

/** "YYYY-MM" plus a number of months (negative to go back). */
export function addMonths(month: string, count: number): string {
  const year = Number(month.slice(0, 4));
  const index = year * 12 + (Number(month.slice(5, 7)) - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad2((index % 12) + 1)}`;
}

// People write 1985-7, 1985.07, 1985/7 or 1985年7月; all mean the same month.
const MONTH_PATTERN = /^(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*月?$/u;
const DATE_PATTERN = /^(\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:[-./]|月)\s*(\d{1,2})\s*日?$/u;

/**
 * Parses a month such as 出生年月 or a resume date. `label` names the field in the message.
 * Returns "YYYY-MM".
 */
export function parseMonth(raw: string, label: string): ParseResult<string> {
  const s = raw.trim();
  if (s === '') return fail(`请填写${label}`);
  const m = MONTH_PATTERN.exec(s);
  if (!m) return fail(`${label}应写成“年-月”，如 1985-07`);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return fail(`${label}中的月份“${m[2]}”不存在，月份应为 1–12`);
  return ok(`${m[1]}-${pad2(month)}`);
}

/** Parses a calendar date and refuses ones that do not exist (2023-02-30). Returns "YYYY-MM-DD". */
export function parseDate(raw: string, label: string): ParseResult<string> {
  const s = raw.trim();
  if (s === '') return fail(`请填写${label}`);
  const m = DATE_PATTERN.exec(s);
  if (!m) return fail(`${label}应写成“年-月-日”，如 2024-03-15`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const shown = `${m[1]}-${pad2(month)}-${pad2(day)}`;
  if (!isRealDate(year, month, day)) return fail(`${label} ${shown} 不存在，请核对`);
  return ok(shown);
}
