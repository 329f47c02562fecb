import { describe, expect, it } from 'vitest';
import type { Station, StationEvent, StationStatus, StationStepId } from '../../../../src-shared/stations/station';
import { planStationStep, type StepPlan } from '../../../../src-shared/stations/steps';
import { cityOnlyStationStatuses, findStationStep, STATION_STEPS } from '../../../../src-shared/stations/workflow';
import { cityDecisionRefusal } from '../../../../src-shared/sync/authority';
import { STATION_STEP_FIELDS } from '../../../../src-shared/sync/station-authority';
import { designatedStation, event, station } from '../stations/fixtures';

/*
 * What a district window (区市窗口) may change on the talent stations' records, as the server checks it
 * (docs/sync-protocol.md §5, §8): `before` is the server's record (null when new or deleted), `after` the record
 * the change would leave (null when it deletes it).
 */

/** A record's data (typed records have no index signature, so any object). */
type Data = object;
const refusal = (table: 'stations' | 'stationEvents' | 'stationActivities', before: Data | null, after: Data | null) =>
  cityDecisionRefusal(table, before as Record<string, unknown> | null, after as Record<string, unknown> | null);
const stationRefusal = (before: Data | null, after: Data | null) => refusal('stations', before, after);
const eventRefusal = (before: Data | null, after: Data | null) => refusal('stationEvents', before, after);

const CITY_ONLY: StationStatus[] = ['selected', 'not-selected', 'publicizing', 'designated', 'rectifying', 'revoked'];
const LABELS: Record<StationStatus, string> = {
  draft: '草稿',
  applied: '已申报',
  selected: '拟入选',
  'not-selected': '未入选',
  publicizing: '公示中',
  designated: '已认定',
  rectifying: '整改中',
  revoked: '已取消称号',
};

const applied = (overrides: Partial<Station> = {}) =>
  station({ status: 'applied', policyVersion: 'weihai-2020', ...overrides });
const designated = (overrides: Partial<Station> = {}) => designatedStation('2021-06-01', overrides);
/** A station in `status`, with the fields the city's steps set by then. */
const inStatus = (status: StationStatus): Station =>
  status === 'draft' ? station() : status === 'applied' ? applied() : designated({ status });

describe('the workflow the rules are read from', () => {
  it('leaves 申报 and the yearly plan and summary to district windows, everything else to the city', () => {
    expect([...cityOnlyStationStatuses()].sort()).toEqual([...CITY_ONLY].sort());
    expect(STATION_STEPS.filter((s) => s.roles.includes('district')).map((s) => s.id)).toEqual([
      'apply',
      'plan',
      'summary',
    ]);
  });
});

