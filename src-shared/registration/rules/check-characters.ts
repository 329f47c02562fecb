/**
 * Check characters of the identity numbers on the form. Kept apart from the
 * parsers so the property tests and any future scanner can reuse them.
 */

// GB 11643-1999 / ISO 7064 MOD 11-2: weight of position i (from the left) is 2^(17-i) mod 11.
const GB11643_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const GB11643_CHARS = '10X98765432';

/**
 * The check character for a 17-digit body of a 公民身份号码, a 港澳台居民居住证 number or a
 * 2023 外国人永久居留身份证 number. Returns null if the body is not 17 digits.
 */
export function gb11643CheckCharacter(body: string): string | null {
  if (!/^\d{17}$/.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (GB11643_WEIGHTS[i] ?? 0);
  return GB11643_CHARS[sum % 11] ?? null;
}

const MRZ_WEIGHTS = [7, 3, 1];

/**
 * The ICAO 9303 check digit (weights 7, 3, 1; A=10 … Z=35), which the 2017
 * 外国人永久居留身份证 uses for its 15th character. Returns null for other characters.
 */
export function icaoCheckDigit(s: string): string | null {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    let value: number;
    if (ch >= '0' && ch <= '9') value = Number(ch);
    else if (ch >= 'A' && ch <= 'Z') value = ch.charCodeAt(0) - 55;
    else return null;
    sum += value * (MRZ_WEIGHTS[i % 3] ?? 0);
  }
  return String(sum % 10);
}

/**
 * Province-level codes of GB/T 2260 used as the first two digits of a 公民身份号码
 * (and as the 受理地 code of a 外国人永久居留身份证). 71 台湾 and 81–83 港澳台 are left
 * out on purpose: no 居民身份证 starts with them.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '),
);

// GB 32100-2015: 统一社会信用代码 characters (no I, O, S, V, Z) and the weights 3^i mod 31.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The 18th character of a 统一社会信用代码 for its first 17, or null if they are not code characters. */
export function usccCheckCharacter(body: string): string | null {
  if (body.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARS.indexOf(body[i] ?? '');
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARS[(31 - (sum % 31)) % 31] ?? null;
}
