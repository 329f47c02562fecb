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

  it('refuses the city’s review steps and the card’s data, and allows the windows’ own steps out of them', () => {
    expect(cityDecisionRefusal('applications', app('submitted'), app('joint-review'))).toMatch(/联合研究.*市级/);
    expect(cityDecisionRefusal('applications', app('card-made'), app('issued'))).toMatch(/已制卡.*不能更改/);
    expect(cityDecisionRefusal('applications', app('sealed'), app('approved'))).toMatch(/已同意.*只能由市级/);
    expect(cityDecisionRefusal('applications', app('approved'), app('withdrawn'))).toMatch(/已同意.*不能更改/);
    expect(cityDecisionRefusal('applications', app('joint-review'), app('withdrawn'))).toBeNull();
    expect(cityDecisionRefusal('applications', app('returned'), app('registered'))).toBeNull();
    const issued = { ...app('issued'), card: { number: 'WH2026001', issuedOn: '2026-03-01' } };
    expect(
      cityDecisionRefusal('applications', issued, { ...issued, card: { number: 'WH2026002', issuedOn: '2026-03-01' } }),
    ).toMatch(/卡号/);
    expect(cityDecisionRefusal('applications', issued, { ...issued, landing: { date: '2026-06-01' } })).toBeNull();
    const talent = (status: string) => ({ ...app(status), category: 'enterprise-talent' });
    expect(cityDecisionRefusal('applications', talent('city-window'), talent('joint-audit'))).toMatch(/联合审核/);
    expect(cityDecisionRefusal('applications', talent('online-recorded'), talent('district-recommended'))).toBeNull();
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
