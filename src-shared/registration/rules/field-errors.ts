/**
 * Messages keyed by field path (`applicant.name`, `resume.entries.2.from`,
 * `project.quotaException.documentNumber`, …) so the UI can show each one next
 * to its field. An empty object means nothing is wrong.
 */
export type FieldErrors = Record<string, string>;

/** Whether there is anything to show. */
export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
