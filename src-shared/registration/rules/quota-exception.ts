import type { QuotaException } from '../application';
import { dateOf, parseDate } from './dates';
import type { FieldErrors } from './field-errors';
import { toHalfWidth, trimSpaces } from './normalise';
import { fail, ok, type ParseResult } from './result';

export const MAX_EXTRA_PLACES = 20;

/** The 威海英才卡 notice is dated 2023-02-20; no exception to its quota can be older. */
export const POLICY_DATE = '2023-02-20';

const EXAMPLE = '威人才办〔2024〕3号';

/**
 * Parses a 文号 such as 威人才办〔2024〕3号. The year brackets are normalised to
 * the official 六角括号 〔〕, since people type [ ], ( ), （ ）or 【 】 for them.
 */
export function parseDocumentNumber(raw: string, today: Date): ParseResult<string> {
  const s = trimSpaces(toHalfWidth(raw))
    .replace(/\s+/g, '')
    .replace(/[[(【［（〔]/gu, '〔')
    .replace(/[\])】］）〕]/gu, '〕');
  if (s === '') return fail(`请填写批准文号，如 ${EXAMPLE}`);
  const m = /^([\p{Script=Han}A-Za-z]{2,20})〔(\d{4})〕第?0*([1-9]\d{0,3})号$/u.exec(s);
  if (!m) return fail(`批准文号格式不正确，应为“机关代字〔年份〕序号号”，如 ${EXAMPLE}`);
  const year = Number(m[2]);
  if (year > today.getFullYear()) return fail(`批准文号中的年份 ${year} 晚于今年，请核对`);
  if (year < Number(POLICY_DATE.slice(0, 4))) {
    return fail(`批准文号中的年份 ${year} 早于“威海英才卡”政策发布的 2023 年，请核对`);
  }
  return ok(`${m[1]}〔${m[2]}〕${m[3]}号`);
}

/** Checks a 一事一议 record. Keys are field paths under `project.quotaException`. */
export function validateQuotaException(exception: QuotaException, today: Date): FieldErrors {
  const errors: FieldErrors = {};
  const path = 'project.quotaException';
  const places = exception.extraPlaces;
  if (!Number.isInteger(places) || places < 1 || places > MAX_EXTRA_PLACES) {
    errors[`${path}.extraPlaces`] = `增加的名额应为 1–${MAX_EXTRA_PLACES} 之间的整数`;
  }
  const number = parseDocumentNumber(exception.documentNumber, today);
  if (!number.ok) errors[`${path}.documentNumber`] = number.message;
  const date = parseDate(exception.documentDate, '批准日期');
  if (!date.ok) errors[`${path}.documentDate`] = date.message;
  else if (date.value > dateOf(today)) errors[`${path}.documentDate`] = `批准日期 ${date.value} 晚于今天，请核对`;
  else if (date.value < POLICY_DATE) {
    errors[`${path}.documentDate`] = `批准日期 ${date.value} 早于政策发布日期 ${POLICY_DATE}，请核对`;
  }
  return errors;
}
