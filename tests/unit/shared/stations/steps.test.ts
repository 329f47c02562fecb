import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../src-shared/api/roles';
import { applicationGaps, objections } from '../../../../src-shared/stations/blockers';
import { type EvaluationInput, emptyEvaluationInput } from '../../../../src-shared/stations/evaluation';
import type {
  Station,
  StationActivity,
  StationEvent,
  StationStatus,
  StationStepId,
} from '../../../../src-shared/stations/station';
import { planStationStep, type StepPlan } from '../../../../src-shared/stations/steps';
import { findStationStep } from '../../../../src-shared/stations/workflow';
import { activity, designatedStation, evaluationEvent, event, station } from './fixtures';

/*
 * 《威海市高层次人才驿站管理暂行办法》 (威人组发〔2020〕10 号): 第六条 conditions, 第七条 申报 → 认定 →
 * 公示 (5 个工作日) → 公布, 第十六条 evaluation every two years, 第十七条 整改 / 取消称号, 第十八条 in force
 * 2020-12-14 to 2023-12-13. Every expected value is written out by hand.
 */

const TODAY = '2025-06-30';
const INVALID = '请更正标出的内容';

interface Context {
  events?: StationEvent[];
  activities?: StationActivity[];
  role?: Role;
  deviceDistrict?: string;
  today?: string;
  evidence?: string[];
  evaluation?: EvaluationInput;
}

/** Records `stepId` on `target` as the city (a 市级 device) unless told otherwise. */
function run(stepId: StationStepId, target: Station, data: Record<string, string>, context: Context = {}): StepPlan {
  return planStationStep(
    findStationStep(stepId),
    { data, evidence: context.evidence ?? [], evaluation: context.evaluation },
    {
      station: target,
      events: context.events ?? [],
      activities: context.activities ?? [],
      role: context.role ?? 'city',
      deviceDistrict: context.deviceDistrict ?? 'SJ',
      today: context.today ?? TODAY,
    },
  );
}

const refusedFields = (fields: Record<string, string>) => ({ ok: false, message: INVALID, fields });
const refused = (message: string) => ({ ok: false, message, fields: {} });

/** A status change recorded on `date`. */
const move = (step: StationStepId, date: string, from: StationStatus, to: StationStatus, id?: string) =>
  event(step, date, { from, to, ...(id ? { id } : {}) });

const applied = () => station({ status: 'applied', policyVersion: 'weihai-2020' });
const APPLIED_EVENTS = [move('apply', '2023-03-01', 'draft', 'applied')];

const selected = () => station({ status: 'selected', policyVersion: 'weihai-2020' });
const SELECTED_EVENTS = [...APPLIED_EVENTS, move('select', '2023-09-20', 'applied', 'selected')];

/** 公示 from Wednesday 2023-09-27 through Monday 2023-10-09 (National Day and its 调休 weekend in between). */
const publicizing = () =>
  station({
    status: 'publicizing',
    policyVersion: 'weihai-2020',
    publicity: { start: '2023-09-27', end: '2023-10-09', estimated: false },
  });
const PUBLICIZING_EVENTS = [...SELECTED_EVENTS, move('publicize', '2023-09-27', 'selected', 'publicizing')];

const objection = (id: string, date: string, overrides: Partial<StationEvent> = {}) =>
  event('object', date, {
    id,
    from: 'publicizing',
    to: 'publicizing',
    details: { date, content: '申报材料与实际不符' },
    ...overrides,
  });
const settlement = (objectionId: string, date: string, upheld: 'yes' | 'no', overrides: Partial<StationEvent> = {}) =>
  event('settle', date, {
    from: 'publicizing',
    to: 'publicizing',
    details: { date, objection: objectionId, settlement: '已核查', upheld },
    ...overrides,
  });

const DESIGNATED_EVENTS = [move('publish', '2021-06-01', 'publicizing', 'designated')];

const rectifying = () =>
  designatedStation('2021-06-01', {
    status: 'rectifying',
    rectification: { items: '活动偏少', deadline: '2024-03-31', orderedOn: '2023-06-10' },
  });
const RECTIFYING_EVENTS = [...DESIGNATED_EVENTS, move('evaluate', '2023-06-10', 'designated', 'rectifying')];

