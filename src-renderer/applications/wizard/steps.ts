/** One step of a wizard and the field paths (prefixes) it owns. */
export interface WizardStep {
  key: string;
  label: string;
  prefixes: readonly string[];
}

/** 商务精英类: the steps in the order of the official form. */
export const WIZARD_STEPS = [
  { key: 'applicant', label: '申领人员信息', prefixes: ['applicant.'] },
  { key: 'photo', label: '照片', prefixes: ['photo'] },
  { key: 'resume', label: '工作简历', prefixes: ['resume.'] },
  { key: 'project', label: '招商项目', prefixes: ['projectId', 'project.'] },
  { key: 'unit', label: '申领单位意见', prefixes: ['unitOpinion.'] },
  { key: 'review', label: '核对', prefixes: [] },
] as const satisfies readonly WizardStep[];

/** 名企优才类: the enterprise first (its places decide whether to go on), then the talent, the condition and the way. */
export const ENTERPRISE_WIZARD_STEPS = [
  { key: 'enterprise', label: '企业', prefixes: ['enterpriseId', 'enterprise.'] },
  { key: 'applicant', label: '人才信息', prefixes: ['applicant.'] },
  { key: 'photo', label: '照片', prefixes: ['photo'] },
  { key: 'resume', label: '工作简历', prefixes: ['resume.'] },
  { key: 'eligibility', label: '引才条件', prefixes: ['eligibility'] },
  { key: 'introduction', label: '引进方式', prefixes: ['introduction'] },
  { key: 'review', label: '核对', prefixes: [] },
] as const satisfies readonly WizardStep[];

export type WizardStepKey = (typeof WIZARD_STEPS)[number]['key'];

/** The index of the step a field path belongs to, or -1. */
export function stepOfField(path: string, steps: readonly WizardStep[] = WIZARD_STEPS): number {
  return steps.findIndex((step) => step.prefixes.some((prefix) => path.startsWith(prefix)));
}

export function errorsOfStep(
  errors: Record<string, string>,
  stepIndex: number,
  steps: readonly WizardStep[] = WIZARD_STEPS,
): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfField(path, steps) === stepIndex));
}
