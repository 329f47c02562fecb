import type { Role } from '../api/roles';
import type { StationStatus, StationStepId } from './station';

/**
 * A station's life as data (《威海市高层次人才驿站管理暂行办法》 第七条, 第十六条,
 * 第十七条): which step leads from which status to which, who records it and
 * what it must record. The store, the sync authority and the UI read this
 * one table; the checks that need the station's history are in steps.ts.
 *
 * 申报 comes from a district HR bureau (区市窗口) or, for 市直单位 and 高校院所,
 * straight to the city; everything after it is decided by the city
 * (市人力资源和社会保障局), except the yearly plan and summary, which either
 * may file.
 */

export type StationFieldKind = 'date' | 'text' | 'longtext' | 'year' | 'yes-no' | 'objection';

export interface StationStepField {
  key: string;
  label: string;
  kind: StationFieldKind;
  /** Needed only in some cases (steps.ts says when), or never. */
  optional?: boolean;
}

export interface StationStep {
  id: StationStepId;
  /** The button's words. */
  label: string;
  from: readonly StationStatus[];
  /** Where it leads: a status, or 'same' for a record that leaves the status as it is. */
  to: StationStatus | 'same';
  /** Every status it can lead to (评估 leads to 整改中 when it orders rectification). */
  targets: readonly StationStatus[];
  roles: readonly Role[];
  /** The first field, always `date`, is the day the step happened. */
  fields: readonly StationStepField[];
  evidence: 'required' | 'optional';
}

const CITY: readonly Role[] = ['city'];
const BOTH: readonly Role[] = ['district', 'city'];
const ON_FILE: readonly StationStatus[] = ['designated', 'rectifying'];

const date = (label: string): StationStepField => ({ key: 'date', label, kind: 'date' });
const text = (key: string, label: string, optional = false): StationStepField => ({
  key,
  label,
  kind: 'text',
  optional,
});
const longtext = (key: string, label: string, optional = false): StationStepField => ({
  key,
  label,
  kind: 'longtext',
  optional,
});

const ASSESSMENT: readonly StationStepField[] = [
  date('实地考察日期'),
  text('experts', '考察评估专家'),
  longtext('opinion', '综合评估意见'),
];

export const STATION_STEPS: readonly StationStep[] = [
  {
    id: 'apply',
    label: '记录申报',
    from: ['draft'],
    to: 'applied',
    targets: ['applied'],
    roles: BOTH,
    fields: [date('申报日期'), longtext('recommendation', '区市人力资源社会保障部门推荐意见', true)],
    evidence: 'optional',
  },
  {
    id: 'select',
    label: '认定入选',
    from: ['applied'],
    to: 'selected',
    targets: ['selected'],
    roles: CITY,
    fields: ASSESSMENT,
    evidence: 'optional',
  },
  {
    id: 'not-select',
    label: '认定未入选',
    from: ['applied'],
    to: 'not-selected',
    targets: ['not-selected'],
    roles: CITY,
    fields: ASSESSMENT,
    evidence: 'optional',
  },
  {
    id: 'publicize',
    label: '开始公示',
    from: ['selected'],
    to: 'publicizing',
    targets: ['publicizing'],
    roles: CITY,
    fields: [date('公示开始日期')],
    evidence: 'optional',
  },
  {
    id: 'object',
    label: '记录异议',
    from: ['publicizing'],
    to: 'same',
    targets: [],
    roles: CITY,
    fields: [date('收到异议日期'), longtext('content', '异议内容')],
    evidence: 'optional',
  },
  {
    id: 'settle',
    label: '处理异议',
    from: ['publicizing'],
    to: 'same',
    targets: [],
    roles: CITY,
    fields: [
      date('处理日期'),
      { key: 'objection', label: '所处理的异议', kind: 'objection' },
      longtext('settlement', '核查处理情况'),
      { key: 'upheld', label: '异议是否成立', kind: 'yes-no' },
    ],
    evidence: 'optional',
  },
  {
    id: 'publish',
    label: '核准公布并授牌',
    from: ['publicizing'],
    to: 'designated',
    targets: ['designated'],
    roles: CITY,
    fields: [
      date('核准日期'),
      text('reference', '核准批复文号'),
      { key: 'plaqueDate', label: '授牌日期', kind: 'date' },
    ],
    evidence: 'optional',
  },
  {
    id: 'publicity-fail',
    label: '公示未通过',
    from: ['publicizing'],
    to: 'not-selected',
    targets: ['not-selected'],
    roles: CITY,
    fields: [date('日期'), longtext('reason', '原因')],
    evidence: 'optional',
  },
  {
    id: 'plan',
    label: '报送年度工作计划',
    from: ON_FILE,
    to: 'same',
    targets: [],
    roles: BOTH,
    fields: [date('报送日期'), { key: 'year', label: '计划年度', kind: 'year' }],
    evidence: 'required',
  },
  {
    id: 'summary',
    label: '报送年度工作总结',
    from: ON_FILE,
    to: 'same',
    targets: [],
    roles: BOTH,
    fields: [date('报送日期'), { key: 'year', label: '总结年度', kind: 'year' }],
    evidence: 'required',
  },
  {
    id: 'evaluate',
    label: '记录评估',
    from: ['designated'],
    to: 'designated',
    targets: ['designated', 'rectifying'],
    roles: CITY,
    fields: [date('评估日期')],
    evidence: 'optional',
  },
  {
    id: 'review-rectification',
    label: '整改验收合格',
    from: ['rectifying'],
    to: 'designated',
    targets: ['designated'],
    roles: CITY,
    fields: [date('验收日期'), longtext('opinion', '验收意见')],
    evidence: 'optional',
  },
  {
    id: 'revoke',
    label: '取消称号',
    from: ['rectifying'],
    to: 'revoked',
    targets: ['revoked'],
    roles: CITY,
    fields: [date('取消日期'), text('reference', '文号'), longtext('reason', '原因')],
    evidence: 'optional',
  },
];

export function findStationStep(id: StationStepId): StationStep {
  const step = STATION_STEPS.find((s) => s.id === id);
  if (!step) throw new Error(`unknown station step: ${id}`);
  return step;
}

/** The steps a role may take from a status, in the table's order. */
export function allowedStationSteps(status: StationStatus, role: Role): StationStep[] {
  return STATION_STEPS.filter((step) => step.from.includes(status) && step.roles.includes(role));
}

/** Whether some step open to `role` moves a station from `from` to `to`. */
export function stationStepBetween(from: StationStatus, to: StationStatus, role: Role): boolean {
  return STATION_STEPS.some(
    (step) => step.from.includes(from) && step.targets.includes(to) && step.roles.includes(role),
  );
}

/** Statuses that only a city step leads to. */
export function cityOnlyStationStatuses(): Set<StationStatus> {
  const byDistrict = new Set(STATION_STEPS.filter((s) => s.roles.includes('district')).flatMap((s) => s.targets));
  return new Set(STATION_STEPS.flatMap((s) => s.targets).filter((status) => !byDistrict.has(status)));
}
