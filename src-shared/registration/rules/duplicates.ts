import type { Applicant, Application } from '../application';
import { normaliseIdNumber } from './id-number';

type Candidate = Pick<Application, 'id'> & { applicant: Pick<Applicant, 'idType' | 'idNumber'> };

/**
 * Another live application for the same person (same 证件类型 and 证件号码), or
 * null. Withdrawn ones are left out because withdrawing is how a mistaken
 * registration is undone; rejected ones are kept so staff see the history.
 */
export function findDuplicateIdNumber(candidate: Candidate, applications: readonly Application[]): Application | null {
  const id = normaliseIdNumber(candidate.applicant.idNumber);
  if (id === '') return null;
  return (
    applications.find(
      (a) =>
        a.id !== candidate.id &&
        !a.deleted &&
        a.status !== 'withdrawn' &&
        a.applicant.idType === candidate.applicant.idType &&
        normaliseIdNumber(a.applicant.idNumber) === id,
    ) ?? null
  );
}

/** The message to show next to 证件号码 when findDuplicateIdNumber finds one. */
export function duplicateIdNumberMessage(duplicate: Pick<Application, 'number' | 'applicant'>): string {
  return `该证件号码已登记在申领编号 ${duplicate.number}（${duplicate.applicant.name}）中，同一人不能重复申领；请核对号码或打开原登记`;
}
