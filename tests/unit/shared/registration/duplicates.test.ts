import { describe, expect, it } from 'vitest';
import { duplicateIdNumberMessage, findDuplicateIdNumber } from '../../../../src-shared/registration/rules/duplicates';
import { makeApplication } from './fixtures';

const applicantWith = (idType: 'resident-id' | 'passport', idNumber: string) => ({
  ...makeApplication().applicant,
  idType,
  idNumber,
});

describe('findDuplicateIdNumber', () => {
  const existing = makeApplication({ applicant: applicantWith('resident-id', '11010519491231002X') });

  it('finds another application with the same type and number, however it was typed', () => {
    const candidate = { id: 'new', applicant: applicantWith('resident-id', ' １１０１０５１９４９１２３１００２ｘ ') };
    expect(findDuplicateIdNumber(candidate, [existing])).toBe(existing);
  });

  it('ignores the application itself, deleted and withdrawn ones, and other 证件类型', () => {
    expect(findDuplicateIdNumber(existing, [existing])).toBeNull();
    const candidate = { id: 'new', applicant: existing.applicant };
    expect(findDuplicateIdNumber(candidate, [{ ...existing, deleted: true }])).toBeNull();
    expect(findDuplicateIdNumber(candidate, [{ ...existing, status: 'withdrawn' }])).toBeNull();
    expect(findDuplicateIdNumber(candidate, [{ ...existing, status: 'rejected' }])).not.toBeNull();
    const passport = { id: 'new', applicant: applicantWith('passport', '11010519491231002X') };
    expect(findDuplicateIdNumber(passport, [existing])).toBeNull();
  });

  it('finds nothing for an empty number', () => {
    const candidate = { id: 'new', applicant: applicantWith('resident-id', ' ') };
    expect(
      findDuplicateIdNumber(candidate, [makeApplication({ applicant: applicantWith('resident-id', '') })]),
    ).toBeNull();
  });

  it('names the earlier registration in its message', () => {
    expect(duplicateIdNumberMessage({ ...existing, number: '2025GX-A1-0007' })).toBe(
      '该证件号码已登记在申领编号 2025GX-A1-0007（李明）中，同一人不能重复申领；请核对号码或打开原登记',
    );
  });
});