/** Six scores of 80 and the outcome. */
const evaluationInput = (overrides: Partial<EvaluationInput> = {}): EvaluationInput => ({
  ...emptyEvaluationInput(),
  items: ['80', '80', '80', '80', '80', '80'].map((score) => ({ score, note: '' })),
  outcome: 'pass',
  ...overrides,
});
const EIGHTIES = [80, 80, 80, 80, 80, 80].map((score) => ({ score, note: '' }));

describe('申报 (第七条 (一))', () => {
  it('is recorded by the district window with its recommendation, under the measures in force', () => {
    const plan = run(
      'apply',
      station(),
      { date: '2021-03-01', recommendation: ' 同意推荐 ' },
      { role: 'district', deviceDistrict: 'HC' },
    );
    expect(plan).toEqual({
      ok: true,
      to: 'applied',
      date: '2021-03-01',
      details: { date: '2021-03-01', recommendation: '同意推荐' },
      evaluation: null,
      change: { status: 'applied', policyVersion: 'weihai-2020' },
    });
  });

  it.each(['2020-12-14', '2023-12-13'])('on %s is within the measures (第十八条)', (date) => {
    const plan = run('apply', station(), { date, recommendation: '同意' });
    expect(plan).toMatchObject({ ok: true, details: { date, recommendation: '同意' } });
    expect(plan.ok && plan.details.policyContinued).toBeUndefined();
  });

  it('after the measures expired (2023-12-13) continues them and says so', () => {
    expect(run('apply', station(), { date: '2024-03-01', recommendation: '同意' })).toEqual({
      ok: true,
      to: 'applied',
      date: '2024-03-01',
      details: { date: '2024-03-01', recommendation: '同意', policyContinued: 'yes' },
      evaluation: null,
      change: { status: 'applied', policyVersion: 'weihai-2020' },
    });
  });

  it('before the measures took effect is refused', () => {
    expect(run('apply', station(), { date: '2020-12-13', recommendation: '同意' })).toEqual(
      refusedFields({ date: '申报日期早于《威海市高层次人才驿站管理暂行办法》施行日（2020-12-14）' }),
    );
  });

  it.each(['city-unit', 'institution'] as const)(
    'by a %s goes straight to the city, without a recommendation',
    (route) => {
      expect(run('apply', station({ route }), { date: '2022-04-01' })).toEqual({
        ok: true,
        to: 'applied',
        date: '2022-04-01',
        details: { date: '2022-04-01', recommendation: '' },
        evaluation: null,
        change: { status: 'applied', policyVersion: 'weihai-2020' },
      });
    },
  );

  it.each(['city-unit', 'institution'] as const)('by a %s is not recorded by a district window', (route) => {
    expect(
      run('apply', station({ route }), { date: '2022-04-01' }, { role: 'district', deviceDistrict: 'HC' }),
    ).toEqual(refused('市直单位、高校院所直接报市人力资源和社会保障局（第七条），由市级记录申报'));
  });

  it.each(['district', 'city'] as const)('through the district needs the recommendation (recorded by %s)', (role) => {
    expect(
      run('apply', station(), { date: '2022-04-01', recommendation: '  ' }, { role, deviceDistrict: 'HC' }),
    ).toEqual(refusedFields({ recommendation: '经区市推荐申报的，请填写区市人力资源社会保障部门推荐意见' }));
  });

  it('needs every condition of 第六条 with its note and evidence, and a function of 第八条', () => {
    const incomplete = station({
      conditions: { venue: '  ', industry: '周边园区', experts: '专家 20 人', management: '制度齐全' },
      conditionEvidence: { venue: ['a'], industry: ['b'], experts: [], management: ['d'] },
      functions: [],
    });
    expect(applicationGaps(incomplete)).toEqual([
      '第六条条件“场地设施与经费”的说明和证明材料',
      '第六条条件“专家群体”的说明和证明材料',
      '第八条职责功能（至少一项）',
    ]);
    expect(run('apply', incomplete, { date: '2022-04-01', recommendation: '同意' })).toEqual(
      refused(
        '申报前请在“基本信息”中补齐：第六条条件“场地设施与经费”的说明和证明材料；第六条条件“专家群体”的说明和证明材料；第八条职责功能（至少一项）',
      ),
    );
    expect(applicationGaps(station())).toEqual([]);
  });
});

