import { CITY_LEVEL_CODE, LANDING_DISTRICTS } from '../../codes/districts';
import type { InvestmentProject } from '../application';
import { parseAmount } from './amount';
import type { FieldErrors } from './field-errors';
import { validateQuotaException } from './quota-exception';
import { parseRequiredText } from './text';

export const PROJECT_NAME_MAX = 100;
export const NEGOTIATING_UNIT_MAX = 100;
/** 概况及落地预期 is a paragraph or several; the printed form wraps it. */
export const OVERVIEW_MAX = 2000;

export type ProjectFields = Pick<
  InvestmentProject,
  'name' | 'amountWan' | 'district' | 'negotiatingUnit' | 'overview' | 'quotaException'
>;

/** Checks 招商项目信息. Keys are `project.<field>`. */
export function validateProject(fields: ProjectFields, today: Date): FieldErrors {
  const errors: FieldErrors = {};
  const name = parseRequiredText(fields.name, '项目名称', PROJECT_NAME_MAX);
  if (!name.ok) errors['project.name'] = name.message;
  const amount = parseAmount(fields.amountWan, '万元');
  if (!amount.ok) errors['project.amountWan'] = amount.message;
  const district = districtProblem(fields.district);
  if (district) errors['project.district'] = district;
  const unit = parseRequiredText(fields.negotiatingUnit, '洽谈部门（单位）', NEGOTIATING_UNIT_MAX);
  if (!unit.ok) errors['project.negotiatingUnit'] = unit.message;
  const overview = parseRequiredText(fields.overview, '招商项目整体概况及落地预期', OVERVIEW_MAX, {
    multiline: true,
  });
  if (!overview.ok) errors['project.overview'] = overview.message;
  if (fields.quotaException) Object.assign(errors, validateQuotaException(fields.quotaException, today));
  return errors;
}

function districtProblem(code: string): string | null {
  if (code === '') return '请选择项目的落地区市';
  if (code === CITY_LEVEL_CODE) return '“市级（市直）”不是落地区市，请选择项目实际落地的区市';
  if (!LANDING_DISTRICTS.some((d) => d.code === code)) {
    return `落地区市代码“${code}”不是威海市的区市，请从下拉列表重新选择`;
  }
  return null;
}
