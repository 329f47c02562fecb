import type { Gender } from '../application';
import { gb11643CheckCharacter } from './check-characters';
import { dateOf, isRealDate } from './dates';
import { fail, ok, type ParseResult } from './result';

/** What a valid 证件号码 tells us. */
export interface IdNumberInfo {
  /** The number as stored: half-width, upper case, no spaces. */
  idNumber: string;
  /** "YYYY-MM-DD" when the number carries the birth date, else null. */
  birthDate: string | null;
  /** From the sequence code when the number carries it, else null. */
  gender: Gender | null;
}

export const CHECK_FAILED_MESSAGE =
  '证件号码未通过校验（末位校验码与前面的数字对不上），可能有数字输错，请对照证件逐位核对';

/** The earliest birth year accepted; older dates are typing mistakes, not applicants. */
export const EARLIEST_BIRTH_YEAR = 1900;

/**
 * Checks a birth date embedded in an identity number. `positions` tells the
 * person which digits to look at. With `today` null (pre-filling, where no
 * clock is at hand) the future check is skipped.
 */
export function birthDateProblem(
  year: number,
  month: number,
  day: number,
  positions: string,
  today: Date | null,
): string | null {
  const shown = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (!isRealDate(year, month, day)) return `证件号码中的出生日期 ${shown} 不存在，请核对第 ${positions} 位`;
  if (year < EARLIEST_BIRTH_YEAR) return `证件号码中的出生日期 ${shown} 早于 1900 年，请核对第 ${positions} 位`;
  if (today && shown > dateOf(today)) return `证件号码中的出生日期 ${shown} 晚于今天，请核对第 ${positions} 位`;
  return null;
}

/** Whether an 18-character number's last character matches its 17-digit body. */
export function passesGb11643(id: string): boolean {
  return id.length === 18 && gb11643CheckCharacter(id.slice(0, 17)) === id[17];
}

/**
 * The part shared by 居民身份证, 港澳台居民居住证 and the 2023 外国人永久居留身份证:
 * all three are 17 digits + a GB 11643 check character, with the birth date in
 * digits 7–14 and the sex in digit 17. The caller has checked the shape
 * (/^\d{17}[\dX]$/) and the prefix.
 */
export function parseGb11643Number(id: string, today: Date | null): ParseResult<IdNumberInfo> {
  const dateProblem = birthDateProblem(
    Number(id.slice(6, 10)),
    Number(id.slice(10, 12)),
    Number(id.slice(12, 14)),
    '7–14',
    today,
  );
  if (dateProblem) return fail(dateProblem);
  if (!passesGb11643(id)) return fail(CHECK_FAILED_MESSAGE);
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  // GB 11643: odd sequence codes go to men, even ones to women.
  const gender: Gender = Number(id[16]) % 2 === 1 ? '1' : '2';
  return ok({ idNumber: id, birthDate, gender });
}
