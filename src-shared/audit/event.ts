import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { SyncedRecord } from '../records/record';

/**
 * The audit log: every view of a full record, every export, print and
 * status change, as an event (who, when, what). Each device keeps one
 * chain: event n carries the hash of event n − 1, and its own hash over
 * everything it says, so a changed, removed or inserted event breaks the
 * chain where it happened. Events are only ever added (a synced table the
 * server accepts no change or deletion to), and the server checks each
 * chain as it arrives (src-server/audit/).
 *
 * The hash is SHA-256 computed synchronously (@noble/hashes), so that an
 * event is written in the same IndexedDB transaction as what it records.
 */

export type AuditAction = 'view' | 'export' | 'print' | 'status' | 'restore';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  view: '查看完整信息',
  export: '导出',
  print: '打印',
  status: '办理状态变更',
  restore: '从备份恢复',
};

export interface AuditSubject {
  /** The table of the record it is about, or '' for a list (an export of many). */
  table: string;
  id: string;
  /** What staff would call it: 申领编号 and name, a station's name, 驿站列表 … */
  label: string;
}

/** What is chained and hashed: everything an event says, nothing sync adds later. */
export interface AuditEntry {
  /** The device's own chain (its local identity, as on every record it writes). */
  chain: string;
  /** 1, 2, 3 … in the chain, with no gaps. */
  seq: number;
  /** ISO 8601 instant. */
  at: string;
  /** The staff member (display name) and the device's district. */
  actor: string;
  district: string;
  action: AuditAction;
  subject: AuditSubject;
  /** In Chinese: 从“已报送”到“联合研究”, 导出 Excel（12 条）… */
  detail: string;
  /** The previous event's hash; '' for the first. */
  prevHash: string;
}

export interface AuditEvent extends SyncedRecord, AuditEntry {
  hash: string;
}

/** JSON with keys in a fixed (sorted) order at every level, so both sides hash the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields of an event that its hash covers. */
export function auditEntry(event: AuditEntry): AuditEntry {
  const { chain, seq, at, actor, district, action, subject, detail, prevHash } = event;
  return {
    chain,
    seq,
    at,
    actor,
    district,
    action,
    subject: { table: subject.table, id: subject.id, label: subject.label },
    detail,
    prevHash,
  };
}

/** The hash of an event: SHA-256 (hex) of its entry's canonical JSON. */
export function auditHash(entry: AuditEntry): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(auditEntry(entry)))));
}

export type ChainBreak =
  /** The event's hash does not match what it says: it was changed after it was written. */
  | { kind: 'altered'; seq: number; id: string }
  /** The event does not name the previous event's hash: one was changed, removed or inserted before it. */
  | { kind: 'unlinked'; seq: number; id: string }
  /** A number is missing or repeated. */
  | { kind: 'gap'; seq: number; id: string };

export const CHAIN_BREAK_LABELS: Record<ChainBreak['kind'], string> = {
  altered: '记录内容与其哈希不符（记录后被修改）',
  unlinked: '未接续上一条记录的哈希（其前的记录被修改、删除或插入）',
  gap: '序号缺失或重复',
};

/**
 * Checks one event against the one before it in its chain (null for the
 * first): its own hash, its number and its link. Null when it holds.
 */
export function checkLink(
  event: Pick<AuditEvent, keyof AuditEntry | 'hash' | 'id'>,
  previous: Pick<AuditEvent, 'seq' | 'hash'> | null,
): ChainBreak | null {
  if (auditHash(event) !== event.hash) return { kind: 'altered', seq: event.seq, id: event.id };
  const expectedSeq = previous ? previous.seq + 1 : 1;
  if (event.seq !== expectedSeq) return { kind: 'gap', seq: event.seq, id: event.id };
  if (event.prevHash !== (previous?.hash ?? '')) return { kind: 'unlinked', seq: event.seq, id: event.id };
  return null;
}

/** Every break in one device's chain, its events in any order. */
export function verifyChain(events: readonly Pick<AuditEvent, keyof AuditEntry | 'hash' | 'id'>[]): ChainBreak[] {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  const breaks: ChainBreak[] = [];
  let previous: Pick<AuditEvent, 'seq' | 'hash'> | null = null;
  for (const event of ordered) {
    const found = checkLink(event, previous);
    if (found) breaks.push(found);
    previous = event;
  }
  return breaks;
}
