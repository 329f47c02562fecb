import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../src-shared/api/roles';
import {
  type ApplicationStatus,
  allowedSteps,
  type CardCategory,
  findStep,
  STATUS_LABELS,
  type StepId,
  stepBetween,
  stepDataErrors,
} from '../../../../src-shared/cards/workflow';

/*
 * The expectations below are written out by hand from the notice (威人社字〔2023〕4 号, 三、申领方式)
 * and the comments in workflow.ts — never read from WORKFLOWS — so that a wrong table fails them.
 *
 * 商务精英类: the window registers, prints the 申领登记表, files the stamped copy and submits it
 * (电子政务办公平台 → 人才创新发展院); the city studies it jointly (联合研究), reports it to the
 * 人才办, then approves, makes and issues the card.
 * 名企优才类: the window records the enterprise's online application (英才威海网), the district
 * recommends it and reports it to the city window; the city audits it jointly (联合审核), then
 * approves, makes and issues the card.
 * Only the city ('city') records review steps, decisions, the card and its revocation; the windows
 * ('district', and the city's own window) do the paperwork, resubmit after 退回补正 and withdraw
 * before a decision. Admin does nothing.
 */

const ALL_STATUSES: readonly ApplicationStatus[] = [
  'draft',
  'registered',
  'awaiting-seal',
  'sealed',
  'submitted',
  'joint-review',
  'talent-office',
  'online-recorded',
  'district-recommended',
  'city-window',
  'joint-audit',
  'approved',
  'card-made',
  'issued',
  'returned',
  'rejected',
  'withdrawn',
  'revoked',
];

const ROLES: readonly Role[] = ['district', 'city', 'admin'];

/** Where each step leads, per category (written by hand). */
const TARGET: Record<CardCategory, Partial<Record<StepId, ApplicationStatus>>> = {
  'business-elite': {
    register: 'registered',
    print: 'awaiting-seal',
    'file-seal': 'sealed',
    submit: 'submitted',
    'start-joint-review': 'joint-review',
    'report-talent-office': 'talent-office',
    approve: 'approved',
    'make-card': 'card-made',
    issue: 'issued',
    return: 'returned',
    reject: 'rejected',
    resubmit: 'registered',
    withdraw: 'withdrawn',
    revoke: 'revoked',
  },
  'enterprise-talent': {
    'record-online': 'online-recorded',
    recommend: 'district-recommended',
    'report-city': 'city-window',
    'start-joint-audit': 'joint-audit',
    approve: 'approved',
    'make-card': 'card-made',
    issue: 'issued',
    return: 'returned',
    reject: 'rejected',
    resubmit: 'online-recorded',
    withdraw: 'withdrawn',
    revoke: 'revoked',
  },
};

type Row = Record<Role, readonly StepId[]>;
const none: Row = { district: [], city: [], admin: [] };

/** The allowed steps per (category, status, role), written out in full. */
const EXPECTED: Record<CardCategory, Record<ApplicationStatus, Row>> = {
  'business-elite': {
    draft: { district: ['register', 'withdraw'], city: ['register', 'withdraw'], admin: [] },
    registered: { district: ['print', 'withdraw'], city: ['print', 'withdraw'], admin: [] },
    // Printing again keeps it awaiting the seal.
    'awaiting-seal': {
      district: ['print', 'file-seal', 'withdraw'],
      city: ['print', 'file-seal', 'withdraw'],
      admin: [],
    },
    // Filing the stamped copy again keeps it sealed.
    sealed: {
      district: ['file-seal', 'submit', 'withdraw'],
      city: ['file-seal', 'submit', 'withdraw'],
      admin: [],
    },
    submitted: {
      district: ['withdraw'],
      city: ['start-joint-review', 'return', 'reject', 'withdraw'],
      admin: [],
    },
    'joint-review': {
      district: ['withdraw'],
      city: ['report-talent-office', 'return', 'reject', 'withdraw'],
      admin: [],
    },
    'talent-office': {
      district: ['withdraw'],
      city: ['approve', 'return', 'reject', 'withdraw'],
      admin: [],
    },
    // The other category's statuses lead nowhere here.
    'online-recorded': none,
    'district-recommended': none,
    'city-window': none,
    'joint-audit': none,
    approved: { district: [], city: ['make-card'], admin: [] },
    'card-made': { district: [], city: ['issue'], admin: [] },
    issued: { district: [], city: ['revoke'], admin: [] },
    returned: { district: ['resubmit', 'withdraw'], city: ['resubmit', 'withdraw'], admin: [] },
    rejected: none,
    withdrawn: none,
    revoked: none,
  },
  'enterprise-talent': {
    draft: { district: ['record-online', 'withdraw'], city: ['record-online', 'withdraw'], admin: [] },
    registered: none,
    'awaiting-seal': none,
    sealed: none,
    submitted: none,
    'joint-review': none,
    'talent-office': none,
    'online-recorded': { district: ['recommend', 'withdraw'], city: ['recommend', 'withdraw'], admin: [] },
    'district-recommended': {
      district: ['report-city', 'withdraw'],
      city: ['report-city', 'withdraw'],
      admin: [],
    },
    'city-window': {
      district: ['withdraw'],
      city: ['start-joint-audit', 'return', 'reject', 'withdraw'],
      admin: [],
    },
    'joint-audit': {
      district: ['withdraw'],
      city: ['approve', 'return', 'reject', 'withdraw'],
      admin: [],
    },
    approved: { district: [], city: ['make-card'], admin: [] },
    'card-made': { district: [], city: ['issue'], admin: [] },
    issued: { district: [], city: ['revoke'], admin: [] },
    returned: { district: ['resubmit', 'withdraw'], city: ['resubmit', 'withdraw'], admin: [] },
    rejected: none,
    withdrawn: none,
    revoked: none,
  },
};

