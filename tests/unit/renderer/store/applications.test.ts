import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applicationsWithIdNumber,
  createDraft,
  getApplication,
  saveApplication,
  searchApplications,
  setStatus,
  statusHistory,
  withdrawDraft,
} from '../../../../src-renderer/store/applications';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { createProject, projectQuota, updateProject } from '../../../../src-renderer/store/projects';
import type { Application } from '../../../../src-shared/registration/application';
import { actor, freshDb } from './helpers';

let db: TalentCardDb;
afterEach(() => db?.close());

const project = {
  name: '威海海洋生物医药产业园项目',
  amountWan: '50000',
  district: 'HC',
  negotiatingUnit: '环翠区商务局',
  overview: '计划 2027 年落地',
  quotaException: null,
};

async function applicant(name: string, idNumber = '', projectId: string | null = null): Promise<Application> {
  const draft = await createDraft(db, actor);
  const result = await saveApplication(db, actor, {
    ...draft,
    applicant: { ...draft.applicant, name, idNumber },
    projectId,
  });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('drafts and numbers', () => {
  it('gives each new application the next 申领编号 of this device, never reusing one', async () => {
    db = freshDb();
    const first = await createDraft(db, actor, new Date('2026-03-01T08:00:00Z'));
    const second = await createDraft(db, actor, new Date('2026-03-01T09:00:00Z'));
    await setStatus(db, actor, second.id, 'withdrawn');
    const third = await createDraft(db, actor, new Date('2026-03-02T08:00:00Z'));
    expect([first.number, second.number, third.number]).toEqual([
      '2026HC-7F3K9Q-0001',
      '2026HC-7F3K9Q-0002',
      '2026HC-7F3K9Q-0003',
    ]);
    expect(first).toMatchObject({
      status: 'draft',
      rev: 0,
      deleted: false,
      deviceId: actor.deviceId,
      updatedBy: '王窗口',
    });
  });

  it('writes an outbox entry with every change, in increasing order', async () => {
    db = freshDb();
    const draft = await createDraft(db, actor);
    await saveApplication(db, actor, { ...draft, applicant: { ...draft.applicant, name: '张三' } });
    const outbox = (await db.outbox.toArray()).filter((entry) => entry.table === 'applications');
    expect(outbox.map((entry) => [entry.table, entry.recordId])).toEqual([
      ['applications', draft.id],
      ['applications', draft.id],
    ]);
    expect(outbox[1]?.seq).toBeGreaterThan(outbox[0]?.seq ?? Number.POSITIVE_INFINITY);
  });

  it('leaves neither the record nor its outbox entry when the write fails', async () => {
    db = freshDb();
    const draft = await createDraft(db, actor);
    const before = await db.outbox.count();
    await expect(
      db.transaction('rw', [db.applications, db.outbox], async () => {
        await db.outbox.add({ table: 'applications', recordId: 'x', at: new Date().toISOString() });
        // Same 申领编号 as an existing row: the unique index aborts the whole transaction.
        const stored = await db.applications.get(draft.id);
        if (stored) await db.applications.add({ ...stored, id: 'another' });
      }),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(before);
    expect(await db.applications.count()).toBe(1);
  });
});

describe('the per-project quota', () => {
  it('takes three applicants and refuses a fourth with the reason', async () => {
    db = freshDb();
    const created = await createProject(db, actor, project);
    for (const name of ['甲', '乙', '丙']) await applicant(name, '', created.id);
    const fourth = await createDraft(db, actor);
    const refused = await saveApplication(db, actor, { ...fourth, projectId: created.id });
    expect(refused).toMatchObject({ ok: false, code: 'quota-full', message: expect.stringContaining('名额已满') });
    expect((await db.applications.get(fourth.id))?.projectId).toBeNull();
  });

  it('gives a 一事一议 project its extra places', async () => {
    db = freshDb();
    const created = await createProject(db, actor, {
      ...project,
      quotaException: { extraPlaces: 2, documentNumber: '威人才办〔2026〕3号', documentDate: '2026-02-01' },
    });
    for (const name of ['甲', '乙', '丙', '丁', '戊']) await applicant(name, '', created.id);
    const sixth = await createDraft(db, actor);
    expect(await saveApplication(db, actor, { ...sixth, projectId: created.id })).toMatchObject({ ok: false });
    expect(await projectQuota(db, created)).toMatchObject({ limit: 5, used: 5, left: 0 });
  });

  it('frees a place when an application is withdrawn', async () => {
    db = freshDb();
    const created = await createProject(db, actor, project);
    const first = await applicant('甲', '', created.id);
    await applicant('乙', '', created.id);
    await applicant('丙', '', created.id);
    await setStatus(db, actor, first.id, 'withdrawn');
    const fourth = await createDraft(db, actor);
    expect(await saveApplication(db, actor, { ...fourth, projectId: created.id })).toMatchObject({ ok: true });
  });

  it('lets only one of two windows saving at once take the last place', async () => {
    db = freshDb();
    const otherWindow = new Dexie(db.name) as TalentCardDb;
    const { defineSchema } = await import('../../../../src-renderer/store/db');
    defineSchema(otherWindow);
    try {
      const created = await createProject(db, actor, project);
      await applicant('甲', '', created.id);
      await applicant('乙', '', created.id);
      const [a, b] = [await createDraft(db, actor), await createDraft(db, actor)];
      const results = await Promise.all([
        saveApplication(db, actor, { ...a, projectId: created.id }),
        saveApplication(otherWindow, actor, { ...b, projectId: created.id }),
      ]);
      expect(results.map((result) => result.ok).sort()).toEqual([false, true]);
      expect(await projectQuota(db, created)).toMatchObject({ used: 3, left: 0, overQuota: [] });
    } finally {
      otherWindow.close();
    }
  });

  it('flags, and keeps, the applications beyond the places after two devices synced', async () => {
    db = freshDb();
    const created = await createProject(db, actor, project);
    for (const name of ['甲', '乙', '丙']) await applicant(name, '', created.id);
    // A fourth arriving from another device through sync bypasses the local check.
    const late = await createDraft(
      db,
      { ...actor, deviceCode: 'AAAAAA', deviceId: 'other' },
      new Date(Date.now() + 60_000),
    );
    await db.applications.update(late.id, { projectId: created.id });
    const state = await projectQuota(db, created);
    expect(state).toMatchObject({ limit: 3, used: 4, left: 0 });
    expect(state.overQuota.map((application) => application.id)).toEqual([late.id]);
    expect(await db.applications.count()).toBe(4);
  });
});

describe('search and duplicates', () => {
  it('finds applications by name prefix, 证件号码 tail and status; newest first', async () => {
    db = freshDb();
    const zhang = await applicant('张𠮷', '11010519491231002X');
    await applicant('阿依古丽·吐尔逊', '370102199003071234');
    await applicant('Zhang Wei', '370102199003078888');
    expect((await searchApplications(db, { text: '张' })).map((a) => a.applicant.name)).toEqual(['张𠮷']);
    expect((await searchApplications(db, { text: 'zhang' })).map((a) => a.applicant.name)).toEqual(['Zhang Wei']);
    expect((await searchApplications(db, { text: '阿依古丽·' })).map((a) => a.applicant.name)).toEqual([
      '阿依古丽·吐尔逊',
    ]);
    expect((await searchApplications(db, { text: '002x' })).map((a) => a.id)).toEqual([zhang.id]);
    expect((await searchApplications(db, { text: '1234' })).map((a) => a.applicant.name)).toEqual(['阿依古丽·吐尔逊']);
    await setStatus(db, actor, zhang.id, 'registered');
    expect((await searchApplications(db, { status: 'registered' })).map((a) => a.id)).toEqual([zhang.id]);
    expect((await searchApplications(db, {})).map((a) => a.applicant.name)[0]).toBe('张𠮷');
  });

  it('finds another application with the same 证件号码', async () => {
    db = freshDb();
    const first = await applicant('张三', '11010519491231002X');
    const second = await applicant('张三', '11010519491231002X');
    expect((await applicationsWithIdNumber(db, second)).map((a) => a.id)).toEqual([first.id]);
  });
});

describe('status history', () => {
  it('records every status change with who, when, from, to and why', async () => {
    db = freshDb();
    const draft = await createDraft(db, actor, new Date('2026-03-01T08:00:00Z'));
    await setStatus(db, actor, draft.id, 'registered', '完成登记', new Date('2026-03-01T09:00:00Z'));
    await setStatus(
      db,
      { ...actor, staffName: '李窗口' },
      draft.id,
      'awaiting-seal',
      '打印申领登记表',
      new Date('2026-03-01T10:00:00Z'),
    );
    const history = await statusHistory(db, draft.id);
    expect(history.map((event) => [event.from, event.to, event.reason, event.updatedBy, event.createdAt])).toEqual([
      [null, 'draft', '新建申领登记', '王窗口', '2026-03-01T08:00:00.000Z'],
      ['draft', 'registered', '完成登记', '王窗口', '2026-03-01T09:00:00.000Z'],
      ['registered', 'awaiting-seal', '打印申领登记表', '李窗口', '2026-03-01T10:00:00.000Z'],
    ]);
    const queued = (await db.outbox.toArray()).filter((entry) => entry.table === 'events');
    expect(queued).toHaveLength(3);
  });
});

describe('saving the form', () => {
  it('never undoes what only status changes may set: the status, the number and the filed copy', async () => {
    db = freshDb();
    const draft = await createDraft(db, actor);
    const staleForm = { ...draft };
    await setStatus(db, actor, draft.id, 'registered', '完成登记');
    await setStatus(db, actor, draft.id, 'awaiting-seal', '打印申领登记表');
    await setStatus(db, actor, draft.id, 'sealed', '归档盖章件', new Date(), { sealedScan: 'ab'.repeat(32) });
    // The wizard still holds the values it loaded, from before all of that.
    const saved = await saveApplication(db, actor, {
      ...staleForm,
      number: 'forged',
      applicant: { ...staleForm.applicant, name: '张三' },
    });
    expect(saved).toMatchObject({ ok: true });
    expect(await getApplication(db, draft.id)).toMatchObject({
      status: 'sealed',
      number: draft.number,
      sealedScan: 'ab'.repeat(32),
      applicant: { name: '张三' },
    });
  });
});

describe('changing a project', () => {
  it('refuses to take away places that applicants already hold', async () => {
    db = freshDb();
    const created = await createProject(db, actor, {
      ...project,
      quotaException: { extraPlaces: 1, documentNumber: '威人才办〔2026〕3号', documentDate: '2026-02-01' },
    });
    for (const name of ['甲', '乙', '丙', '丁']) await applicant(name, '', created.id);
    const refused = await updateProject(db, actor, { ...created, quotaException: null });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('已有 4 人申领') });
    expect((await db.projects.get(created.id))?.quotaException?.extraPlaces).toBe(1);
    expect(await updateProject(db, actor, { ...created, name: '威海海洋生物医药产业园（一期）' })).toMatchObject({
      ok: true,
    });
  });
});

describe('giving up a draft', () => {
  it('withdraws a draft, with its event, and refuses anything that is no longer a draft', async () => {
    db = freshDb();
    const draft = await createDraft(db, actor);
    expect(await withdrawDraft(db, actor, draft.id)).toMatchObject({ ok: true, value: { status: 'withdrawn' } });
    expect((await statusHistory(db, draft.id)).at(-1)).toMatchObject({
      from: 'draft',
      to: 'withdrawn',
      reason: '放弃草稿',
    });

    const registered = await createDraft(db, actor);
    await setStatus(db, actor, registered.id, 'registered', '完成登记');
    expect(await withdrawDraft(db, actor, registered.id)).toMatchObject({
      ok: false,
      message: expect.stringContaining('已不是草稿'),
    });
    expect((await getApplication(db, registered.id))?.status).toBe('registered');
  });
});
