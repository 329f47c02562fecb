import { toHalfWidth } from './normalise';
import { fail, ok, type ParseResult } from './result';

export type AmountUnit = '万元' | '亿元';

/** 项目金额 is stored in 万元 with at most this many decimals (0.0001 万元 = 1 元). */
export const AMOUNT_DECIMALS = 4;

/** Anything above 1000 亿元 is a slip of the unit or an extra zero, not a project in Weihai. */
export const MAX_AMOUNT_WAN = '10000000';

/**
 * Parses 项目金额 typed in 万元 or 亿元 and returns it in 万元 as a normalised
 * decimal string ("12345", "0.1"; no exponent, no trailing zeros).
 *
 * The conversion is done on the digits, never through floating point:
 * 1.2345 亿元 must become exactly 12345 万元, and 0.1 + 0.2 must not become
 * 0.30000000000000004 on a printed form.
 */
export function parseAmount(raw: string, unit: AmountUnit): ParseResult<string> {
  let s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  if (s === '') return fail('请填写项目金额');

  // A unit typed after the number: drop it when it matches the selected unit, explain when it does not.
  const typedUnit = /(万元|万|亿元|亿|元)$/u.exec(s)?.[1];
  if (typedUnit !== undefined) {
    const typedIsWan = typedUnit.startsWith('万');
    const typedIsYi = typedUnit.startsWith('亿');
    if ((unit === '万元' && typedIsWan) || (unit === '亿元' && typedIsYi)) {
      s = s.slice(0, -typedUnit.length);
    } else {
      return fail(`金额后写了“${typedUnit}”，但单位选的是“${unit}”：请删去数字后的文字，并在单位中选择正确的单位`);
    }
  }

  if (s.startsWith('-')) return fail('项目金额不能为负数');
  if (s.startsWith('+')) s = s.slice(1);
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
      return fail('千位分隔符的位置不正确，应每三位一个逗号，如 1,200.5；也可以不写逗号');
    }
    s = s.replace(/,/g, '');
  }
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return fail('项目金额只能填写数字，如 1200 或 1200.5');

  let integer = m[1] ?? '';
  let fraction = m[2] ?? '';
  if (unit === '亿元') {
    // 1 亿元 = 10000 万元: move the decimal point four places to the right.
    const padded = fraction.padEnd(4, '0');
    integer += padded.slice(0, 4);
    fraction = padded.slice(4);
  }
  integer = integer.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');

  if (/^0*$/.test(integer) && fraction === '') return fail('项目金额必须大于 0');
  if (fraction.length > AMOUNT_DECIMALS) {
    return fail(
      unit === '万元'
        ? '项目金额最多保留 4 位小数（精确到 0.0001 万元，即 1 元），请减少小数位数'
        : '项目金额最多精确到 1 元：按亿元填写时最多 8 位小数，请减少小数位数',
    );
  }
  if (compareDigits(integer, fraction, MAX_AMOUNT_WAN) > 0) {
    return fail('项目金额超过 1000 亿元（10,000,000 万元），请核对金额和单位是否填错');
  }
  return ok(fraction === '' ? integer : `${integer}.${fraction}`);
}

/** Compares a non-negative decimal (integer part, fraction part) with an integer string, by digits. */
function compareDigits(integer: string, fraction: string, limit: string): number {
  if (integer.length !== limit.length) return integer.length > limit.length ? 1 : -1;
  if (integer !== limit) return integer > limit ? 1 : -1;
  return fraction === '' ? 0 : 1;
}

/**
 * A stored 万元 amount for display, with thousands separators: "12345.5" → "12,345.5".
 * Anything that is not a plain decimal is returned unchanged rather than garbled.
 */
export function formatAmountWan(value: string): string {
  const m = /^(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  const grouped = (m[1] ?? '').replace(/\B(?=(\d{3})+$)/g, ',');
  return `${grouped}${m[2] ?? ''}`;
}