describe('stations: the status a district window may set', () => {
  it('allows a new draft, and a new station that arrives with its 申报 recorded offline', () => {
    expect(stationRefusal(null, station())).toBeNull();
    expect(stationRefusal(null, applied())).toBeNull();
  });

  it('allows 申报 (草稿 → 已申报), which fixes the policy version', () => {
    expect(stationRefusal(station(), applied())).toBeNull();
  });

  it('allows changing the 基本信息 in every status, the city’s fields left as they are', () => {
    for (const status of ['draft', 'applied', ...CITY_ONLY] as StationStatus[]) {
      const before = inStatus(status);
      expect(stationRefusal(before, { ...before, name: '新名称', contacts: [] }), status).toBeNull();
    }
  });

  it('allows deleting a draft or an applied station', () => {
    expect(stationRefusal(station(), null)).toBeNull();
    expect(stationRefusal(applied(), null)).toBeNull();
    expect(stationRefusal(null, null)).toBeNull();
  });

  it.each(CITY_ONLY)('refuses moving a station into %s, or creating one in it', (status) => {
    const into = `“${LABELS[status]}”是市级的认定或管理结论，只能由市级设备记录。`;
    expect(stationRefusal(applied(), { ...applied(), status })).toBe(into);
    expect(stationRefusal(station(), { ...station(), status })).toBe(into);
    expect(stationRefusal(null, { ...station(), status })).toBe(into);
  });

  it.each(CITY_ONLY)('refuses moving a station out of %s, or deleting it', (status) => {
    const before = inStatus(status);
    expect(stationRefusal(before, { ...before, status: 'applied' })).toBe(
      `该驿站已由市级记录为“${LABELS[status]}”，区市窗口不能更改。`,
    );
    expect(stationRefusal(before, null)).toBe(`该驿站已由市级记录为“${LABELS[status]}”，区市窗口不能删除。`);
  });

  it('refuses the city’s moves between its own statuses', () => {
    expect(stationRefusal(designated(), { ...designated(), status: 'rectifying' })).toMatch(/已认定.*不能更改/);
    expect(stationRefusal(inStatus('rectifying'), { ...designated(), status: 'designated' })).toMatch(
      /整改中.*不能更改/,
    );
  });

  it('refuses a status change no step makes, and a status it does not know', () => {
    expect(stationRefusal(applied(), { ...applied(), status: 'draft' })).toBe(
      '驿站的状态只能按办理步骤更改，区市窗口不能把“已申报”改为“草稿”。',
    );
    expect(stationRefusal(station(), { ...station(), status: 'approved' })).toBe(
      '驿站的状态只能按办理步骤更改，区市窗口不能把“草稿”改为“approved”。',
    );
    expect(stationRefusal(station(), { ...station(), status: null })).toMatch(/“草稿”改为“空”/);
  });

  it.each(['city-unit', 'institution'] as const)('refuses 申报 of a station applying as %s (第七条)', (route) => {
    const message = '市直单位、高校院所直接向市人力资源和社会保障局申报（第七条），申报只能由市级记录。';
    expect(stationRefusal(station({ route }), applied({ route }))).toBe(message);
    expect(stationRefusal(null, applied({ route }))).toBe(message);
    // Its other fields stay the district's to keep up, once the city has recorded 申报.
    expect(stationRefusal(applied({ route }), applied({ route, hostAddress: '新地址' }))).toBeNull();
  });
});

describe('stations: the fields the city’s steps set', () => {
  const publicity = { start: '2021-05-10', end: '2021-05-14', estimated: false };
  const designation = { approvalDate: '2021-06-01', reference: '威人才办〔2021〕1号', plaqueDate: '2021-06-01' };
  const rectification = { items: '活动偏少', deadline: '2024-03-31', orderedOn: '2023-06-10' };

  it.each([
    ['publicity', '公示期', { publicity }],
    ['designation', '核准公布和授牌信息', { designation }],
    ['rectification', '整改要求', { rectification }],
    ['revokedOn', '取消称号日期', { revokedOn: '2024-05-01' }],
  ] as const)('refuses setting %s, on a new station too', (_field, label, change) => {
    const message = `驿站的${label}由市级的办理步骤记录，区市窗口不能更改。`;
    expect(stationRefusal(applied(), { ...applied(), ...change })).toBe(message);
    expect(stationRefusal(null, { ...applied(), ...change })).toBe(message);
  });

  it('refuses changing or clearing them once the city has set them', () => {
    const before = designated({ status: 'rectifying', rectification });
    expect(stationRefusal(before, { ...before, publicity: { ...publicity, end: '2021-05-20' } })).toMatch(/公示期/);
    expect(stationRefusal(before, { ...before, designation: null })).toMatch(/核准公布和授牌信息/);
    expect(stationRefusal(before, { ...before, rectification: null })).toMatch(/整改要求/);
    expect(stationRefusal(before, { ...before, rectification: { ...rectification, deadline: '2025-03-31' } })).toMatch(
      /整改要求/,
    );
    const revoked = designated({ status: 'revoked', revokedOn: '2024-05-01' });
    expect(stationRefusal(revoked, { ...revoked, revokedOn: '2024-06-01' })).toMatch(/取消称号日期/);
  });

  it('lets 申报 set the policy version while it is empty, and refuses changing it once set', () => {
    expect(stationRefusal(station(), { ...station(), policyVersion: 'weihai-2020' })).toBeNull();
    const message = '驿站的政策版本已在“记录申报”时确定，区市窗口不能更改。';
    expect(stationRefusal(applied(), { ...applied(), policyVersion: 'weihai-2026' })).toBe(message);
    expect(stationRefusal(applied(), { ...applied(), policyVersion: null })).toBe(message);
    expect(stationRefusal(designated(), { ...designated(), policyVersion: 'weihai-2026' })).toBe(message);
  });

  it('allows what the server keeps when a stale change merges: the city’s values unchanged', () => {
    const before = designated();
    expect(stationRefusal(before, { ...before, hostAddress: '新地址', updatedBy: '王窗口' })).toBeNull();
  });
});

