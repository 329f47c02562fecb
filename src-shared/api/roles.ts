import { CITY_LEVEL_CODE } from '../codes/districts';

/**
 * Who a device or a staff account acts as on the central server.
 * - city (市级): sees every district, records review decisions;
 * - district (区市窗口): reads and writes its own district's records;
 * - admin (管理员): accounts and devices, no records.
 */
export type Role = 'city' | 'district' | 'admin';

export const ROLES: readonly Role[] = ['city', 'district', 'admin'];

export const ROLE_LABELS: Record<Role, string> = {
  city: '市级',
  district: '区市窗口',
  admin: '管理员',
};

export interface Principal {
  role: Role;
  /** District code (src-shared/codes/districts); city and admin belong to the city level. */
  district: string;
}

/** Whether a principal may read records of a district. */
export function canReadDistrict(principal: Principal, district: string): boolean {
  if (principal.role === 'city') return true;
  if (principal.role === 'district') return principal.district === district;
  return false;
}

/** Whether a principal may write records of a district. The city writes decisions for every district. */
export function canWriteDistrict(principal: Principal, district: string): boolean {
  return canReadDistrict(principal, district);
}

/** City and admin principals belong to the city level; a district principal to one district. */
export function districtFitsRole(role: Role, district: string): boolean {
  return role === 'district' ? district !== CITY_LEVEL_CODE : district === CITY_LEVEL_CODE;
}
