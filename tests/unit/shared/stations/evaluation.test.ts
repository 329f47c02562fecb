import { describe, expect, it } from 'vitest';
import {
  activityTotals,
  anniversary,
  type EvaluationInput,
  emptyEvaluationInput,
  evaluationPeriodStart,
  latestEvaluation,
  nextEvaluationDue,
  parseEvaluation,
} from '../../../../src-shared/stations/evaluation';
import { policyById } from '../../../../src-shared/stations/policy';
import { activity, designatedStation, evaluationEvent, event, station } from './fixtures';

/*
 * 第十六条: 市人力资源和社会保障局每两年对驿站进行一次评估 (six items); 第十七条: 表扬, 整改, 取消称号;
 * 第九条: 示范站 5–20 万元. Each item is scored out of 100 (the city's practice, policy.ts).
 */

const POLICY = policyById('weihai-2020');

describe('anniversary', () => {
  it.each([
    ['2021-06-01', 2, '2023-06-01'],
    ['2021-06-01', 4, '2025-06-01'],
    ['2023-12-31', 2, '2025-12-31'],
    ['2022-03-01', 2, '2024-03-01'],
    // 29 February falls on 1 March in a common year, and on itself in a leap year.
    ['2024-02-29', 2, '2026-03-01'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', 1, '2025-03-01'],
  ] as const)('%s + %i years is %s', (date, years, expected) => {
    expect(anniversary(date, years)).toBe(expected);
  });
});

describe('nextEvaluationDue', () => {
  const designated = designatedStation('2021-06-01');

  it('is two years after the approval before any evaluation', () => {
    expect(nextEvaluationDue(designated, [], POLICY)).toBe('2023-06-01');
  });

  it('moves on two years with every evaluation recorded', () => {
    const first = evaluationEvent('2023-06-10');
    const second = evaluationEvent('2025-05-20');
    expect(nextEvaluationDue(designated, [first], POLICY)).toBe('2025-06-01');
    expect(nextEvaluationDue(designated, [second, first], POLICY)).toBe('2027-06-01');
  });

  it('ignores deleted evaluations and other steps', () => {
    const events = [
      evaluationEvent('2023-06-10', { deleted: true }),
      event('plan', '2022-01-20', { details: { date: '2022-01-20', year: '2022' } }),
      event('summary', '2022-01-20', { details: { date: '2022-01-20', year: '2021' } }),
    ];
    expect(nextEvaluationDue(designated, events, POLICY)).toBe('2023-06-01');
  });

  it('is still due while the station is rectifying', () => {
    const rectifying = designatedStation('2021-06-01', { status: 'rectifying' });
    expect(nextEvaluationDue(rectifying, [evaluationEvent('2023-06-10')], POLICY)).toBe('2025-06-01');
  });

  it('is null before the designation and after the title is revoked', () => {
    expect(nextEvaluationDue(station({ status: 'publicizing' }), [], POLICY)).toBeNull();
    const revoked = designatedStation('2021-06-01', { status: 'revoked', revokedOn: '2024-01-10' });
    expect(nextEvaluationDue(revoked, [evaluationEvent('2023-06-10')], POLICY)).toBeNull();
  });

  it('from 29 February falls on 1 March', () => {
    expect(nextEvaluationDue(designatedStation('2024-02-29'), [], POLICY)).toBe('2026-03-01');
  });
});

describe('evaluationPeriodStart', () => {
  const designated = designatedStation('2021-06-01');

  it('is the approval day for the first evaluation', () => {
    expect(evaluationPeriodStart(designated, [], '2023-06-10')).toBe('2021-06-01');
  });

  it('is the day after the latest evaluation on or before the date', () => {
    const events = [evaluationEvent('2023-06-10'), evaluationEvent('2025-06-05'), evaluationEvent('2021-12-31')];
    expect(evaluationPeriodStart(designated, events, '2025-06-04')).toBe('2023-06-11');
    expect(evaluationPeriodStart(designated, events, '2027-06-01')).toBe('2025-06-06');
  });

  it('ignores deleted evaluations', () => {
    expect(evaluationPeriodStart(designated, [evaluationEvent('2023-06-10', { deleted: true })], '2025-06-01')).toBe(
      '2021-06-01',
    );
  });

  it('is the date itself for a station without a designation', () => {
    expect(evaluationPeriodStart(station(), [], '2023-06-10')).toBe('2023-06-10');
  });
});

describe('activityTotals', () => {
  const activities = [
    activity('2021-05-31', { participants: 1000, expertsServed: 1000 }), // the day before: not counted
    activity('2021-06-01', { participants: 30, expertsServed: 3 }), // first day: counted
    activity('2022-10-15', { participants: 45, expertsServed: 6 }),
    activity('2022-11-01', { participants: 500, expertsServed: 500, deleted: true }),
    activity('2023-06-10', { participants: 12, expertsServed: 2 }), // last day: counted
    activity('2023-06-11', { participants: 2000, expertsServed: 2000 }), // the day after: not counted
  ];

  it('counts the activities from the first to the last day, both included, deleted ones left out', () => {
    expect(activityTotals(activities, '2021-06-01', '2023-06-10')).toEqual({
      activityCount: 3,
      servedCount: 11,
      participants: 87,
    });
  });

  it('is zero for an empty period', () => {
    expect(activityTotals(activities, '2024-01-01', '2024-12-31')).toEqual({
      activityCount: 0,
      servedCount: 0,
      participants: 0,
    });
  });
});

describe('latestEvaluation', () => {
  it('is the live evaluation with the latest date', () => {
    const late = evaluationEvent('2025-06-05');
    const events = [late, evaluationEvent('2023-06-10'), evaluationEvent('2027-01-01', { deleted: true })];
    expect(latestEvaluation(events)).toBe(late);
    expect(latestEvaluation([])).toBeNull();
  });
});

/** Six scores of 80, the given outcome and extras. */
function input(overrides: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    ...emptyEvaluationInput(),
    items: ['80', '80', '80', '80', '80', '80'].map((score) => ({ score, note: '' })),
    outcome: 'pass',
    ...overrides,
  };
}