describe('station history: append-only, and only the district’s own steps', () => {
  const apply = () => event('apply', '2023-03-01', { from: 'draft', to: 'applied' });

  it.each([
    ['apply', 'draft', 'applied'],
    ['plan', 'designated', 'designated'],
    ['plan', 'rectifying', 'rectifying'],
    ['summary', 'designated', 'designated'],
    ['summary', 'rectifying', 'rectifying'],
  ] as const)('allows a new %s event (%s → %s)', (step, from, to) => {
    expect(eventRefusal(null, event(step, '2023-03-01', { from, to }))).toBeNull();
  });

  it.each(
    STATION_STEPS.filter((s) => !s.roles.includes('district')).map((s) => [s.id, s.label, s.from[0], s.targets[0]]),
  )('refuses a new %s event', (step, label, from, to) => {
    const after = event(step as StationStepId, '2023-03-01', { from, to: to ?? from });
    expect(eventRefusal(null, after)).toBe(`“${label}”由市人力资源和社会保障局记录，区市窗口不能记录。`);
  });

  it('refuses an event whose statuses do not fit its step, or whose step is unknown', () => {
    expect(eventRefusal(null, event('apply', '2023-03-01', { from: 'draft', to: 'designated' }))).toBe(
      '档案记录与办理步骤不符：“记录申报”不能把驿站从“草稿”改为“已认定”。',
    );
    expect(eventRefusal(null, event('plan', '2023-03-01', { from: 'applied', to: 'applied' }))).toMatch(
      /报送年度工作计划.*已申报/,
    );
    expect(eventRefusal(null, event('summary', '2023-03-01', { from: 'designated', to: 'rectifying' }))).toMatch(
      /不符/,
    );
    expect(eventRefusal(null, { ...apply(), step: 'approve' })).toBe('无法识别的驿站办理步骤“approve”。');
  });

  it('refuses changing or deleting any event, its own 申报 included', () => {
    const message = '驿站的档案记录只增不改，区市窗口不能更改或删除已有的记录。';
    const own = apply();
    expect(eventRefusal(own, { ...own, details: { date: '2023-03-02' } })).toBe(message);
    expect(eventRefusal(own, { ...own, evidence: ['sha-new'] })).toBe(message);
    expect(eventRefusal(own, null)).toBe(message);
    const cityEvent: StationEvent = event('publish', '2021-06-01', { from: 'publicizing', to: 'designated' });
    expect(eventRefusal(cityEvent, { ...cityEvent, date: '2021-06-02' })).toBe(message);
    expect(eventRefusal(cityEvent, null)).toBe(message);
  });

  it('allows an event sent again unchanged, and a change that leaves a deleted one deleted', () => {
    const own = apply();
    expect(eventRefusal(own, { ...own })).toBeNull();
    expect(eventRefusal(null, null)).toBeNull();
  });
});

describe('station activities', () => {
  it('are the district window’s to add, change and delete', () => {
    const activity = { stationId: 'station-1', kind: 'lecture', title: '专家讲座', date: '2023-05-01', photos: [] };
    expect(refusal('stationActivities', null, activity)).toBeNull();
    expect(refusal('stationActivities', activity, { ...activity, photos: ['sha-1'] })).toBeNull();
    expect(refusal('stationActivities', activity, null)).toBeNull();
  });
});

