import { PROVINCE_CODES } from './check-characters';
import { type IdNumberInfo, parseGb11643Number, passesGb11643 } from './id-number-gb11643';
import { fail, type ParseResult } from './result';

/** The address codes GB 11643 gives to residents of Hong Kong, Macao and Taiwan. */
export const HMT_PREFIXES: readonly string[] = ['810000', '820000', '830000'];

const ALLOWED = /^[\dX]+$/;
const SHAPE = /^\d{17}[\dX]$/;

/** Checks shared by the two 18-character Chinese forms; returns a message or null. */
function shapeProblem(id: string, name: string): string | null {
  if (!ALLOWED.test(id)) return `${name}只能包含数字和末位的 X，请删去其他字符`;
  if (id.length !== 18) return `${name}应为 18 位，当前为 ${id.length} 位，请核对`;
  if (!SHAPE.test(id)) return `${name}只有最后一位可以是 X，前 17 位必须是数字`;
  return null;
}

/** 居民身份证 (公民身份号码, GB 11643-1999). */
export function parseResidentId(id: string, today: Date | null): ParseResult<IdNumberInfo> {
  if (/^\d{15}$/.test(id)) return fail('这是 15 位的第一代身份证号码，请填写第二代居民身份证上的 18 位号码');
  const problem = shapeProblem(id, '居民身份证号码');
  if (problem) return fail(problem);
  // A well-formed number of another kind is almost always the wrong 证件类型, not a typo: say so.
  if (passesGb11643(id) && HMT_PREFIXES.includes(id.slice(0, 6))) {
    return fail('以 810000、820000、830000 开头的是港澳台居民居住证号码，请将证件类型改为“港澳台居民居住证”');
  }
  if (passesGb11643(id) && id.startsWith('9')) {
    return fail('以 9 开头的 18 位号码是外国人永久居留身份证号码，请将证件类型改为“外国人永久居留身份证”');
  }
  const province = id.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) {
    return fail(`居民身份证号码前两位“${province}”不是省级行政区划代码（如山东为 37），请核对`);
  }
  return parseGb11643Number(id, today);
}

/** 港澳台居民居住证: a 公民身份号码-shaped number whose address code is 810000, 820000 or 830000. */
export function parseHmtResidencePermit(id: string, today: Date | null): ParseResult<IdNumberInfo> {
  const problem = shapeProblem(id, '港澳台居民居住证号码');
  if (problem) return fail(problem);
  if (!HMT_PREFIXES.includes(id.slice(0, 6))) {
    if (passesGb11643(id) && PROVINCE_CODES.has(id.slice(0, 2))) {
      return fail('这是内地居民身份证号码，请将证件类型改为“居民身份证”');
    }
    return fail('港澳台居民居住证号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头，请核对前 6 位');
  }
  return parseGb11643Number(id, today);
}
