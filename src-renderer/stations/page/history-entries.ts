import { policyTitle, type StationPolicy } from '../../../src-shared/stations/policy';
import {
  EVALUATION_ITEMS,
  EVALUATION_OUTCOME_LABELS,
  STATION_STATUS_LABELS,
  type StationEvaluation,
  type StationEvent,
} from '../../../src-shared/stations/station';
import { STATION_STEPS, type StationStepField } from '../../../src-shared/stations/workflow';
import { formatDateTime } from '../../sync-ui/format-time';

export interface Detail {
  label: string;
  value: string;
}

/** One step of a station's history, in the staff's words. */
export interface HistoryEntry {
  id: string;
  /** The step's label (记录申报, 开始公示 …). */
  title: string;
  /** 申报日期 2021-03-01: the step's own word for its day. */
  dateLabel: string;
  date: string;
  /** 已申报 → 拟入选, or 公示中（状态不变） */
  transition: string;
  who: string;
  /** When it was recorded, local time. */
  recordedAt: string;
  details: Detail[];
  /** Things to know that are not a field: an estimated period, a continued policy. */
  notes: string[];
  evidenceCount: number;
  evaluation: Detail[] | null;
}

const YES_NO: Record<string, Record<string, string>> = {
  upheld: { yes: '成立', no: '不成立' },
};

function fieldValue(field: StationStepField, value: string, events: readonly StationEvent[]): string {
  switch (field.kind) {
    case 'yes-no':
      return (YES_NO[field.key] ?? { yes: '是', no: '否' })[value] ?? value;
    case 'objection': {
      const objection = events.find((e) => e.id === value);
      if (!objection) return '（该异议的记录不在本机）';
      const content = objection.details.content ?? '';
      const excerpt = content.length > 40 ? `${content.slice(0, 40)}…` : content;
      return `${objection.date} 收到的异议${excerpt ? `（${excerpt}）` : ''}`;
    }
    case 'year':
      return `${value} 年度`;
    default:
      return value;
  }
}

/** Details a step writes beyond its fields (steps.ts). */
function extraDetail(key: string, value: string, policy: StationPolicy): Detail | string | null {
  switch (key) {
    case 'end':
      return { label: '公示截止日期', value };
    case 'estimated':
      return value === 'yes'
        ? '公示截止日期按周一至周五推算：该年度的法定节假日安排尚未收录，请按国务院公布的安排核对'
        : null;
    case 'policyContinued':
      return value === 'yes'
        ? `申报日不在任何一版办法的有效期内，沿用${policyTitle(policy)}办理（有效期至 ${policy.effectiveUntil}）`
        : null;
    default:
      return { label: key, value };
  }
}

const score = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** An evaluation as recorded: conclusion, period and counts, each item's score, and what follows from it. */
export function evaluationDetails(evaluation: StationEvaluation, date: string, maxScore: number): Detail[] {
  const total = evaluation.items.reduce((sum, item) => sum + item.score, 0);
  const details: Detail[] = [
    { label: '评估结论', value: EVALUATION_OUTCOME_LABELS[evaluation.outcome] },
    { label: '应评估日期', value: evaluation.dueDate },
    { label: '评估期间', value: `${evaluation.periodStart} 至 ${date}` },
    {
      label: '期间活动',
      value: `${evaluation.activityCount} 场，服务高层次人才 ${evaluation.servedCount} 人次`,
    },
    { label: '评分合计', value: `${score(total)} / ${maxScore * EVALUATION_ITEMS.length}` },
    ...evaluation.items.map((item, index) => ({
      label: EVALUATION_ITEMS[index] ?? `第${index + 1}项`,
      value: `${score(item.score)} 分${item.note ? `，${item.note}` : ''}`,
    })),
  ];
  if (evaluation.outcome === 'demonstration') {
    if (evaluation.subsidyWan !== null) details.push({ label: '建站补助', value: `${evaluation.subsidyWan} 万元` });
    details.push({ label: '决定文号', value: evaluation.decisionReference });
  }
  if (evaluation.outcome === 'rectify') {
    details.push({ label: '整改意见', value: evaluation.rectifyItems });
    details.push({ label: '整改期限', value: evaluation.rectifyDeadline });
  }
  return details;
}

function transition({ from, to }: Pick<StationEvent, 'from' | 'to'>): string {
  return from === to
    ? `${STATION_STATUS_LABELS[to]}（状态不变）`
    : `${STATION_STATUS_LABELS[from]} → ${STATION_STATUS_LABELS[to]}`;
}

/** A history event as the 历史 tab shows it; `events` are the station's others (for the objection settled). */
export function historyEntry(
  event: StationEvent,
  events: readonly StationEvent[],
  policy: StationPolicy,
): HistoryEntry {
  const step = STATION_STEPS.find((s) => s.id === event.step);
  const fields = step?.fields ?? [];
  const known = new Set(fields.map((f) => f.key));
  const details: Detail[] = [];
  const notes: string[] = [];
  for (const field of fields) {
    const value = event.details[field.key] ?? '';
    if (field.key === 'date' || value.trim() === '') continue;
    details.push({ label: field.label, value: fieldValue(field, value, events) });
  }
  for (const [key, value] of Object.entries(event.details)) {
    if (known.has(key)) continue;
    const extra = extraDetail(key, value, policy);
    if (typeof extra === 'string') notes.push(extra);
    else if (extra) details.push(extra);
  }
  return {
    id: event.id,
    title: step?.label ?? event.step,
    dateLabel: fields.find((f) => f.key === 'date')?.label ?? '日期',
    date: event.date,
    transition: transition(event),
    who: event.updatedBy,
    recordedAt: formatDateTime(event.createdAt),
    details,
    notes,
    evidenceCount: event.evidence.length,
    evaluation: event.evaluation
      ? evaluationDetails(event.evaluation, event.date, policy.evaluationItemMaxScore)
      : null,
  };
}