describe('认定 (第七条 (二))', () => {
  const data = { date: '2023-04-10', experts: '李四、王五', opinion: '条件具备' };

  it.each([
    ['select', 'selected'],
    ['not-select', 'not-selected'],
  ] as const)('%s moves the station to %s with the experts and opinion', (stepId, to) => {
    expect(run(stepId, applied(), data, { events: APPLIED_EVENTS })).toEqual({
      ok: true,
      to,
      date: '2023-04-10',
      details: data,
      evaluation: null,
      change: { status: to },
    });
  });
});

describe('公示 (第七条 (三): 5 个工作日)', () => {
  it('runs five working days over National Day and its 调休 weekend', () => {
    expect(run('publicize', selected(), { date: '2023-09-27' }, { events: SELECTED_EVENTS })).toEqual({
      ok: true,
      to: 'publicizing',
      date: '2023-09-27',
      details: { date: '2023-09-27', end: '2023-10-09' },
      evaluation: null,
      change: { status: 'publicizing', publicity: { start: '2023-09-27', end: '2023-10-09', estimated: false } },
    });
  });

  it('begun during the Spring Festival holiday starts on the 调休 Sunday after it', () => {
    const plan = run('publicize', selected(), { date: '2024-02-12' }, { events: SELECTED_EVENTS });
    expect(plan).toMatchObject({
      ok: true,
      details: { date: '2024-02-12', end: '2024-02-22' },
      change: { status: 'publicizing', publicity: { start: '2024-02-18', end: '2024-02-22', estimated: false } },
    });
  });

  it('in a year without the official calendar is an estimate', () => {
    // 2027-01-04 (Mon) … 2027-01-08 (Fri), Monday to Friday.
    expect(
      run('publicize', selected(), { date: '2027-01-04' }, { events: SELECTED_EVENTS, today: '2027-01-04' }),
    ).toEqual({
      ok: true,
      to: 'publicizing',
      date: '2027-01-04',
      details: { date: '2027-01-04', end: '2027-01-08', estimated: 'yes' },
      evaluation: null,
      change: { status: 'publicizing', publicity: { start: '2027-01-04', end: '2027-01-08', estimated: true } },
    });
  });
});

describe('异议 during 公示', () => {
  it.each(['2023-09-27', '2023-10-09'])('received on %s (within the period) is recorded', (date) => {
    expect(
      run('object', publicizing(), { date, content: '申报材料与实际不符' }, { events: PUBLICIZING_EVENTS }),
    ).toEqual({
      ok: true,
      to: 'publicizing',
      date,
      details: { date, content: '申报材料与实际不符' },
      evaluation: null,
      change: { status: 'publicizing' },
    });
  });

  it.each(['2023-09-26', '2023-10-10'])('received on %s (outside the period) is refused', (date) => {
    expect(
      run('object', publicizing(), { date, content: '申报材料与实际不符' }, { events: PUBLICIZING_EVENTS }),
    ).toEqual(refusedFields({ date: '异议应在公示期内（2023-09-27 至 2023-10-09）提出' }));
  });

  it('needs its content', () => {
    expect(run('object', publicizing(), { date: '2023-10-05' }, { events: PUBLICIZING_EVENTS })).toEqual(
      refusedFields({ content: '请填写异议内容' }),
    );
  });
});

