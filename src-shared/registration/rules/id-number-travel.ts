import type { IdNumberInfo } from './id-number-gb11643';
import { fail, ok, type ParseResult } from './result';

const CHINESE_PASSPORT = [/^E\d{8}$/, /^E[A-Z]\d{7}$/, /^G\d{8}$/];

/** Chinese ordinary passports: E + 8 digits, E + letter + 7 digits (since 2019), and the older G + 8 digits. */
export function isChinesePassportNumber(id: string): boolean {
  return CHINESE_PASSPORT.some((pattern) => pattern.test(id));
}

/**
 * 护照. Foreign passports follow no single pattern (ICAO allows up to 9
 * characters in the MRZ, longer numbers exist on older books), so beyond the
 * Chinese forms we only ask for 5–20 letters and digits. The Chinese forms are
 * a subset of that, so they need no branch of their own here.
 */
export function parsePassport(id: string): ParseResult<IdNumberInfo> {
  if (!/^[A-Z\d]+$/.test(id)) return fail('护照号码只能包含英文字母和数字，请删去其他字符（如短横线、括号）');
  if (id.length < 5 || id.length > 20) {
    return fail(`护照号码应为 5–20 位英文字母或数字，当前为 ${id.length} 位，请核对`);
  }
  if (!/\d/.test(id)) return fail('护照号码中应含有数字，请核对是否误填了姓名或国籍');
  return ok({ idNumber: id, birthDate: null, gender: null });
}

/**
 * 往来通行证:
 * - 港澳居民来往内地通行证 (回乡证): H (Hong Kong) or M (Macao) + 8 digits; cards
 *   issued after a replacement may carry 2 more digits (the issue count).
 * - 台湾居民来往大陆通行证 (台胞证): the lifelong 8-digit number since 2008; cards
 *   issued before carry 10 digits (number + issue count), sometimes followed by
 *   the issuing office's code in brackets, e.g. 0561682001(D).
 */
export function parseTravelPermit(id: string): ParseResult<IdNumberInfo> {
  if (!/^[A-Z\d()]+$/.test(id)) return fail('往来通行证号码只能包含英文字母和数字，请删去其他字符');
  if (/^[HM]/.test(id)) {
    if (/^[HM]\d{8}(\d{2})?$/.test(id)) return ok({ idNumber: id, birthDate: null, gender: null });
    return fail(
      '港澳居民来往内地通行证号码应为 H（香港）或 M（澳门）加 8 位数字（换发的证件可能再多 2 位），如 H12345678',
    );
  }
  if (/^\d/.test(id)) {
    if (/^\d{8}$/.test(id) || /^\d{10}(\([A-Z\d]\))?$/.test(id)) {
      return ok({ idNumber: id, birthDate: null, gender: null });
    }
    const digits = id.replace(/\D/g, '').length;
    return fail(
      `台湾居民来往大陆通行证号码应为 8 位数字（2008 年前签发的旧证为 10 位数字），当前为 ${digits} 位数字，请核对`,
    );
  }
  return fail(
    '往来通行证号码格式不正确：港澳居民来往内地通行证以 H 或 M 开头，台湾居民来往大陆通行证为 8 位数字，请核对',
  );
}
