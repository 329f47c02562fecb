import { parseUscc } from '../cards/uscc';
import { CITY_LEVEL_CODE, LANDING_DISTRICTS } from '../codes/districts';
import type { FieldErrors } from '../registration/rules/field-errors';
import { parsePhone } from '../registration/rules/phone';
import { fail, type ParseResult } from '../registration/rules/result';
import { parseName, parseRequiredText } from '../registration/rules/text';
import type { Enterprise, EnterpriseFields } from './enterprise';

export const ENTERPRISE_NAME_MAX = 100;

export type EnterpriseParse = { ok: true; value: EnterpriseFields } | { ok: false; errors: FieldErrors };

/**
 * Checks an enterprise's fields and gives them back normalised (the USCC in
 * upper case without spaces, the phone as stored for applicants), or the
 * problems keyed by field: `name`, `uscc`, `district`, `contactName`, `contactPhone`.
 */
export function parseEnterprise(fields: EnterpriseFields): EnterpriseParse {
  const errors: FieldErrors = {};
  const take = (field: keyof EnterpriseFields, result: ParseResult<string>): string => {
    if (result.ok) return result.value;
    errors[field] = result.message;
    return fields[field];
  };
  const value: EnterpriseFields = {
    name: take('name', parseRequiredText(fields.name, '企业名称', ENTERPRISE_NAME_MAX)),
    uscc: take('uscc', parseUscc(fields.uscc)),
    district: fields.district,
    contactName: take(
      'contactName',
      fields.contactName.trim() === '' ? fail('请填写联系人') : parseName(fields.contactName),
    ),
    contactPhone: take('contactPhone', parsePhone(fields.contactPhone)),
  };
  const district = districtProblem(fields.district);
  if (district) errors.district = district;
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value };
}

/** The problems of an enterprise's fields, keyed by field (empty when there are none). */
export function validateEnterprise(fields: EnterpriseFields): FieldErrors {
  const parsed = parseEnterprise(fields);
  return parsed.ok ? {} : parsed.errors;
}

function districtProblem(code: string): string | null {
  if (code === '') return '请选择企业所在区市';
  if (code === CITY_LEVEL_CODE) return '“市级（市直）”不是区市，请选择企业所在的区市';
  if (!LANDING_DISTRICTS.some((d) => d.code === code)) return `区市代码“${code}”不是威海市的区市，请从下拉列表重新选择`;
  return null;
}

/** Shown when another enterprise on this device already has the code. */
export function duplicateUsccMessage(existing: Pick<Enterprise, 'name' | 'uscc'>): string {
  return `统一社会信用代码 ${existing.uscc} 已登记为“${existing.name}”，同一企业不能重复登记；请直接选用该企业`;
}

/**
 * Live enterprises that share a USCC with another live one. A device refuses
 * a second enterprise with the same code, but two devices offline can each
 * register it; after they sync both are kept and flagged for staff to merge.
 */
export function duplicateUsccIds(enterprises: readonly Enterprise[]): Set<string> {
  const byCode = new Map<string, string[]>();
  for (const enterprise of enterprises) {
    if (enterprise.deleted) continue;
    byCode.set(enterprise.uscc, [...(byCode.get(enterprise.uscc) ?? []), enterprise.id]);
  }
  return new Set([...byCode.values()].filter((ids) => ids.length > 1).flat());
}