describe('处理异议', () => {
  const data = (date: string, objectionId = 'objection-1') => ({
    date,
    objection: objectionId,
    settlement: '经核查不属实',
    upheld: 'no',
  });
  const received = objection('objection-1', '2023-10-05');

  it.each(['2023-10-05', '2023-10-08'])('on %s records how the objection was settled', (date) => {
    expect(run('settle', publicizing(), data(date), { events: [...PUBLICIZING_EVENTS, received] })).toEqual({
      ok: true,
      to: 'publicizing',
      date,
      details: data(date),
      evaluation: null,
      change: { status: 'publicizing' },
    });
  });

  it('of an unknown or deleted objection is refused', () => {
    const unknown = refusedFields({ objection: '请选择本驿站公示期间记录的一条异议' });
    expect(
      run('settle', publicizing(), data('2023-10-08', 'nope'), { events: [...PUBLICIZING_EVENTS, received] }),
    ).toEqual(unknown);
    const deleted = objection('objection-1', '2023-10-05', { deleted: true });
    expect(run('settle', publicizing(), data('2023-10-08'), { events: [...PUBLICIZING_EVENTS, deleted] })).toEqual(
      unknown,
    );
  });

  it('of an objection already settled is refused; a deleted settlement does not count', () => {
    const settled = settlement('objection-1', '2023-10-07', 'no');
    expect(
      run('settle', publicizing(), data('2023-10-08'), { events: [...PUBLICIZING_EVENTS, received, settled] }),
    ).toEqual(refusedFields({ objection: '该异议已于 2023-10-07 处理' }));
    const withdrawn = settlement('objection-1', '2023-10-07', 'no', { deleted: true });
    expect(
      run('settle', publicizing(), data('2023-10-08'), { events: [...PUBLICIZING_EVENTS, received, withdrawn] }).ok,
    ).toBe(true);
  });

  it('dated before the objection was received is refused', () => {
    expect(run('settle', publicizing(), data('2023-10-04'), { events: [...PUBLICIZING_EVENTS, received] })).toEqual(
      refusedFields({ date: '处理日期不能早于收到异议的日期（2023-10-05）' }),
    );
  });

  it('needs every field, and 是否成立 as yes or no', () => {
    expect(run('settle', publicizing(), {}, { events: PUBLICIZING_EVENTS })).toEqual(
      refusedFields({
        date: '请填写处理日期',
        objection: '请选择所处理的异议',
        settlement: '请填写核查处理情况',
        upheld: '请选择异议是否成立',
      }),
    );
    expect(
      run(
        'settle',
        publicizing(),
        { ...data('2023-10-08'), upheld: 'maybe' },
        { events: [...PUBLICIZING_EVENTS, received] },
      ),
    ).toEqual(refusedFields({ upheld: '请选择异议是否成立' }));
  });

  it('lists the objections in date order with their settlement', () => {
    const late = objection('objection-2', '2023-10-06');
    const settled = settlement('objection-1', '2023-10-07', 'yes');
    const listed = objections([late, settled, received, objection('objection-3', '2023-10-01', { deleted: true })]);
    expect(listed.map((o) => [o.objection.id, o.settled?.date ?? null])).toEqual([
      ['objection-1', '2023-10-07'],
      ['objection-2', null],
    ]);
  });
});

describe('公布 (第七条 (四))', () => {
  const data = (date: string, plaqueDate = '2023-10-20') => ({ date, reference: '威人才办〔2023〕5号', plaqueDate });

  it('after the publicity ends designates the station with the approval and the plaque', () => {
    expect(run('publish', publicizing(), data('2023-10-10'), { events: PUBLICIZING_EVENTS })).toEqual({
      ok: true,
      to: 'designated',
      date: '2023-10-10',
      details: data('2023-10-10'),
      evaluation: null,
      change: {
        status: 'designated',
        designation: { approvalDate: '2023-10-10', reference: '威人才办〔2023〕5号', plaqueDate: '2023-10-20' },
      },
    });
  });

  it('on the plaque day itself is fine', () => {
    expect(run('publish', publicizing(), data('2023-10-10', '2023-10-10'), { events: PUBLICIZING_EVENTS }).ok).toBe(
      true,
    );
  });

  it.each(['2023-10-09', '2023-10-02'])('on %s, within the publicity, is refused', (date) => {
    expect(run('publish', publicizing(), data(date), { events: PUBLICIZING_EVENTS })).toEqual(
      refusedFields({ date: '公示期至 2023-10-09，期满后才能核准公布' }),
    );
  });

  it('with an objection not yet settled is refused', () => {
    const events = [
      ...PUBLICIZING_EVENTS,
      objection('objection-1', '2023-10-05'),
      objection('objection-2', '2023-10-06'),
      settlement('objection-1', '2023-10-07', 'no'),
    ];
    expect(run('publish', publicizing(), data('2023-10-10'), { events })).toEqual(
      refused('还有 1 条异议未处理，处理后才能核准公布'),
    );
  });

  it('with every objection settled as not upheld goes ahead', () => {
    const events = [
      ...PUBLICIZING_EVENTS,
      objection('objection-1', '2023-10-05'),
      settlement('objection-1', '2023-10-07', 'no'),
    ];
    expect(run('publish', publicizing(), data('2023-10-10'), { events }).ok).toBe(true);
  });

  it('with an upheld objection is refused', () => {
    const events = [
      ...PUBLICIZING_EVENTS,
      objection('objection-1', '2023-10-05'),
      settlement('objection-1', '2023-10-07', 'yes'),
    ];
    expect(run('publish', publicizing(), data('2023-10-10'), { events })).toEqual(
      refused('公示中有成立的异议，不能核准公布（第七条：公示无异议的，予以批复）；请记录“公示未通过”'),
    );
  });

  it('with the plaque before the approval is refused', () => {
    expect(run('publish', publicizing(), data('2023-10-10', '2023-10-09'), { events: PUBLICIZING_EVENTS })).toEqual(
      refusedFields({ plaqueDate: '授牌日期不能早于核准日期' }),
    );
  });

  it('needs the reference and the plaque date', () => {
    expect(run('publish', publicizing(), { date: '2023-10-10' }, { events: PUBLICIZING_EVENTS })).toEqual(
      refusedFields({ reference: '请填写核准批复文号', plaqueDate: '请填写授牌日期' }),
    );
  });
});

