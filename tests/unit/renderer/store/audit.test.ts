import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { markPrinted } from '../../../../src-renderer/printing/print-job';
import { createDraft, saveApplication, setStatus } from '../../../../src-renderer/store/applications';
import {
  appendAudit,
  auditEvents,
  recordAction,
  recordAudit,
  verifyLocalChain,
} from '../../../../src-renderer/store/audit';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { saveStaffProfile } from '../../../../src-renderer/store/device';
import { takeStep } from '../../../../src-renderer/store/review';
import { createStation, takeStationStep } from '../../../../src-renderer/store/stations';
import { nextBatch } from '../../../../src-renderer/sync/batch';
import { auditHash } from '../../../../src-shared/audit/event';
import { emptyStationFields, type StationFields } from '../../../../src-shared/stations/station';
import { actor, freshDb } from './helpers';

const NOW = new Date('2026-11-23T10:00:00+08:00');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const view = (label: string) => ({
  action: 'view' as const,
  subject: { table: 'applications', id: `id-${label}`, label },
  detail: '显示完整证件号码',
});

const STATION: StationFields = {
  ...emptyStationFields(),
  name: '甲驿站',
  type: 'innovation',
  hostName: '某单位',
  hostUscc: '91350100M000100Y43',
  district: 'HC',
  hostAddress: '威海市环翠区海滨北路 1 号',
  contacts: [{ name: '刘洋', title: '', phone: '13812345678' }],
  functions: ['liaison'],
  conditions: { venue: '场地', industry: '产业', experts: '专家', management: '制度' },
  conditionEvidence: { venue: ['sha-1'], industry: ['sha-2'], experts: ['sha-3'], management: ['sha-4'] },
  route: 'district',
};

let db: TalentCardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** This device's chain, in order. */
const chain = async () =>
  (await db.audit.where('chain').equals(actor.deviceId).toArray()).sort((a, b) => a.seq - b.seq);

describe('the chain', () => {
  it('numbers events 1..n, links each to the one before, and hashes what each says', async () => {
    for (const [index, label] of ['甲', '乙', '丙', '丁'].entries())
      await recordAudit(db, actor, view(label), later(index));
    const events = await chain();
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(events[0]?.prevHash).toBe('');
    for (const [index, event] of events.entries()) {
      expect(event.hash).toBe(auditHash(event));
      expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      if (index > 0) expect(event.prevHash).toBe(events[index - 1]?.hash);
    }
    expect(events[2]).toMatchObject({
      chain: actor.deviceId,
      actor: '王窗口',
      district: 'HC',
      deviceId: actor.deviceId,
      updatedBy: '王窗口',
      rev: 0,
      deleted: false,
      at: later(2).toISOString(),
      action: 'view',
      subject: { table: 'applications', id: 'id-丙', label: '丙' },
    });
    expect(await verifyLocalChain(db, actor.deviceId)).toEqual([]);
  });

  it('queues every event for sync, and sync sends it as a new record of the device’s district', async () => {
    const event = await recordAudit(db, actor, view('甲'), NOW);
    expect((await db.outbox.toArray()).map((entry) => [entry.table, entry.recordId])).toEqual([['audit', event.id]]);
    const batch = await nextBatch(db, { role: 'district', district: 'HC' });
    expect(batch.map((pending) => [pending.table, pending.mutation.op, pending.mutation.district])).toEqual([
      ['audit', 'create', 'HC'],
    ]);
  });

  it('never pushes a change to an event the server already holds', async () => {
    const event = await recordAudit(db, actor, view('甲'), NOW);
    const { rev: _rev, deleted: _deleted, ...data } = event;
    await db.bases.put({ table: 'audit', id: event.id, district: 'HC', rev: 5, deleted: false, data });
    await db.outbox.clear();
    await db.transaction('rw', [db.audit, db.outbox], async () => {
      await db.audit.put({ ...event, detail: '改过的说明' });
      await db.outbox.add({ table: 'audit', recordId: event.id, at: NOW.toISOString() });
    });
    expect(await nextBatch(db, { role: 'district', district: 'HC' })).toEqual([]);
  });

  it('keeps one chain per device', async () => {
    const other = { ...actor, deviceId: '0190f5a0-0000-7000-8000-000000000002', staffName: '李窗口' };
    await recordAudit(db, actor, view('甲'), NOW);
    await recordAudit(db, other, view('乙'), later(1));
    await recordAudit(db, actor, view('丙'), later(2));
    expect((await chain()).map((event) => event.seq)).toEqual([1, 2]);
    expect((await db.audit.where('chain').equals(other.deviceId).toArray()).map((event) => event.seq)).toEqual([1]);
  });

  it('lists the latest events newest first, up to the limit', async () => {
    for (const [index, label] of ['甲', '乙', '丙'].entries()) await recordAudit(db, actor, view(label), later(index));
    expect((await auditEvents(db, { limit: 2 })).map((event) => event.subject.label)).toEqual(['丙', '乙']);
  });

  it('finds where the local chain was tampered with', async () => {
    for (const [index, label] of ['甲', '乙', '丙'].entries()) await recordAudit(db, actor, view(label), later(index));
    const second = (await chain())[1];
    if (!second) throw new Error('no event');
    await db.audit.put({ ...second, detail: '没有查看' });
    expect(await verifyLocalChain(db, actor.deviceId)).toEqual([{ kind: 'altered', seq: 2, id: second.id }]);
    await db.audit.delete(second.id);
    expect((await verifyLocalChain(db, actor.deviceId)).map((found) => found.kind)).toEqual(['gap']);
  });
});