const CATEGORIES: readonly CardCategory[] = ['business-elite', 'enterprise-talent'];

const cases = CATEGORIES.flatMap((category) =>
  ALL_STATUSES.flatMap((status) =>
    ROLES.map((role) => ({ category, status, role, expected: EXPECTED[category][status][role] })),
  ),
);

const sorted = (ids: readonly string[]) => [...ids].sort();

describe('the workflow table', () => {
  it('covers every status there is', () => {
    expect(sorted(Object.keys(STATUS_LABELS))).toEqual(sorted(ALL_STATUSES));
  });

  it.each(cases)(
    '$category: from $status, $role may take exactly $expected',
    ({ category, status, role, expected }) => {
      const steps = allowedSteps(category, status, role);
      expect(sorted(steps.map((s) => s.id))).toEqual(sorted(expected));
      for (const step of steps) expect(step.to).toBe(TARGET[category][step.id]);
    },
  );

  it.each(cases)(
    '$category: from $status, $role may move only where its steps lead',
    ({ category, status, role, expected }) => {
      for (const to of ALL_STATUSES) {
        const want = expected.find((id) => TARGET[category][id] === to);
        const step = stepBetween(category, status, to, role);
        if (want === undefined) expect(step, `${status} → ${to}`).toBeUndefined();
        else expect(step?.id, `${status} → ${to}`).toBe(want);
      }
    },
  );
});

describe('the key rules, spelled out', () => {
  const CITY_ONLY: readonly StepId[] = [
    'start-joint-review',
    'report-talent-office',
    'start-joint-audit',
    'approve',
    'return',
    'reject',
    'make-card',
    'issue',
    'revoke',
  ];
  const DECIDED: readonly ApplicationStatus[] = ['approved', 'card-made', 'issued', 'rejected', 'withdrawn', 'revoked'];

  it.each(CATEGORIES)('%s: admin may do nothing from any status', (category) => {
    for (const status of ALL_STATUSES) expect(allowedSteps(category, status, 'admin')).toEqual([]);
  });

  it.each(CATEGORIES)('%s: a district window never reviews, decides, makes, issues or revokes', (category) => {
    for (const status of ALL_STATUSES) {
      const ids = allowedSteps(category, status, 'district').map((s) => s.id);
      for (const id of CITY_ONLY) expect(ids, status).not.toContain(id);
      for (const to of [
        'joint-review',
        'talent-office',
        'joint-audit',
        'approved',
        'card-made',
        'issued',
        'rejected',
        'revoked',
      ] as const) {
        expect(stepBetween(category, status, to, 'district'), `${status} → ${to}`).toBeUndefined();
      }
    }
  });

  it.each(CATEGORIES)('%s: no one may withdraw after a decision', (category) => {
    for (const status of DECIDED) {
      for (const role of ROLES)
        expect(stepBetween(category, status, 'withdrawn', role), `${status}/${role}`).toBeUndefined();
    }
  });

  it.each(CATEGORIES)('%s: withdrawn, rejected and revoked are final', (category) => {
    for (const status of ['withdrawn', 'rejected', 'revoked'] as const) {
      for (const role of ROLES) expect(allowedSteps(category, status, role), `${status}/${role}`).toEqual([]);
    }
  });

  it('keeps each category to its own steps', () => {
    expect(findStep('business-elite', 'record-online')).toBeUndefined();
    expect(findStep('business-elite', 'start-joint-audit')).toBeUndefined();
    expect(findStep('enterprise-talent', 'submit')).toBeUndefined();
    expect(findStep('enterprise-talent', 'start-joint-review')).toBeUndefined();
    expect(findStep('business-elite', 'resubmit')?.to).toBe('registered');
    expect(findStep('enterprise-talent', 'resubmit')?.to).toBe('online-recorded');
  });
});

