import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  type AuditEvent,
  auditHash,
  canonicalJson,
  checkLink,
  verifyChain,
} from '../../../../src-shared/audit/event';

const CHAIN = '0190f5a0-0000-7000-8000-000000000001';

const FIRST: AuditEntry = {
  chain: CHAIN,
  seq: 1,
  at: '2026-05-20T04:00:00.000Z',
  actor: '王窗口',
  district: 'HC',
  action: 'status',
  subject: { table: 'applications', id: '0193a5e2-7c1f-7d3a-9f00-3c2b1a0e4d55', label: '2026HC-7F3K9Q-0001 张三' },
  detail: '从“已报送”到“联合研究”：材料齐全',
  prevHash: '',
};

/** A chain of n events as appendAudit writes them. */
function chainOf(n: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let seq = 1; seq <= n; seq += 1) {
    const entry: AuditEntry = {
      ...FIRST,
      seq,
      at: `2026-05-20T04:0${seq}:00.000Z`,
      action: seq % 2 ? 'view' : 'export',
      detail: `第 ${seq} 条`,
      prevHash: events.at(-1)?.hash ?? '',
    };
    events.push({
      ...entry,
      id: `event-${seq}`,
      createdAt: entry.at,
      updatedAt: entry.at,
      updatedBy: entry.actor,
      deviceId: CHAIN,
      rev: 0,
      deleted: false,
      hash: auditHash(entry),
    });
  }
  return events;
}

/** Re-hashes an event after a change, as someone covering their tracks would. */
const rehashed = (event: AuditEvent): AuditEvent => ({ ...event, hash: auditHash(event) });

describe('canonicalJson', () => {
  it('writes keys in sorted order at every level, whatever order they were made in', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('leaves out undefined values and keeps null, text and numbers as JSON', () => {
    expect(canonicalJson({ a: undefined, b: null, c: '威海“英才”', d: 1.5 })).toBe(
      '{"b":null,"c":"威海“英才”","d":1.5}',
    );
  });
});

describe('auditHash', () => {
  it('is the SHA-256 of the entry’s canonical JSON (a value computed independently with node:crypto)', () => {
    expect(auditHash(FIRST)).toBe('dbb8bafbb31a0aaf1ff583b349a257fed246b52582b412ea77ead68cc8ce4877');
  });

  it('covers only what the event says: sync fields and the hash itself do not change it', () => {
    const [event] = chainOf(1);
    if (!event) throw new Error('no event');
    expect(auditHash({ ...event, rev: 42, updatedAt: '2030-01-01T00:00:00.000Z', hash: 'x' } as AuditEvent)).toBe(
      event.hash,
    );
  });

  it('changes with any field, the subject’s included', () => {
    const base = auditHash(FIRST);
    expect(auditHash({ ...FIRST, seq: 2 })).not.toBe(base);
    expect(auditHash({ ...FIRST, actor: '李窗口' })).not.toBe(base);
    expect(auditHash({ ...FIRST, subject: { ...FIRST.subject, label: '2026HC-7F3K9Q-0001 李四' } })).not.toBe(base);
  });
});

describe('verifyChain', () => {
  it('finds nothing wrong in an intact chain, in any order', () => {
    const events = chainOf(5);
    expect(verifyChain(events)).toEqual([]);
    expect(verifyChain([...events].reverse())).toEqual([]);
    expect(verifyChain([])).toEqual([]);
  });

  it('finds an event whose detail was changed after it was written (altered)', () => {
    const events = chainOf(4);
    const tampered = events.map((event) => (event.seq === 2 ? { ...event, detail: '第 2 条（已改）' } : event));
    expect(verifyChain(tampered)).toEqual([{ kind: 'altered', seq: 2, id: 'event-2' }]);
  });

  it('finds the event after one that was changed and re-hashed (unlinked)', () => {
    const events = chainOf(4);
    const tampered = events.map((event) =>
      event.seq === 2 ? rehashed({ ...event, detail: '第 2 条（已改）' }) : event,
    );
    expect(verifyChain(tampered)).toEqual([{ kind: 'unlinked', seq: 3, id: 'event-3' }]);
  });

  it('finds a removed event (gap) and an inserted one', () => {
    const events = chainOf(5);
    expect(verifyChain(events.filter((event) => event.seq !== 3))).toEqual([{ kind: 'gap', seq: 4, id: 'event-4' }]);
    const [first, second] = events;
    if (!first || !second) throw new Error('no events');
    const inserted = rehashed({ ...second, id: 'event-x', detail: '插入的记录' });
    expect(verifyChain([first, inserted, second])).toEqual([{ kind: 'gap', seq: 2, id: 'event-2' }]);
  });

  it('finds a chain that does not start at 1 or with an empty prevHash', () => {
    const events = chainOf(3);
    expect(verifyChain(events.slice(1))).toEqual([{ kind: 'gap', seq: 2, id: 'event-2' }]);
    const [first] = events;
    if (!first) throw new Error('no event');
    expect(checkLink(rehashed({ ...first, prevHash: 'ab'.repeat(32) }), null)).toEqual({
      kind: 'unlinked',
      seq: 1,
      id: 'event-1',
    });
  });
});