describe('公示未通过', () => {
  const data = { date: '2023-10-12', reason: '异议经核查成立' };

  it('with an upheld objection ends as 未入选', () => {
    const events = [
      ...PUBLICIZING_EVENTS,
      objection('objection-1', '2023-10-05'),
      settlement('objection-1', '2023-10-07', 'yes'),
    ];
    expect(run('publicity-fail', publicizing(), data, { events })).toEqual({
      ok: true,
      to: 'not-selected',
      date: '2023-10-12',
      details: data,
      evaluation: null,
      change: { status: 'not-selected' },
    });
  });

  it('without an upheld objection is refused', () => {
    const message = '没有经核查成立的异议；公示期满无异议的，应记录“核准公布并授牌”';
    expect(run('publicity-fail', publicizing(), data, { events: PUBLICIZING_EVENTS })).toEqual(refused(message));
    const notUpheld = [
      ...PUBLICIZING_EVENTS,
      objection('objection-1', '2023-10-05'),
      settlement('objection-1', '2023-10-07', 'no'),
    ];
    expect(run('publicity-fail', publicizing(), data, { events: notUpheld })).toEqual(refused(message));
    const deleted = [
      ...PUBLICIZING_EVENTS,
      objection('objection-1', '2023-10-05'),
      settlement('objection-1', '2023-10-07', 'yes', { deleted: true }),
    ];
    expect(run('publicity-fail', publicizing(), data, { events: deleted })).toEqual(refused(message));
  });
});

describe('年度工作计划、总结 (第十六条 (六))', () => {
  const designated = designatedStation('2021-06-01');
  const EVIDENCE = ['plan-scan'];

  it('is filed by the station’s district window with the document, leaving the status as it is', () => {
    expect(
      run(
        'plan',
        designated,
        { date: '2022-01-15', year: '2022' },
        { role: 'district', deviceDistrict: 'HC', evidence: EVIDENCE, events: DESIGNATED_EVENTS },
      ),
    ).toEqual({
      ok: true,
      to: 'designated',
      date: '2022-01-15',
      details: { date: '2022-01-15', year: '2022' },
      evaluation: null,
      change: { status: 'designated' },
    });
  });

  it('is filed while rectifying too', () => {
    expect(
      run(
        'summary',
        rectifying(),
        { date: '2024-01-20', year: '2023' },
        { evidence: EVIDENCE, events: RECTIFYING_EVENTS },
      ),
    ).toMatchObject({ ok: true, to: 'rectifying', change: { status: 'rectifying' } });
  });

  it('without the document is refused', () => {
    expect(run('plan', designated, { date: '2022-01-15', year: '2022' })).toEqual(
      refusedFields({ evidence: '请附上报送的文件' }),
    );
  });

  it('for a year already filed is refused; a deleted filing or the other report does not count', () => {
    const earlier = event('plan', '2022-01-15', { details: { date: '2022-01-15', year: '2022' } });
    expect(
      run('plan', designated, { date: '2022-02-01', year: '2022' }, { evidence: EVIDENCE, events: [earlier] }),
    ).toEqual(refusedFields({ year: '2022 年度工作计划已于 2022-01-15 报送' }));
    const deleted = { ...earlier, deleted: true };
    expect(
      run('plan', designated, { date: '2022-02-01', year: '2022' }, { evidence: EVIDENCE, events: [deleted] }).ok,
    ).toBe(true);
    const summary = event('summary', '2022-01-15', { details: { date: '2022-01-15', year: '2022' } });
    expect(
      run('plan', designated, { date: '2022-02-01', year: '2022' }, { evidence: EVIDENCE, events: [summary] }).ok,
    ).toBe(true);
  });

  it.each([
    ['2020', false],
    ['2021', true],
    ['2023', true],
    ['2024', false],
  ] as const)('a plan filed in 2022 for %s: accepted %s (from the designation year to next year)', (year, ok) => {
    const plan = run('plan', designated, { date: '2022-12-01', year }, { evidence: EVIDENCE });
    if (ok) expect(plan.ok).toBe(true);
    else expect(plan).toEqual(refusedFields({ year: '工作计划的年度应在 2021–2023 年之间' }));
  });

  it.each([
    ['2020', false],
    ['2021', true],
    ['2022', true],
    ['2023', false],
  ] as const)('a summary filed in 2022 for %s: accepted %s (up to the filing year)', (year, ok) => {
    const plan = run('summary', designated, { date: '2022-01-20', year }, { evidence: EVIDENCE });
    if (ok) expect(plan.ok).toBe(true);
    else expect(plan).toEqual(refusedFields({ year: '工作总结的年度应在 2021–2022 年之间' }));
  });

  it.each(['22', '二〇二二', '20222'])('with the year %s is refused', (year) => {
    expect(run('plan', designated, { date: '2022-01-15', year }, { evidence: EVIDENCE })).toEqual(
      refusedFields({ year: '计划年度应为四位年份，例如 2025' }),
    );
  });
});

