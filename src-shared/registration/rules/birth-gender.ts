import { labelOf } from '../../codes/code-list';
import { GENDERS } from '../../codes/genders';
import type { Applicant } from '../application';
import type { FieldErrors } from './field-errors';
import { derivedFromId } from './id-number';

/**
 * Warnings (not errors) when the 出生年月 or 性别 typed on the form disagree with
 * what the 证件号码 says. A warning, because the person at the desk may know
 * better (a registration error on the card itself) and must be able to proceed.
 * Keys are field paths, as for errors.
 */
export function birthGenderWarnings(
  applicant: Pick<Applicant, 'idType' | 'idNumber' | 'birthMonth' | 'gender'>,
): FieldErrors {
  const warnings: FieldErrors = {};
  const derived = derivedFromId(applicant.idType, applicant.idNumber);
  if (!derived) return warnings;
  const birthMonth = applicant.birthMonth.trim();
  if (birthMonth !== '' && birthMonth !== derived.birthMonth) {
    warnings['applicant.birthMonth'] =
      `出生年月（${birthMonth}）与证件号码中的出生年月（${derived.birthMonth}）不一致，请核对`;
  }
  if (applicant.gender !== '' && applicant.gender !== derived.gender) {
    warnings['applicant.gender'] =
      `性别（${labelOf(GENDERS, applicant.gender) ?? applicant.gender}）与证件号码显示的性别（${labelOf(GENDERS, derived.gender)}）不一致，请核对`;
  }
  return warnings;
}