describe('STATION_STEP_FIELDS matches what each step writes (steps.ts)', () => {
  const TODAY = '2025-06-30';
  const publicizing = station({
    status: 'publicizing',
    policyVersion: 'weihai-2020',
    publicity: { start: '2023-09-27', end: '2023-10-09', estimated: false },
  });
  const objection = event('object', '2023-09-28', {
    id: 'objection-1',
    from: 'publicizing',
    to: 'publicizing',
    details: { date: '2023-09-28', content: '申报材料与实际不符' },
  });
  const upheld = event('settle', '2023-10-08', {
    from: 'publicizing',
    to: 'publicizing',
    details: { date: '2023-10-08', objection: 'objection-1', settlement: '已核查', upheld: 'yes' },
  });
  const rectifying = designated({
    status: 'rectifying',
    rectification: { items: '活动偏少', deadline: '2024-03-31', orderedOn: '2023-06-10' },
  });
  const scores = ['80', '80', '80', '80', '80', '80'].map((score) => ({ score, note: '' }));
  const evaluation = (outcome: 'pass' | 'rectify') => ({
    items: scores,
    outcome,
    subsidyWan: '',
    decisionReference: '',
    rectifyItems: outcome === 'rectify' ? '活动偏少' : '',
    rectifyDeadline: outcome === 'rectify' ? '2024-03-31' : '',
  });

  interface Context {
    role?: 'district' | 'city';
    events?: StationEvent[];
    evidence?: string[];
    evaluation?: ReturnType<typeof evaluation>;
  }

  const cases: [string, StationStepId, Station, Record<string, string>, Context][] = [
    ['apply', 'apply', station(), { date: '2023-03-01', recommendation: '同意推荐' }, { role: 'district' }],
    ['select', 'select', applied(), { date: '2023-04-10', experts: '李四', opinion: '条件具备' }, {}],
    ['not-select', 'not-select', applied(), { date: '2023-04-10', experts: '李四', opinion: '条件不足' }, {}],
    [
      'publicize',
      'publicize',
      station({ status: 'selected', policyVersion: 'weihai-2020' }),
      { date: '2023-09-27' },
      {},
    ],
    ['object', 'object', publicizing, { date: '2023-09-28', content: '申报材料与实际不符' }, {}],
    [
      'settle',
      'settle',
      publicizing,
      { date: '2023-10-08', objection: 'objection-1', settlement: '已核查', upheld: 'no' },
      { events: [objection] },
    ],
    [
      'publish',
      'publish',
      publicizing,
      { date: '2023-10-10', reference: '威人才办〔2023〕1号', plaqueDate: '2023-10-12' },
      {},
    ],
    [
      'publicity-fail',
      'publicity-fail',
      publicizing,
      { date: '2023-10-10', reason: '异议成立' },
      { events: [objection, upheld] },
    ],
    ['plan', 'plan', designated(), { date: '2023-01-10', year: '2023' }, { role: 'district', evidence: ['sha-plan'] }],
    [
      'summary',
      'summary',
      designated(),
      { date: '2023-01-10', year: '2022' },
      { role: 'district', evidence: ['sha-sum'] },
    ],
    ['evaluate (合格)', 'evaluate', designated(), { date: '2023-06-10' }, { evaluation: evaluation('pass') }],
    ['evaluate (整改)', 'evaluate', designated(), { date: '2023-06-10' }, { evaluation: evaluation('rectify') }],
    ['review-rectification', 'review-rectification', rectifying, { date: '2024-04-01', opinion: '合格' }, {}],
    [
      'revoke',
      'revoke',
      rectifying,
      { date: '2024-04-01', reference: '威人才办〔2024〕2号', reason: '整改不合格' },
      {},
    ],
  ];

  function plan(stepId: StationStepId, target: Station, data: Record<string, string>, context: Context): StepPlan {
    return planStationStep(
      findStationStep(stepId),
      { data, evidence: context.evidence ?? [], evaluation: context.evaluation },
      {
        station: target,
        events: context.events ?? [],
        activities: [],
        role: context.role ?? 'city',
        deviceDistrict: 'HC',
        today: TODAY,
      },
    );
  }

  it('covers every step', () => {
    expect(new Set(cases.map(([, id]) => id))).toEqual(new Set(STATION_STEPS.map((s) => s.id)));
  });

  it.each(cases)('%s', (label, stepId, target, data, context) => {
    const result = plan(stepId, target, data, context);
    if (!result.ok) throw new Error(`${label}: ${result.message} ${JSON.stringify(result.fields)}`);
    const written = Object.keys(result.change).filter((key) => key !== 'status');
    expect(written.sort()).toEqual([...(STATION_STEP_FIELDS[stepId] ?? [])].sort());
  });
});
