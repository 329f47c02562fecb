import { districtByCode } from '../../codes/districts';
import type { Application, InvestmentProject } from '../application';
import { validateApplicant } from './applicant';
import { birthGenderWarnings } from './birth-gender';
import { parseMonth } from './dates';
import type { FieldErrors } from './field-errors';
import { validateProject } from './project';
import { validateResume } from './resume';
import { validateUnitOpinion } from './unit-opinion';

/**
 * Checks a whole 申领登记表 with its project before it is registered or
 * printed. `project` is the InvestmentProject that `application.projectId`
 * points to, or null when it could not be found.
 */
export function validateApplication(
  application: Application,
  project: InvestmentProject | null,
  today: Date,
): FieldErrors {
  const errors: FieldErrors = {
    ...validatePersonalFields(application, today),
    ...validateUnitOpinion(application.unitOpinion, today),
  };
  const projectProblem = projectLinkProblem(application, project);
  if (projectProblem) errors.projectId = projectProblem;
  else if (project) Object.assign(errors, validateProject(project, today));
  return errors;
}

/** What both categories ask of the person: 人员信息, 工作简历, and the registering window's district. */
export function validatePersonalFields(application: Application, today: Date): FieldErrors {
  const errors: FieldErrors = {
    ...validateApplicant(application.applicant, today),
    ...validateResume(application.resume, { birthMonth: knownBirthMonth(application), today }).errors,
  };
  if (!districtByCode(application.district)) errors.district = '请选择登记窗口所在的区市';
  return errors;
}

/** Everything worth a second look that must not block registration. */
export function applicationWarnings(application: Application, today: Date): FieldErrors {
  return {
    ...birthGenderWarnings(application.applicant),
    ...validateResume(application.resume, { birthMonth: knownBirthMonth(application), today }).warnings,
  };
}

function knownBirthMonth(application: Application): string | null {
  const month = parseMonth(application.applicant.birthMonth, '出生年月');
  return month.ok ? month.value : null;
}

function projectLinkProblem(application: Application, project: InvestmentProject | null): string | null {
  if (application.projectId === null) return '请选择该申领人所属的招商项目';
  if (!project) return '找不到所选的招商项目（可能尚未同步到本机），请重新选择或等同步完成后再试';
  if (project.id !== application.projectId) return '招商项目与申领登记表不对应，请重新选择项目';
  if (project.deleted) return '所选招商项目已被删除，请重新选择';
  return null;
}
