export { type CodeEntry, hasCode, labelOf } from './code-list';
export { CITY_LEVEL_CODE, DISTRICTS, type District, districtByCode, LANDING_DISTRICTS } from './districts';
export { EDUCATION_LEVELS } from './education-levels';
export { ETHNICITIES } from './ethnicities';
export { GENDERS } from './genders';
export { ID_TYPES } from './id-types';
export { POLITICAL_STATUSES } from './political-statuses';
