import type { IdType } from '../registration/application';
import type { CodeEntry } from './code-list';

/** 证件类型 offered on the registration form, in the order the window staff meet them. */
export const ID_TYPES: readonly CodeEntry<IdType>[] = [
  { code: 'resident-id', label: '居民身份证' },
  { code: 'hmt-residence-permit', label: '港澳台居民居住证' },
  { code: 'foreign-permanent-residence', label: '外国人永久居留身份证' },
  { code: 'passport', label: '护照' },
  { code: 'travel-permit', label: '往来通行证（港澳/台湾）' },
];
