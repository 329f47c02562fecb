import type { SyncedTable } from '../records/record';
import { NEW_STATION_STATE, STATION_STATUS_LABELS, type StationStatus, type StationStepId } from '../stations/station';
import { cityOnlyStationStatuses, STATION_STEPS, type StationStep, stationStepBetween } from '../stations/workflow';
import type { RecordState } from './authority';
import { jsonEqual } from './fields';

/**
 * The talent stations' decisions only the city records (docs/sync-protocol.md
 * §5 and §8), read from the station workflow (src-shared/stations/workflow.ts): a
 * district window records 申报 and the yearly plan and summary; every other
 * step, and the station fields those steps set, belong to 市人力资源和社会保障局.
 * A station's history (`stationEvents`) is append-only: a district window
 * adds events of its own steps and never changes or deletes one.
 */

type LifecycleField = Exclude<keyof typeof NEW_STATION_STATE, 'status'>;

/** The station fields that only steps set (its lifecycle besides the status), as staff name them. */
const LIFECYCLE_LABELS: Record<LifecycleField, string> = {
  policyVersion: '政策版本',
  publicity: '公示期',
  designation: '核准公布和授牌信息',
  rectification: '整改要求',
  revokedOn: '取消称号日期',
};

const LIFECYCLE_FIELDS = Object.keys(NEW_STATION_STATE).filter((key): key is LifecycleField => key !== 'status');

/**
 * The lifecycle fields each step sets on the station, as planStationStep
 * (src-shared/stations/steps.ts) writes them; a unit test keeps the two in
 * step. Who may take each step is the workflow's `roles`.
 */
export const STATION_STEP_FIELDS: Readonly<Partial<Record<StationStepId, readonly LifecycleField[]>>> = {
  apply: ['policyVersion'],
  publicize: ['publicity'],
  publish: ['designation'],
  evaluate: ['rectification'],
  'review-rectification': ['rectification'],
  revoke: ['revokedOn'],
};

const districtSteps = () => STATION_STEPS.filter((step) => step.roles.includes('district'));

/** Fields a district step sets, with that step: a district window may fill them in while empty, never change them. */
function setOnceByDistricts(): Map<LifecycleField, StationStep> {
  return new Map(
    districtSteps().flatMap((step) => (STATION_STEP_FIELDS[step.id] ?? []).map((f) => [f, step] as const)),
  );
}

function isStatus(value: unknown): value is StationStatus {
  return typeof value === 'string' && value in STATION_STATUS_LABELS;
}

function statusLabel(value: unknown): string {
  if (isStatus(value)) return STATION_STATUS_LABELS[value];
  return value === null || value === undefined || value === '' ? '空' : String(value);
}

function lifecycleRefusal(before: RecordState, after: Readonly<Record<string, unknown>>): string | null {
  const setOnce = setOnceByDistricts();
  for (const field of LIFECYCLE_FIELDS) {
    const was = before?.[field] ?? null;
    const now = after[field] ?? null;
    const step = setOnce.get(field);
    if (jsonEqual(was, now) || (was === null && step)) continue;
    return step
      ? `驿站的${LIFECYCLE_LABELS[field]}已在“${step.label}”时确定，区市窗口不能更改。`
      : `驿站的${LIFECYCLE_LABELS[field]}由市级的办理步骤记录，区市窗口不能更改。`;
  }
  return null;
}

function stationRefusal(before: RecordState, after: RecordState): string | null {
  const cityOnly: Set<unknown> = cityOnlyStationStatuses();
  const was = before?.status ?? null;
  if (after === null) {
    return cityOnly.has(was) ? `该驿站已由市级记录为“${statusLabel(was)}”，区市窗口不能删除。` : null;
  }
  const fields = lifecycleRefusal(before, after);
  if (fields) return fields;
  // A new station starts as a draft; one made offline may arrive with its 申报 already recorded.
  const from = before === null ? 'draft' : was;
  const to = after.status ?? null;
  if (from === to) return null;
  if (isStatus(from) && isStatus(to) && stationStepBetween(from, to, 'district')) {
    if (to === 'applied' && after.route !== 'district') {
      return '市直单位、高校院所直接向市人力资源和社会保障局申报（第七条），申报只能由市级记录。';
    }
    return null;
  }
  if (cityOnly.has(from)) {
    return `该驿站已由市级记录为“${statusLabel(from)}”，区市窗口不能更改。`;
  }
  if (cityOnly.has(to)) {
    return `“${statusLabel(to)}”是市级的认定或管理结论，只能由市级设备记录。`;
  }
  return `驿站的状态只能按办理步骤更改，区市窗口不能把“${statusLabel(from)}”改为“${statusLabel(to)}”。`;
}

function stationEventRefusal(before: RecordState, after: RecordState): string | null {
  if (before !== null) {
    return jsonEqual(before, after) ? null : '驿站的档案记录只增不改，区市窗口不能更改或删除已有的记录。';
  }
  if (after === null) return null;
  const step = STATION_STEPS.find((s) => s.id === after.step);
  if (!step) return `无法识别的驿站办理步骤“${String(after.step)}”。`;
  if (!step.roles.includes('district')) {
    return `“${step.label}”由市人力资源和社会保障局记录，区市窗口不能记录。`;
  }
  const { from, to } = after;
  const fits =
    isStatus(from) &&
    step.from.includes(from) &&
    (step.to === 'same' ? to === from : isStatus(to) && step.targets.includes(to));
  return fits
    ? null
    : `档案记录与办理步骤不符：“${step.label}”不能把驿站从“${statusLabel(from)}”改为“${statusLabel(to)}”。`;
}

const RULES: Readonly<Partial<Record<SyncedTable, (before: RecordState, after: RecordState) => string | null>>> = {
  stations: stationRefusal,
  stationEvents: stationEventRefusal,
};

/**
 * Why a district device may not change a station record from `before` to
 * `after`, in Chinese, or null when it may (and for tables without station rules).
 */
export function stationDecisionRefusal(table: SyncedTable, before: RecordState, after: RecordState): string | null {
  const rule = RULES[table];
  return rule ? rule(before, after) : null;
}
