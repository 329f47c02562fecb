import { type ApplicationStatus, type CardCategory, STATUS_LABELS, stepBetween, WORKFLOWS } from '../cards/workflow';
import type { SyncedTable } from '../records/record';
import { jsonEqual } from './fields';
import { stationDecisionRefusal } from './station-authority';

/**
 * Decisions only the city records (docs/sync-protocol.md §5), read from the
 * review workflows (src-shared/cards/workflow.ts): the server refuses a
 * district device's change that takes a step only the city may take, moves a
 * record out of a status only the city sets other than by a step open to
 * windows (including deleting it), or touches the card's number and dates.
 * The client offers only the allowed steps in the first place. The talent
 * stations' rules, read from their own workflow, are in station-authority.ts.
 */

/** A record's data, or null when it does not exist or is deleted. */
export type RecordState = Readonly<Record<string, unknown>> | null;

/** Tables whose records follow a card workflow. */
const WORKFLOW_TABLES: readonly SyncedTable[] = ['applications'];

/** Statuses only a city step leads to. */
function cityOnlyStatuses(category: CardCategory): Set<ApplicationStatus> {
  const steps = WORKFLOWS[category];
  const byWindows = new Set(steps.filter((s) => s.roles.includes('district')).map((s) => s.to));
  return new Set(steps.map((s) => s.to).filter((to) => !byWindows.has(to)));
}

function categoryOf(...states: RecordState[]): CardCategory {
  return states.some((s) => s?.category === 'enterprise-talent') ? 'enterprise-talent' : 'business-elite';
}

function statusOf(state: RecordState): ApplicationStatus | null {
  const status = state?.status;
  return typeof status === 'string' && status in STATUS_LABELS ? (status as ApplicationStatus) : null;
}

/**
 * Why a district device may not change a record from `before` to `after`,
 * in Chinese, or null when it may.
 */
export function cityDecisionRefusal(table: SyncedTable, before: RecordState, after: RecordState): string | null {
  const station = stationDecisionRefusal(table, before, after);
  if (station) return station;
  if (!WORKFLOW_TABLES.includes(table)) return null;
  const category = categoryOf(before, after);
  const cityOnly = cityOnlyStatuses(category);
  const was = statusOf(before);
  const now = statusOf(after);
  if (before && after && !jsonEqual(before.card, after.card)) {
    return '英才卡的卡号、发放和注销只能由市级记录。';
  }
  if (was === now && after !== null) return null;
  if (was !== null && now !== null && stepBetween(category, was, now, 'district')) return null;
  if (was !== null && cityOnly.has(was)) {
    return `该申领已由市级记录为“${STATUS_LABELS[was]}”，区市窗口不能更改或删除。`;
  }
  if (now !== null && cityOnly.has(now)) {
    return `“${STATUS_LABELS[now]}”是市级的审核结论或办理步骤，只能由市级设备记录。`;
  }
  return null;
}
