import type { SyncedTable } from '../records/record';
import { jsonEqual } from './fields';

/**
 * Tables whose records are only ever added (docs/sync-protocol.md §9): the
 * audit log. The server refuses every update and delete of them, from any
 * role, and a create that would change an existing one; a record sent again
 * exactly as stored changes nothing and is not refused.
 */
export const APPEND_ONLY_TABLES: readonly SyncedTable[] = ['audit'];

export const APPEND_ONLY_REFUSAL = '审计记录只能新增，不能修改或删除。';

export function isAppendOnly(table: SyncedTable): boolean {
  return APPEND_ONLY_TABLES.includes(table);
}

/** A record's state on the server, or undefined when it does not exist. */
export interface StoredState {
  deleted: boolean;
  data: Readonly<Record<string, unknown>>;
}

/** Why a change from `before` to `after` is not an append, in Chinese, or null when it is (or the table is not append-only). */
export function appendOnlyRefusal(
  table: SyncedTable,
  before: StoredState | undefined,
  after: StoredState,
): string | null {
  if (!isAppendOnly(table)) return null;
  if (!before) return after.deleted ? APPEND_ONLY_REFUSAL : null;
  if (before.deleted !== after.deleted || !jsonEqual(before.data, after.data)) return APPEND_ONLY_REFUSAL;
  return null;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * What is wrong with a new audit event's fields (src-shared/audit/event.ts),
 * in Chinese, or null. An event is written in its own device's chain: its
 * `chain` is the `deviceId` it carries. A wrong shape is refused rather than
 * stored, since the server could not place it in any chain.
 */
export function auditEventProblem(data: Readonly<Record<string, unknown>>): string | null {
  const { chain, seq, subject } = data;
  if (!isText(chain) || chain === '') return '审计记录缺少所属的记录链（chain）。';
  if (chain !== data.deviceId)
    return '审计记录只能写在本设备自己的记录链中：记录链（chain）与设备标识（deviceId）不符。';
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return '审计记录的序号（seq）须为正整数。';
  const texts = ['at', 'actor', 'district', 'action', 'detail', 'prevHash', 'hash'] as const;
  const missing = texts.find((field) => !isText(data[field]));
  if (missing) return `审计记录的字段 ${missing} 须为文字。`;
  const about = subject as Record<string, unknown> | null;
  if (
    typeof about !== 'object' ||
    about === null ||
    !isText(about.table) ||
    !isText(about.id) ||
    !isText(about.label)
  ) {
    return '审计记录的对象（subject）须有 table、id 和 label。';
  }
  return null;
}
