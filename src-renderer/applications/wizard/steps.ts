/** The wizard's steps, in the order of the official form, and which field paths each one owns. */
export const WIZARD_STEPS = [
  { key: 'applicant', label: '申领人员信息', prefixes: ['applicant.'] },
  { key: 'photo', label: '照片', prefixes: ['photo'] },
  { key: 'resume', label: '工作简历', prefixes: ['resume.'] },
  { key: 'project', label: '招商项目', prefixes: ['projectId', 'project.'] },
  { key: 'unit', label: '申领单位意见', prefixes: ['unitOpinion.'] },
  { key: 'review', label: '核对', prefixes: [] },
] as const;

export type WizardStepKey = (typeof WIZARD_STEPS)[number]['key'];

/** The index of the step a field path belongs to, or -1. */
export function stepOfField(path: string): number {
  return WIZARD_STEPS.findIndex((step) => step.prefixes.some((prefix) => path.startsWith(prefix)));
}

export function errorsOfStep(errors: Record<string, string>, stepIndex: number): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfField(path) === stepIndex));
}
