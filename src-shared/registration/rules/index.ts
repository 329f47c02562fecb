export { AMOUNT_DECIMALS, type AmountUnit, formatAmountWan, MAX_AMOUNT_WAN, parseAmount } from './amount';
export { isForeignNational, validateApplicant } from './applicant';
export { birthGenderWarnings } from './birth-gender';
export { gb11643CheckCharacter, icaoCheckDigit, PROVINCE_CODES } from './check-characters';
export { addMonths, dateOf, isRealDate, monthOf, parseDate, parseMonth } from './dates';
export { duplicateIdNumberMessage, findDuplicateIdNumber } from './duplicates';
export {
  MAX_EVIDENCE_FILES,
  validateEnterpriseTalentApplication,
  validateTalentFields,
} from './enterprise-talent';
export { type FieldErrors, hasErrors } from './field-errors';
export { derivedFromId, type IdNumberInfo, normaliseIdNumber, parseIdNumber } from './id-number';
export { isChinesePassportNumber } from './id-number-travel';
export { parsePhone } from './phone';
export { type ProjectFields, validateProject } from './project';
export {
  BASE_PLACES_PER_PROJECT,
  canAddApplicant,
  canJoinGroup,
  countsTowardsQuota,
  enterpriseGroup,
  GROUP_FIELD,
  groupKindOf,
  groupQuotaState,
  PLACES_PER_ENTERPRISE,
  placesFor,
  projectGroup,
  type QuotaGroup,
  type QuotaGroupKind,
  type QuotaState,
  quotaState,
} from './quota';
export { MAX_EXTRA_PLACES, parseDocumentNumber, validateQuotaException } from './quota-exception';
export { fail, ok, type ParseResult } from './result';
export { type ResumeContext, validateResume } from './resume';
export { parseName, parseOptionalText, parseRequiredText, type TextOptions, textLength } from './text';
export { validateUnitOpinion } from './unit-opinion';
export { applicationWarnings, validateApplication, validatePersonalFields } from './validate-application';