describe('评估 (第十六条, 第十七条)', () => {
  const designated = designatedStation('2021-06-01');
  const activities = [
    activity('2021-05-31', { participants: 100, expertsServed: 100 }),
    activity('2021-06-01', { participants: 30, expertsServed: 3 }),
    activity('2022-10-15', { participants: 45, expertsServed: 6 }),
    activity('2022-11-15', { participants: 45, expertsServed: 6, deleted: true }),
    activity('2023-06-10', { participants: 12, expertsServed: 2 }),
    activity('2023-06-11', { participants: 20, expertsServed: 4 }),
    activity('2025-05-20', { participants: 15, expertsServed: 5 }),
  ];

  it('合格: keeps the title and counts the activities since the approval', () => {
    expect(
      run(
        'evaluate',
        designated,
        { date: '2023-06-10' },
        { events: DESIGNATED_EVENTS, activities, evaluation: evaluationInput() },
      ),
    ).toEqual({
      ok: true,
      to: 'designated',
      date: '2023-06-10',
      details: { date: '2023-06-10' },
      evaluation: {
        items: EIGHTIES,
        outcome: 'pass',
        subsidyWan: null,
        decisionReference: '',
        rectifyItems: '',
        rectifyDeadline: '',
        dueDate: '2023-06-01',
        periodStart: '2021-06-01',
        activityCount: 3,
        servedCount: 11,
      },
      change: { status: 'designated', rectification: null },
    });
  });

  it('the second one answers the four-year date and counts from the day after the first', () => {
    const events = [...DESIGNATED_EVENTS, evaluationEvent('2023-06-10')];
    const plan = run(
      'evaluate',
      designated,
      { date: '2025-05-20' },
      { events, activities, evaluation: evaluationInput() },
    );
    expect(plan).toMatchObject({
      ok: true,
      evaluation: { dueDate: '2025-06-01', periodStart: '2023-06-11', activityCount: 2, servedCount: 9 },
    });
  });

  it('示范站: records the subsidy and the decision', () => {
    const input = evaluationInput({
      outcome: 'demonstration',
      subsidyWan: '10',
      decisionReference: '威人社〔2023〕9号',
    });
    expect(
      run('evaluate', designated, { date: '2023-06-10' }, { events: DESIGNATED_EVENTS, activities, evaluation: input }),
    ).toMatchObject({
      ok: true,
      to: 'designated',
      evaluation: { outcome: 'demonstration', subsidyWan: 10, decisionReference: '威人社〔2023〕9号' },
      change: { status: 'designated', rectification: null },
    });
  });

  it('限期整改: moves the station to 整改中 with the items and the deadline', () => {
    const input = evaluationInput({ outcome: 'rectify', rectifyItems: '活动偏少', rectifyDeadline: '2023-12-31' });
    expect(
      run('evaluate', designated, { date: '2023-06-10' }, { events: DESIGNATED_EVENTS, activities, evaluation: input }),
    ).toEqual({
      ok: true,
      to: 'rectifying',
      date: '2023-06-10',
      details: { date: '2023-06-10' },
      evaluation: {
        items: EIGHTIES,
        outcome: 'rectify',
        subsidyWan: null,
        decisionReference: '',
        rectifyItems: '活动偏少',
        rectifyDeadline: '2023-12-31',
        dueDate: '2023-06-01',
        periodStart: '2021-06-01',
        activityCount: 3,
        servedCount: 11,
      },
      change: {
        status: 'rectifying',
        rectification: { items: '活动偏少', deadline: '2023-12-31', orderedOn: '2023-06-10' },
      },
    });
  });

  it('without the evaluation is refused', () => {
    expect(run('evaluate', designated, { date: '2023-06-10' }, { events: DESIGNATED_EVENTS })).toEqual(
      refused('请填写评估内容'),
    );
  });

  it('with errors in the evaluation is refused with them', () => {
    const input = evaluationInput({ outcome: 'demonstration', subsidyWan: '4.9', decisionReference: '' });
    input.items[3] = { score: '', note: '' };
    expect(
      run('evaluate', designated, { date: '2023-06-10' }, { events: DESIGNATED_EVENTS, evaluation: input }),
    ).toEqual(
      refusedFields({
        item4: '请为第4项评分',
        subsidyWan: '示范站建站补助为每站 5–20 万元（第九条），请核对金额',
        decisionReference: '请填写确定示范站的决定文号',
      }),
    );
  });

  it('before the approval is refused', () => {
    expect(run('evaluate', designated, { date: '2021-05-31' }, { evaluation: evaluationInput() })).toEqual(
      refusedFields({ date: '评估日期不能早于认定（核准）日期 2021-06-01' }),
    );
  });

  it.each(['2023-06-10', '2023-05-01'])('on %s, not after the previous evaluation (2023-06-10), is refused', (date) => {
    const events = [...DESIGNATED_EVENTS, evaluationEvent('2023-06-10')];
    expect(run('evaluate', designated, { date }, { events, evaluation: evaluationInput() })).toEqual(
      refusedFields({ date: '评估日期应晚于上次评估的日期（2023-06-10）' }),
    );
  });
});

