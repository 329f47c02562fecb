import type { Gender, IdType } from '../application';
import { parseHmtResidencePermit, parseResidentId } from './id-number-chinese';
import { parseForeignPermanentResidence } from './id-number-foreign';
import type { IdNumberInfo } from './id-number-gb11643';
import { parsePassport, parseTravelPermit } from './id-number-travel';
import { toHalfWidth } from './normalise';
import { fail, type ParseResult } from './result';

export type { IdNumberInfo } from './id-number-gb11643';

/**
 * The stored form of a 证件号码: half-width, upper case, without any spaces.
 * People copy numbers from scans and type them with IMEs, so ３７０…ｘ and
 * "3701 0219…" must match the same person.
 */
export function normaliseIdNumber(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[\s\u00a0]/g, '')
    .toUpperCase();
}

function analyse(type: IdType, id: string, today: Date | null): ParseResult<IdNumberInfo> {
  switch (type) {
    case 'resident-id':
      return parseResidentId(id, today);
    case 'hmt-residence-permit':
      return parseHmtResidencePermit(id, today);
    case 'foreign-permanent-residence':
      return parseForeignPermanentResidence(id, today);
    case 'passport':
      return parsePassport(id);
    case 'travel-permit':
      return parseTravelPermit(id);
    default:
      return fail('请选择证件类型');
  }
}

/**
 * Checks a 证件号码 for its 证件类型 and returns it normalised, with the birth
 * date and sex where the number carries them. Never throws.
 */
export function parseIdNumber(type: IdType, raw: string, today: Date): ParseResult<IdNumberInfo> {
  const id = normaliseIdNumber(raw);
  if (id === '') return fail('请填写证件号码');
  return analyse(type, id, today);
}

/**
 * 出生年月 and 性别 to pre-fill from a number that carries them, or null when
 * the number is not valid or does not carry both (passports, permits, the 2017 永居证).
 */
export function derivedFromId(type: IdType, idNumber: string): { birthMonth: string; gender: Gender } | null {
  const id = normaliseIdNumber(idNumber);
  if (id === '') return null;
  const result = analyse(type, id, null);
  if (!result.ok || result.value.birthDate === null || result.value.gender === null) return null;
  return { birthMonth: result.value.birthDate.slice(0, 7), gender: result.value.gender };
}
