import { describe, expect, it } from 'vitest';
import { cityDecisionRefusal } from '../../../src-shared/sync/authority';

const app = (status: string) => ({ status, applicant: { name: '张三' } });

describe('decisions only the city records', () => {
  it('refuses a district setting an application to 未通过', () => {
    expect(cityDecisionRefusal('applications', app('registered'), app('rejected'))).toMatch(/未通过.*市级/);
    expect(cityDecisionRefusal('applications', null, app('rejected'))).toMatch(/未通过/);
  });

  it('refuses changing a rejected application’s status or deleting it', () => {
    expect(cityDecisionRefusal('applications', app('rejected'), app('registered'))).toMatch(/未通过.*不能更改或删除/);
    expect(cityDecisionRefusal('applications', app('rejected'), null)).toMatch(/不能更改或删除/);
    expect(cityDecisionRefusal('applications', app('rejected'), { applicant: {} })).not.toBeNull();
  });

  it('allows the district’s own steps and other fields of a rejected application', () => {
    expect(cityDecisionRefusal('applications', app('draft'), app('registered'))).toBeNull();
    expect(cityDecisionRefusal('applications', null, app('draft'))).toBeNull();
    expect(cityDecisionRefusal('applications', app('sealed'), null)).toBeNull();
    expect(cityDecisionRefusal('applications', app('rejected'), { ...app('rejected'), phone: '1' })).toBeNull();
  });

  it('leaves other tables alone', () => {
    expect(cityDecisionRefusal('projects', { status: 'registered' }, { status: 'rejected' })).toBeNull();
  });
});
