import type {
  Station,
  StationActivity,
  StationEvaluation,
  StationEvent,
  StationStatus,
  StationStepId,
} from '../../../../src-shared/stations/station';

/** Small factories for the station tests; every value a test relies on is passed in by the test. */

const record = (id: string) => ({
  id,
  createdAt: '2021-01-01T00:00:00.000Z',
  updatedAt: '2021-01-01T00:00:00.000Z',
  updatedBy: '测试',
  deviceId: 'device-1',
  rev: 0,
  deleted: false,
});

/** A complete 草稿 of 环翠区, recommended by the district, every condition with its note and evidence. */
export function station(overrides: Partial<Station> = {}): Station {
  return {
    ...record('station-1'),
    name: '威海市高层次人才驿站（环翠）',
    type: 'comprehensive',
    hostName: '威海某人才服务有限公司',
    hostUscc: '91371000MA3C000000',
    district: 'HC',
    hostAddress: '威海市环翠区某路 1 号',
    contacts: [{ name: '张三', title: '主任', phone: '13800000000' }],
    functions: ['liaison', 'consulting'],
    conditions: { venue: '场地 300 平方米', industry: '周边园区', experts: '专家 20 人', management: '制度齐全' },
    conditionEvidence: { venue: ['a'], industry: ['b'], experts: ['c'], management: ['d'] },
    route: 'district',
    policyVersion: null,
    status: 'draft',
    publicity: null,
    designation: null,
    rectification: null,
    revokedOn: null,
    ...overrides,
  };
}

/** A station designated (公布) on `approvalDate` under the 2020 measures. */
export function designatedStation(approvalDate: string, overrides: Partial<Station> = {}): Station {
  return station({
    policyVersion: 'weihai-2020',
    status: 'designated',
    publicity: { start: '2021-05-10', end: '2021-05-14', estimated: false },
    designation: { approvalDate, reference: '威人才办〔2021〕1号', plaqueDate: approvalDate },
    ...overrides,
  });
}

let eventCount = 0;

/** A station event; `from`/`to` default to a record that leaves the status as it is. */
export function event(
  step: StationStepId,
  date: string,
  overrides: Partial<StationEvent> & { from?: StationStatus; to?: StationStatus } = {},
): StationEvent {
  eventCount += 1;
  return {
    ...record(`event-${eventCount}`),
    stationId: 'station-1',
    step,
    from: 'designated',
    to: 'designated',
    date,
    details: { date },
    evidence: [],
    evaluation: null,
    ...overrides,
  };
}

/** A recorded 合格 evaluation on `date`. */
export function evaluationEvent(date: string, overrides: Partial<StationEvent> = {}): StationEvent {
  const evaluation: StationEvaluation = {
    dueDate: date,
    periodStart: date,
    items: [],
    activityCount: 0,
    servedCount: 0,
    outcome: 'pass',
    subsidyWan: null,
    decisionReference: '',
    rectifyItems: '',
    rectifyDeadline: '',
  };
  return event('evaluate', date, { evaluation, ...overrides });
}

let activityCount = 0;

export function activity(date: string, overrides: Partial<StationActivity> = {}): StationActivity {
  activityCount += 1;
  return {
    ...record(`activity-${activityCount}`),
    stationId: 'station-1',
    kind: 'lecture',
    title: '专家讲座',
    date,
    participants: 10,
    expertsServed: 1,
    outcomes: '',
    photos: [],
    ...overrides,
  };
}
