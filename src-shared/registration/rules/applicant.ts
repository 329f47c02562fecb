import { hasCode } from '../../codes/code-list';
import { EDUCATION_LEVELS } from '../../codes/education-levels';
import { ETHNICITIES } from '../../codes/ethnicities';
import { GENDERS } from '../../codes/genders';
import { ID_TYPES } from '../../codes/id-types';
import { POLITICAL_STATUSES } from '../../codes/political-statuses';
import type { Applicant } from '../application';
import { codeFieldProblem } from './code-field';
import { monthOf, parseMonth } from './dates';
import type { FieldErrors } from './field-errors';
import { normaliseIdNumber, parseIdNumber } from './id-number';
import { EARLIEST_BIRTH_YEAR } from './id-number-gb11643';
import { isChinesePassportNumber } from './id-number-travel';
import { parsePhone } from './phone';
import { parseName, parseOptionalText, parseRequiredText } from './text';

export const NATIVE_PLACE_MAX = 50;
export const SCHOOL_MAX = 100;
export const CURRENT_POSITION_MAX = 100;

/**
 * 民族, 籍贯 and 政治面貌 describe Chinese citizens; a foreign national has none
 * of them, so they are optional for a 外国人永久居留身份证 or a foreign passport.
 */
export function isForeignNational(applicant: Pick<Applicant, 'idType' | 'idNumber'>): boolean {
  if (applicant.idType === 'foreign-permanent-residence') return true;
  return applicant.idType === 'passport' && !isChinesePassportNumber(normaliseIdNumber(applicant.idNumber));
}

/** Checks 申领人员信息. Keys are `applicant.<field>`. */
export function validateApplicant(applicant: Applicant, today: Date): FieldErrors {
  const errors: FieldErrors = {};
  const put = (field: keyof Applicant, message: string | null): void => {
    if (message) errors[`applicant.${field}`] = message;
  };
  const citizen = !isForeignNational(applicant);

  const name = parseName(applicant.name);
  put('name', name.ok ? null : name.message);
  put(
    'gender',
    applicant.gender === '' ? '请选择性别' : hasCode(GENDERS, applicant.gender) ? null : '请选择性别（男或女）',
  );
  put('birthMonth', birthMonthProblem(applicant.birthMonth, today));
  put('ethnicity', codeFieldProblem(ETHNICITIES, applicant.ethnicity, '民族', 'GB/T 3304', citizen));
  put(
    'politicalStatus',
    codeFieldProblem(POLITICAL_STATUSES, applicant.politicalStatus, '政治面貌', 'GB/T 4762', citizen),
  );
  put('education', codeFieldProblem(EDUCATION_LEVELS, applicant.education, '文化程度', 'GB/T 4658', true));

  const nativePlace = citizen
    ? parseRequiredText(applicant.nativePlace, '籍贯', NATIVE_PLACE_MAX)
    : parseOptionalText(applicant.nativePlace, '籍贯', NATIVE_PLACE_MAX);
  put('nativePlace', nativePlace.ok ? null : nativePlace.message);
  const school = parseRequiredText(applicant.school, '毕业院校', SCHOOL_MAX);
  put('school', school.ok ? null : school.message);
  const position = parseRequiredText(applicant.currentPosition, '现任职务', CURRENT_POSITION_MAX);
  put('currentPosition', position.ok ? null : position.message);

  if (!hasCode(ID_TYPES, applicant.idType)) put('idType', '请选择证件类型');
  else {
    const id = parseIdNumber(applicant.idType, applicant.idNumber, today);
    put('idNumber', id.ok ? null : id.message);
  }
  const phone = parsePhone(applicant.phone);
  put('phone', phone.ok ? null : phone.message);
  return errors;
}

function birthMonthProblem(raw: string, today: Date): string | null {
  const month = parseMonth(raw, '出生年月');
  if (!month.ok) return month.message;
  if (month.value > monthOf(today)) return `出生年月 ${month.value} 晚于本月，请核对`;
  if (Number(month.value.slice(0, 4)) < EARLIEST_BIRTH_YEAR) return `出生年月 ${month.value} 早于 1900 年，请核对`;
  return null;
}