describe('整改验收 and 取消称号 (第十七条)', () => {
  it('accepting the rectification restores 已认定 and clears it', () => {
    const data = { date: '2024-03-20', opinion: '整改到位' };
    expect(run('review-rectification', rectifying(), data, { events: RECTIFYING_EVENTS })).toEqual({
      ok: true,
      to: 'designated',
      date: '2024-03-20',
      details: data,
      evaluation: null,
      change: { status: 'designated', rectification: null },
    });
  });

  const revocation = (date: string) => ({ date, reference: '威人社〔2024〕3号', reason: '整改后仍不能正常发挥作用' });

  it('revoking after the rectification deadline records the day', () => {
    expect(run('revoke', rectifying(), revocation('2024-04-01'), { events: RECTIFYING_EVENTS })).toEqual({
      ok: true,
      to: 'revoked',
      date: '2024-04-01',
      details: revocation('2024-04-01'),
      evaluation: null,
      change: { status: 'revoked', revokedOn: '2024-04-01' },
    });
  });

  it.each(['2024-03-31', '2024-01-15'])('revoking on %s, by the deadline 2024-03-31, is refused', (date) => {
    expect(run('revoke', rectifying(), revocation(date), { events: RECTIFYING_EVENTS })).toEqual(
      refusedFields({
        date: '整改期限至 2024-03-31；期限届满、整改后仍不能正常发挥作用的，才取消称号（第十七条）',
      }),
    );
  });
});

