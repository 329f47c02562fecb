import { toHalfWidth } from './normalise';
import { fail, ok, type ParseResult } from './result';

/**
 * 联系电话: a mainland mobile number or a landline with its area code.
 *
 * Stored forms: mobile "13812345678"; landline "0631-5190505", with an
 * extension "0631-5190505-123". The area code is split off by rule, not by the
 * dashes the person typed: 010 and 02x are the only three-digit codes, every
 * other code has four digits (0631 威海). That lets "06315190505" and
 * "(0631) 519 0505" come out the same.
 */
export function parsePhone(raw: string): ParseResult<string> {
  let s = toHalfWidth(raw).trim();
  if (s === '') return fail('请填写联系电话');

  // Extensions written as 转123, 分机123 or ext.123 (the dash form is handled below).
  let extension: string | null = null;
  const worded = /^(.*?)\s*(?:转|分机|ext\.?|x)\s*(\d+)$/iu.exec(s);
  if (worded) {
    s = worded[1] ?? '';
    extension = worded[2] ?? '';
  }

  // Country code written as +86 or 0086; any other country code is not a mainland number.
  let international = false;
  const countryCode = /^(?:\+\s*86|0086)[\s()-]*/u.exec(s);
  if (countryCode) {
    international = true;
    s = s.slice(countryCode[0].length);
  } else if (s.startsWith('+') || s.startsWith('00')) {
    return fail('只能填写中国大陆的电话号码（国际区号 +86），境外号码请写在备注中');
  }

  if (/[^\d\s()\-—–]/u.test(s)) {
    return fail('联系电话只能包含数字、空格、短横线、括号，分机号可写成“转123”，请删去其他字符');
  }
  const groups = s
    .replace(/[()\s]/g, ' ')
    .split(/[-—–]/u)
    .map((g) => g.replace(/\s+/g, ''))
    .filter((g) => g !== '');
  // After +86 a landline's area code loses its leading 0 (+86 631 5190505); put it back.
  if (international && groups[0] !== undefined && !/^[01]/.test(groups[0])) groups[0] = `0${groups[0]}`;
  let digits = groups.join('');
  // "86" glued in front of a mobile number, as phones display it.
  if (!international && /^861[3-9]\d{9}$/.test(digits)) digits = digits.slice(2);

  if (digits.startsWith('1')) {
    if (extension !== null) return fail('手机号码不能带分机号，请删去“转”及后面的数字');
    if (digits.length !== 11) return fail(`手机号码应为 11 位数字，当前为 ${digits.length} 位，请核对`);
    if (!/^1[3-9]/.test(digits)) return fail('手机号码应以 13–19 开头，请核对前两位');
    return ok(digits);
  }

  if (!digits.startsWith('0')) {
    if (digits.length === 7 || digits.length === 8) return fail('请加上区号，如 0631-5190505');
    return fail('联系电话格式不正确：请填写 11 位手机号码，或带区号的固定电话（如 0631-5190505）');
  }

  // A dash group after a complete landline is an extension: 0631-5190505-123 or 06315190505-123.
  if (extension === null && groups.length >= 2) {
    const withoutLast = groups.slice(0, -1).join('');
    if (splitLandline(withoutLast) !== null) {
      extension = groups[groups.length - 1] ?? '';
      digits = withoutLast;
    }
  }

  const parts = splitLandline(digits);
  if (!parts) return landlineProblem(digits);
  if (extension !== null && (extension.length < 1 || extension.length > 6)) {
    return fail('分机号应为 1–6 位数字，请核对');
  }
  const number = `${parts.area}-${parts.local}`;
  return ok(extension ? `${number}-${extension}` : number);
}

function areaLength(digits: string): number {
  return /^0(?:10|2\d)/.test(digits) ? 3 : 4;
}

function splitLandline(digits: string): { area: string; local: string } | null {
  if (!/^0[1-9]\d+$/.test(digits)) return null;
  const n = areaLength(digits);
  const area = digits.slice(0, n);
  const local = digits.slice(n);
  // Local numbers never start with 0 or 1 (those are trunk and service prefixes).
  if (!/^[2-9]\d{6,7}$/.test(local)) return null;
  return { area, local };
}

function landlineProblem(digits: string): ParseResult<string> {
  const local = digits.slice(areaLength(digits));
  if (local.length < 7 || local.length > 8) {
    return fail(`固定电话的号码部分（区号之后）应为 7–8 位数字，当前为 ${local.length} 位，请核对`);
  }
  return fail('固定电话号码不能以 0 或 1 开头（区号之后），请核对');
}
