import { icaoCheckDigit, PROVINCE_CODES } from './check-characters';
import { isRealDate } from './dates';
import { CHECK_FAILED_MESSAGE, type IdNumberInfo, parseGb11643Number, passesGb11643 } from './id-number-gb11643';
import { fail, ok, type ParseResult } from './result';

/**
 * 外国人永久居留身份证. Two forms are in use side by side:
 *
 * - 2023 form (issued from 2023-12-01), 18 characters, built like a 公民身份号码:
 *   "9" (foreigner) + 2-digit province code of the accepting office + 3-digit
 *   numeric nationality code (ISO 3166-1) + 8-digit birth date + 3-digit
 *   sequence code + GB 11643 MOD 11-2 check character. As in GB 11643, the
 *   17th digit is odd for men and even for women.
 * - 2017 form, 15 characters: 3-letter nationality code (ISO 3166-1 alpha-3) +
 *   4-digit code of the accepting office (province + city) + birth date YYMMDD +
 *   1 sequence digit + 1 check digit computed as in ICAO 9303 (weights 7, 3, 1).
 *   The birth year has no century and the meaning of the sequence digit is not
 *   published, so we derive neither birth date nor sex from it.
 */
export function parseForeignPermanentResidence(id: string, today: Date | null): ParseResult<IdNumberInfo> {
  if (!/^[A-Z\d]+$/.test(id)) return fail('外国人永久居留身份证号码只能包含英文字母和数字，请删去其他字符');
  if (id.length === 18) return parse2023(id, today);
  if (id.length === 15) return parse2017(id);
  return fail(
    `外国人永久居留身份证号码应为 18 位（2023 年 12 月起签发的新版）或 15 位（2017 版），当前为 ${id.length} 位，请核对`,
  );
}

function parse2023(id: string, today: Date | null): ParseResult<IdNumberInfo> {
  if (!/^\d{17}[\dX]$/.test(id)) {
    return fail('18 位的外国人永久居留身份证号码前 17 位必须是数字，只有最后一位可以是 X');
  }
  if (!id.startsWith('9')) {
    if (passesGb11643(id) && PROVINCE_CODES.has(id.slice(0, 2))) {
      return fail('这是居民身份证号码，请将证件类型改为“居民身份证”');
    }
    return fail('18 位的外国人永久居留身份证号码以 9 开头，请核对第 1 位');
  }
  const province = id.slice(1, 3);
  if (!PROVINCE_CODES.has(province)) {
    return fail(`外国人永久居留身份证号码第 2–3 位“${province}”不是受理地的省级代码（如山东为 37），请核对`);
  }
  return parseGb11643Number(id, today);
}

function parse2017(id: string): ParseResult<IdNumberInfo> {
  if (!/^[A-Z]{3}\d{12}$/.test(id)) {
    return fail('15 位的外国人永久居留身份证号码应为 3 位英文字母（国籍代码）加 12 位数字，如 KAZ110090123105');
  }
  const province = id.slice(3, 5);
  if (!PROVINCE_CODES.has(province)) {
    return fail(`外国人永久居留身份证号码第 4–5 位“${province}”不是受理地的省级代码（如山东为 37），请核对`);
  }
  const yy = Number(id.slice(7, 9));
  const mm = Number(id.slice(9, 11));
  const dd = Number(id.slice(11, 13));
  // Without a century, a date is possible if it exists in either the 1900s or the 2000s (29 February).
  if (!isRealDate(1900 + yy, mm, dd) && !isRealDate(2000 + yy, mm, dd)) {
    return fail(`证件号码第 8–13 位的出生日期“${id.slice(7, 13)}”不存在，请核对`);
  }
  if (icaoCheckDigit(id.slice(0, 14)) !== id[14]) return fail(CHECK_FAILED_MESSAGE);
  return ok({ idNumber: id, birthDate: null, gender: null });
}