describe('appendAudit', () => {
  it('refuses to run outside a transaction, or in one without the audit log and the outbox', async () => {
    await expect(appendAudit(db, actor, view('甲'), NOW)).rejects.toThrow(/inside the transaction/);
    await expect(db.transaction('rw', [db.audit], () => appendAudit(db, actor, view('甲'), NOW))).rejects.toThrow(
      /inside the transaction/,
    );
    await expect(
      db.transaction('rw', [db.applications, db.outbox], () => appendAudit(db, actor, view('甲'), NOW)),
    ).rejects.toThrow(/inside the transaction/);
    expect(await db.audit.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('is undone with the write it records when that transaction fails', async () => {
    await expect(
      db.transaction('rw', [db.audit, db.outbox], async () => {
        await appendAudit(db, actor, view('甲'), NOW);
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.audit.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // The next event is still number 1: nothing half-written is left behind.
    expect((await recordAudit(db, actor, view('乙'), NOW)).seq).toBe(1);
  });

  it('records a UI action as the device alone when 设置 has no profile yet, and as the staff member once it has', async () => {
    const anonymous = await recordAction(db, view('甲'), NOW);
    expect(anonymous).toMatchObject({ seq: 1, actor: '（未设置工作人员）', district: '' });
    await saveStaffProfile(db, { districtCode: 'WD', staffName: '赵窗口' });
    const named = await recordAction(db, view('乙'), later(1));
    expect(named).toMatchObject({
      chain: anonymous.chain,
      seq: 2,
      prevHash: anonymous.hash,
      actor: '赵窗口',
      district: 'WD',
    });
  });
});

describe('status changes', () => {
  it('writes an event with each application status change, in its transaction, saying from what to what and why', async () => {
    const draft = await createDraft(db, actor, NOW);
    await saveApplication(db, actor, { ...draft, applicant: { ...draft.applicant, name: '张三' } }, NOW);
    await setStatus(db, actor, draft.id, 'submitted', '测试', NOW);
    const result = await setStatus(db, actor, draft.id, 'joint-review', '材料齐全', later(1));
    expect(result.ok).toBe(true);
    const events = await chain();
    expect(events.map((event) => [event.seq, event.action, event.detail])).toEqual([
      [1, 'status', '新建为“草稿”：新建申领登记'],
      [2, 'status', '从“草稿”到“已报送”：测试'],
      [3, 'status', '从“已报送”到“联合研究”：材料齐全'],
    ]);
    expect(events[2]?.subject).toEqual({ table: 'applications', id: draft.id, label: `${draft.number} 张三` });
    // Queued with the application and its history event.
    const queued = (await db.outbox.toArray()).map((entry) => entry.table);
    expect(queued.filter((table) => table === 'audit')).toHaveLength(3);
    expect(await verifyLocalChain(db, actor.deviceId)).toEqual([]);
  });

  it('writes none when the status change fails, and none survives when its transaction is undone', async () => {
    const draft = await createDraft(db, actor, NOW);
    await setStatus(db, actor, draft.id, 'sealed', '测试', NOW);
    const before = await db.audit.count();
    const refused = await takeStep(
      db,
      actor,
      'district',
      draft.id,
      'submit',
      { date: '2099-01-01', reference: 'x' },
      NOW,
    );
    expect(refused.ok).toBe(false);
    expect(await setStatus(db, actor, 'no-such-id', 'submitted', '', NOW)).toMatchObject({ ok: false });
    await expect(
      db.transaction('rw', [db.applications, db.events, db.audit, db.outbox], async () => {
        await setStatus(db, actor, draft.id, 'submitted', '测试', NOW);
        throw new Error('crash');
      }),
    ).rejects.toThrow('crash');
    expect(await db.audit.count()).toBe(before);
    const done = await takeStep(
      db,
      actor,
      'district',
      draft.id,
      'submit',
      { date: '2026-11-23', reference: '威人才发〔2026〕1号' },
      NOW,
    );
    expect(done.ok).toBe(true);
    expect((await chain()).at(-1)).toMatchObject({ seq: before + 1, action: 'status' });
    expect((await chain()).at(-1)?.detail).toMatch(/^从“已盖章”到“已报送”/);
  });

  it('writes an event with each station step, naming the step and the statuses', async () => {
    const created = await createStation(db, actor, STATION, NOW);
    if (!created.ok) throw new Error(created.message);
    expect(await db.audit.count()).toBe(0);
    const refused = await takeStationStep(
      db,
      actor,
      'district',
      { stationId: created.value.id, step: 'select', data: {}, evidence: [] },
      NOW,
    );
    expect(refused.ok).toBe(false);
    expect(await db.audit.count()).toBe(0);
    const applied = await takeStationStep(
      db,
      actor,
      'district',
      {
        stationId: created.value.id,
        step: 'apply',
        data: { date: '2026-11-23', recommendation: '同意推荐' },
        evidence: [],
      },
      NOW,
    );
    if (!applied.ok) throw new Error(applied.message);
    expect(await chain()).toMatchObject([
      {
        seq: 1,
        action: 'status',
        subject: { table: 'stations', id: created.value.id, label: '甲驿站' },
        detail: expect.stringMatching(/从“草稿”到“已申报”$/),
      },
    ]);
  });
});

describe('printing', () => {
  it('writes a print event per form, with the 待盖章 status change it causes', async () => {
    const draft = await createDraft(db, actor, NOW);
    await setStatus(db, actor, draft.id, 'registered', '完成登记', NOW);
    await markPrinted(db, actor, [draft.id], later(1));
    await markPrinted(db, actor, [draft.id], later(2), '打印申领登记表：另存为 PDF（申领登记表.pdf）');
    const events = (await chain()).slice(2);
    expect(events.map((event) => [event.action, event.detail])).toEqual([
      ['print', '打印申领登记表'],
      ['status', '从“已登记”到“待盖章”：打印申领登记表'],
      ['print', '打印申领登记表：另存为 PDF（申领登记表.pdf）'],
    ]);
    expect(events[0]?.subject).toMatchObject({ table: 'applications', id: draft.id });
  });
});