function step(category: CardCategory, id: StepId) {
  const found = findStep(category, id);
  if (!found) throw new Error(`no step ${id} in ${category}`);
  return found;
}

describe('stepDataErrors', () => {
  it('asks for the 报送日期 and the 电子政务办公平台文号 when submitting', () => {
    expect(stepDataErrors(step('business-elite', 'submit'), {})).toEqual({
      date: '请填写报送日期',
      reference: '请填写电子政务办公平台文号',
    });
  });

  it('asks for the 卡号 and the 发放日期 when issuing', () => {
    for (const category of CATEGORIES) {
      expect(stepDataErrors(step(category, 'issue'), { cardNumber: '  ', issueDate: '' })).toEqual({
        cardNumber: '请填写卡号',
        issueDate: '请填写发放日期',
      });
    }
  });

  it('asks for the 原因 when rejecting, and for 需补正的事项 when returning', () => {
    for (const category of CATEGORIES) {
      expect(stepDataErrors(step(category, 'reject'), {})).toEqual({ reason: '请填写原因' });
      expect(stepDataErrors(step(category, 'return'), { items: ' \n ' })).toEqual({ items: '请填写需补正的事项' });
      expect(stepDataErrors(step(category, 'withdraw'), {})).toEqual({ reason: '请填写原因' });
      expect(stepDataErrors(step(category, 'revoke'), {})).toEqual({ reason: '请填写原因' });
    }
  });

  it('asks for the dates, numbers and opinions of the 名企优才类 window steps', () => {
    expect(stepDataErrors(step('enterprise-talent', 'record-online'), {})).toEqual({
      date: '请填写网上申请日期',
      reference: '请填写英才威海网申请编号',
    });
    expect(stepDataErrors(step('enterprise-talent', 'recommend'), {})).toEqual({ opinion: '请填写推荐意见' });
    expect(stepDataErrors(step('enterprise-talent', 'report-city'), {})).toEqual({ date: '请填写报送日期' });
  });

  it('refuses a date that is not 年-月-日', () => {
    expect(
      stepDataErrors(step('business-elite', 'submit'), { date: '2026/03/01', reference: '威人才〔2026〕1 号' }),
    ).toEqual({
      date: '报送日期应为“年-月-日”，例如 2026-03-01',
    });
    expect(
      stepDataErrors(step('enterprise-talent', 'issue'), { cardNumber: 'WH-0001', issueDate: '2026-3-1' }),
    ).toEqual({
      issueDate: '发放日期应为“年-月-日”，例如 2026-03-01',
    });
  });

  it('refuses a text over 500 characters', () => {
    expect(stepDataErrors(step('business-elite', 'reject'), { reason: '理'.repeat(501) })).toEqual({
      reason: '原因过长（最多 500 字）',
    });
    expect(stepDataErrors(step('business-elite', 'reject'), { reason: '理'.repeat(500) })).toEqual({});
  });

  it('accepts complete data', () => {
    expect(
      stepDataErrors(step('business-elite', 'submit'), { date: ' 2026-03-01 ', reference: '威人才〔2026〕1 号' }),
    ).toEqual({});
    expect(stepDataErrors(step('business-elite', 'issue'), { cardNumber: 'WH-0001', issueDate: '2026-03-01' })).toEqual(
      {},
    );
    expect(stepDataErrors(step('enterprise-talent', 'reject'), { reason: '不符合条件' })).toEqual({});
    expect(stepDataErrors(step('enterprise-talent', 'return'), { items: '补充社保缴纳证明' })).toEqual({});
    expect(stepDataErrors(step('business-elite', 'make-card'), {})).toEqual({});
  });
});