function withScore(index: number, score: string, note = ''): EvaluationInput {
  const value = input();
  value.items[index] = { score, note };
  return value;
}

const DATE = '2023-06-10';

describe('parseEvaluation', () => {
  it('accepts six scores and 合格, trimming what was typed', () => {
    const value = input();
    value.items[0] = { score: ' 95.5 ', note: ' 带动明显 ' };
    value.items[5] = { score: '0', note: '' };
    value.items[4] = { score: '100', note: '' };
    expect(parseEvaluation({ ...value, decisionReference: '不用', rectifyItems: '不用' }, POLICY, DATE)).toEqual({
      ok: true,
      value: {
        items: [
          { score: 95.5, note: '带动明显' },
          { score: 80, note: '' },
          { score: 80, note: '' },
          { score: 80, note: '' },
          { score: 100, note: '' },
          { score: 0, note: '' },
        ],
        outcome: 'pass',
        subsidyWan: null,
        decisionReference: '',
        rectifyItems: '',
        rectifyDeadline: '',
      },
    });
  });

  it('starts from six empty items and no outcome', () => {
    expect(emptyEvaluationInput()).toEqual({
      items: [1, 2, 3, 4, 5, 6].map(() => ({ score: '', note: '' })),
      outcome: '',
      subsidyWan: '',
      decisionReference: '',
      rectifyItems: '',
      rectifyDeadline: '',
    });
  });

  it('asks for every score and the outcome', () => {
    expect(parseEvaluation(emptyEvaluationInput(), POLICY, DATE)).toEqual({
      ok: false,
      errors: {
        item1: '请为第1项评分',
        item2: '请为第2项评分',
        item3: '请为第3项评分',
        item4: '请为第4项评分',
        item5: '请为第5项评分',
        item6: '请为第6项评分',
        outcome: '请选择评估结论',
      },
    });
  });

  it.each(['100.5', '101', '-1', '85.25', '八十', '80分', '1e2', '.5'])('refuses the score %s', (score) => {
    expect(parseEvaluation(withScore(2, score), POLICY, DATE)).toEqual({
      ok: false,
      errors: { item3: '第3项的评分应为 0–100 的数，最多一位小数' },
    });
  });

  it.each(['0', '0.5', '59.9', '100', '100.0'])('accepts the score %s', (score) => {
    expect(parseEvaluation(withScore(2, score), POLICY, DATE).ok).toBe(true);
  });

  it('limits an item note to 500 characters', () => {
    expect(parseEvaluation(withScore(1, '80', '评'.repeat(500)), POLICY, DATE).ok).toBe(true);
    expect(parseEvaluation(withScore(1, '80', '评'.repeat(501)), POLICY, DATE)).toEqual({
      ok: false,
      errors: { item2: '第2项的说明过长（最多 500 字）' },
    });
  });

  it.each(['pass', 'commend'] as const)('records %s without subsidy, decision or rectification', (outcome) => {
    const parsed = parseEvaluation(input({ outcome, subsidyWan: '10' }), POLICY, DATE);
    expect(parsed.ok && parsed.value.outcome).toBe(outcome);
    expect(parsed.ok && parsed.value.subsidyWan).toBeNull();
  });

  describe('示范站 (第九条: 5–20 万元)', () => {
    const demonstration = (subsidyWan: string, decisionReference = '威人社〔2023〕9号') =>
      parseEvaluation(input({ outcome: 'demonstration', subsidyWan, decisionReference }), POLICY, DATE);
    const RANGE = '示范站建站补助为每站 5–20 万元（第九条），请核对金额';

    it.each([
      ['5', 5],
      ['20', 20],
      ['12.5', 12.5],
    ] as const)('accepts %s 万元', (typed, amount) => {
      const parsed = demonstration(typed);
      expect(parsed).toEqual({
        ok: true,
        value: expect.objectContaining({
          outcome: 'demonstration',
          subsidyWan: amount,
          decisionReference: '威人社〔2023〕9号',
        }),
      });
    });

    it.each(['4.9', '20.5', '0', '25', '10.25', '十万', '-5'])('refuses %s 万元', (typed) => {
      expect(demonstration(typed)).toEqual({ ok: false, errors: { subsidyWan: RANGE } });
    });

    it('asks for the amount and the decision reference', () => {
      expect(demonstration('  ', '  ')).toEqual({
        ok: false,
        errors: { subsidyWan: '请填写示范站建站补助金额（万元）', decisionReference: '请填写确定示范站的决定文号' },
      });
    });
  });

  describe('限期整改 (第十七条)', () => {
    const rectify = (rectifyItems: string, rectifyDeadline: string) =>
      parseEvaluation(input({ outcome: 'rectify', rectifyItems, rectifyDeadline }), POLICY, DATE);

    it('records the items and a deadline after the evaluation date', () => {
      expect(rectify(' 活动偏少 ', '2023-06-11')).toEqual({
        ok: true,
        value: expect.objectContaining({
          outcome: 'rectify',
          subsidyWan: null,
          decisionReference: '',
          rectifyItems: '活动偏少',
          rectifyDeadline: '2023-06-11',
        }),
      });
    });

    it('asks for the items and the deadline', () => {
      expect(rectify('', '')).toEqual({
        ok: false,
        errors: { rectifyItems: '请填写整改意见（需整改的事项）', rectifyDeadline: '请填写整改期限' },
      });
    });

    it.each(['2023-6-30', '2023-02-30', '明年'])('refuses the deadline %s', (deadline) => {
      expect(rectify('活动偏少', deadline)).toEqual({
        ok: false,
        errors: { rectifyDeadline: '整改期限应为“年-月-日”，例如 2026-03-01' },
      });
    });

    it.each(['2023-06-10', '2023-06-09'])('refuses the deadline %s, not after the evaluation', (deadline) => {
      expect(rectify('活动偏少', deadline)).toEqual({
        ok: false,
        errors: { rectifyDeadline: '整改期限应晚于评估日期' },
      });
    });
  });
});
