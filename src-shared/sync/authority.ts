import type { SyncedTable } from '../records/record';

/**
 * Decisions only the city records (docs/sync-protocol.md §5). The server
 * refuses a district device's change that sets one of these values or moves
 * a record away from one (including deleting it); the client offers only the
 * allowed actions. One row per table and field; later issues add rows.
 */
interface CityDecision {
  table: SyncedTable;
  field: string;
  /** Values of the field that are city decisions, with their Chinese names. */
  values: Record<string, string>;
  /** What the record is called in a message. */
  noun: string;
}

export const CITY_DECISIONS: readonly CityDecision[] = [
  { table: 'applications', field: 'status', values: { rejected: '未通过' }, noun: '申领登记' },
];

/** A record's data, or null when it does not exist or is deleted. */
type RecordState = Readonly<Record<string, unknown>> | null;

function decisionValue(rule: CityDecision, state: RecordState): string | null {
  const value = state?.[rule.field];
  return typeof value === 'string' && value in rule.values ? value : null;
}

/**
 * Why a district device may not change a record from `before` to `after`,
 * in Chinese, or null when it may.
 */
export function cityDecisionRefusal(table: SyncedTable, before: RecordState, after: RecordState): string | null {
  for (const rule of CITY_DECISIONS) {
    if (rule.table !== table) continue;
    const was = decisionValue(rule, before);
    const now = decisionValue(rule, after);
    const unchanged = after !== null && before !== null && before[rule.field] === after[rule.field];
    if (unchanged) continue;
    if (was !== null) {
      return `该${rule.noun}已由市级记录为“${rule.values[was]}”，区市窗口不能更改或删除。`;
    }
    if (now !== null) {
      return `“${rule.values[now]}”是市级的审核结论，只能由市级设备记录。`;
    }
  }
  return null;
}
