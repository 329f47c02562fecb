import {
  type CodeEntry,
  EDUCATION_LEVELS,
  ETHNICITIES,
  GENDERS,
  ID_TYPES,
  LANDING_DISTRICTS,
  POLITICAL_STATUSES,
} from '../../src-shared/codes';

/** Code lists as Mantine Select data: the stored code as value, the label shown. */
function options(list: readonly CodeEntry[]) {
  return list.map((entry) => ({ value: entry.code, label: entry.label }));
}

export const ethnicityOptions = options(ETHNICITIES);
export const politicalStatusOptions = options(POLITICAL_STATUSES);
export const educationOptions = options(EDUCATION_LEVELS);
export const genderOptions = options(GENDERS);
export const idTypeOptions = options(ID_TYPES);
export const landingDistrictOptions = LANDING_DISTRICTS.map((d) => ({ value: d.code, label: d.label }));
