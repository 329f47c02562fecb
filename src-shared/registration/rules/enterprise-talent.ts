import type { Enterprise } from '../../enterprises/enterprise';
import { validateEnterprise } from '../../enterprises/rules';
import type { Application } from '../application';
import { eligibilityCondition, introductionWay } from '../enterprise-talent';
import type { FieldErrors } from './field-errors';
import { validatePersonalFields } from './validate-application';

/** More files than this for one condition is a mistake (the same scan picked again and again). */
export const MAX_EVIDENCE_FILES = 20;

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Checks a 名企优才类 record with its enterprise before it is recorded:
 * the person as for 商务精英类, then 企业, 引才条件 and 引进方式, each with
 * its evidence. `enterprise` is the record `application.enterpriseId` points
 * to, or null when it could not be found.
 */
export function validateEnterpriseTalentApplication(
  application: Application,
  enterprise: Enterprise | null,
  today: Date,
): FieldErrors {
  const errors: FieldErrors = {
    ...validatePersonalFields(application, today),
    ...validateTalentFields(application),
  };
  const link = enterpriseLinkProblem(application, enterprise);
  if (link) errors.enterpriseId = link;
  else if (enterprise) {
    for (const [field, message] of Object.entries(validateEnterprise(enterprise)))
      errors[`enterprise.${field}`] = message;
  }
  return errors;
}

/** 引才条件 and 引进方式 with their evidence. Keys are the application's fields. */
export function validateTalentFields(
  application: Pick<Application, 'eligibility' | 'eligibilityEvidence' | 'introduction' | 'introductionEvidence'>,
): FieldErrors {
  const errors: FieldErrors = {};
  const put = (field: string, message: string | null) => {
    if (message) errors[field] = message;
  };
  put('eligibility', eligibilityCondition(application.eligibility) ? null : '请选择该人才符合的引才条件（①–⑤ 之一）');
  put('eligibilityEvidence', evidenceProblem(application.eligibilityEvidence, '符合引才条件的证明材料'));
  const way = introductionWay(application.introduction);
  put('introduction', way ? null : '请选择引进方式：全职引进或柔性引进');
  put(
    'introductionEvidence',
    evidenceProblem(application.introductionEvidence, way ? `${way.label}的${way.evidence}` : '引进方式的证明材料'),
  );
  return errors;
}

function evidenceProblem(evidence: readonly string[] | undefined, what: string): string | null {
  const files = evidence ?? [];
  if (files.length === 0) return `请上传${what}`;
  if (files.length > MAX_EVIDENCE_FILES) return `证明材料最多 ${MAX_EVIDENCE_FILES} 份，请删去重复或无关的文件`;
  if (files.some((sha256) => !SHA256.test(sha256))) return '有一份证明材料无法识别，请将其移除后重新上传';
  if (new Set(files).size !== files.length) return '同一份证明材料上传了两次，请移除重复的一份';
  return null;
}

function enterpriseLinkProblem(application: Application, enterprise: Enterprise | null): string | null {
  if (!application.enterpriseId) return '请选择或新建引进该人才的企业';
  if (!enterprise) return '找不到所选的企业（可能尚未同步到本机），请重新选择或等同步完成后再试';
  if (enterprise.id !== application.enterpriseId) return '企业与申领记录不对应，请重新选择企业';
  if (enterprise.deleted) return '所选企业已被删除，请重新选择';
  return null;
}