describe('who may record what', () => {
  it('a deleted station takes no step', () => {
    expect(run('select', station({ status: 'applied', deleted: true }), {})).toEqual(refused('该驿站已删除'));
  });

  it('a district window does not record the city’s decisions', () => {
    expect(run('select', applied(), {}, { role: 'district', deviceDistrict: 'HC' })).toEqual(
      refused('“认定入选”由市人力资源和社会保障局记录，区市窗口不能记录'),
    );
    expect(run('evaluate', designatedStation('2021-06-01'), {}, { role: 'district', deviceDistrict: 'HC' })).toEqual(
      refused('“记录评估”由市人力资源和社会保障局记录，区市窗口不能记录'),
    );
  });

  it('an admin account records nothing, not even what a window may', () => {
    expect(run('apply', station(), { date: '2022-04-01', recommendation: '同意' }, { role: 'admin' })).toEqual(
      refused('管理员账号不办理驿站业务，请用市级或区市窗口的账号记录'),
    );
  });

  it('a district window acts on its own district’s stations only', () => {
    const data = { date: '2022-01-15', year: '2022' };
    const context = { role: 'district' as const, deviceDistrict: 'WD', evidence: ['scan'] };
    expect(run('plan', designatedStation('2021-06-01'), data, context)).toEqual(
      refused('该驿站属于环翠区，本机只能办理本区市的驿站'),
    );
    expect(run('plan', designatedStation('2021-06-01', { district: 'XX' }), data, context)).toEqual(
      refused('该驿站属于XX，本机只能办理本区市的驿站'),
    );
    // The city acts on every district.
    expect(run('plan', designatedStation('2021-06-01', { district: 'WD' }), data, { evidence: ['scan'] }).ok).toBe(
      true,
    );
  });

  it.each([
    ['apply', applied(), '驿站现为“已申报”，不能“记录申报”'],
    ['publish', selected(), '驿站现为“拟入选”，不能“核准公布并授牌”'],
    ['publicize', station({ status: 'not-selected' }), '驿站现为“未入选”，不能“开始公示”'],
    ['evaluate', rectifying(), '驿站现为“整改中”，不能“记录评估”'],
    ['revoke', designatedStation('2021-06-01'), '驿站现为“已认定”，不能“取消称号”'],
    ['plan', designatedStation('2021-06-01', { status: 'revoked' }), '驿站现为“已取消称号”，不能“报送年度工作计划”'],
  ] as const)('%s is refused from the wrong status', (stepId, target, message) => {
    expect(run(stepId, target, {})).toEqual(refused(message));
  });
});

describe('the fields of a step', () => {
  const data = { date: '2023-04-10', experts: '李四、王五', opinion: '条件具备' };
  const select = (overrides: Record<string, string>, context: Context = {}) =>
    run('select', applied(), { ...data, ...overrides }, { events: APPLIED_EVENTS, ...context });

  it('must all be filled (blank counts as empty)', () => {
    expect(select({ date: '', experts: '   ', opinion: '' })).toEqual(
      refusedFields({ date: '请填写实地考察日期', experts: '请填写考察评估专家', opinion: '请填写综合评估意见' }),
    );
  });

  it.each(['2023-02-30', '2023/04/10', '2023-4-10'])('refuse the date %s', (date) => {
    expect(select({ date })).toEqual(refusedFields({ date: '实地考察日期应为“年-月-日”，例如 2026-03-01' }));
  });

  it('refuse a date after today, and accept today', () => {
    expect(select({ date: '2025-07-01' })).toEqual(refusedFields({ date: '实地考察日期不能晚于今天（2025-06-30）' }));
    expect(select({ date: '2025-06-30' }).ok).toBe(true);
  });

  it('refuse a date before the previous step, and accept the same day; deleted steps do not count', () => {
    expect(select({ date: '2023-02-28' })).toEqual(refusedFields({ date: '不能早于上一步的日期（2023-03-01）' }));
    expect(select({ date: '2023-03-01' }).ok).toBe(true);
    const deleted = [{ ...APPLIED_EVENTS[0], deleted: true } as StationEvent];
    expect(select({ date: '2023-02-28' }, { events: deleted }).ok).toBe(true);
  });

  it('show every problem at once', () => {
    expect(select({ date: '2023-02-28', opinion: '' })).toEqual(
      refusedFields({ date: '不能早于上一步的日期（2023-03-01）', opinion: '请填写综合评估意见' }),
    );
  });

  it('limit text to 200 characters and long text to 2000', () => {
    expect(select({ experts: '专'.repeat(200), opinion: '意'.repeat(2000) }).ok).toBe(true);
    expect(select({ experts: '专'.repeat(201), opinion: '意'.repeat(2001) })).toEqual(
      refusedFields({ experts: '考察评估专家过长（最多 200 字）', opinion: '综合评估意见过长（最多 2000 字）' }),
    );
  });

  it('keep only the step’s own fields, trimmed', () => {
    expect(select({ experts: ' 李四 ', extra: '不记录' })).toMatchObject({
      ok: true,
      details: { date: '2023-04-10', experts: '李四', opinion: '条件具备' },
    });
    const plan = select({ extra: '不记录' });
    expect(plan.ok && Object.keys(plan.details).sort()).toEqual(['date', 'experts', 'opinion']);
  });
});
