import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDraft, getApplication, saveApplication, setStatus } from '../../src-renderer/store/applications';
import { createProject } from '../../src-renderer/store/projects';
import { nextBatch } from '../../src-renderer/sync/batch';
import type { Application } from '../../src-shared/registration/application';
import type { PushResponse } from '../../src-shared/sync/schemas';
import { TEST_DATABASES } from './databases';
import type { TestClient } from './sync-client';
import { serverRecords, syncServerFixture } from './sync-fixture';

describe.each(TEST_DATABASES)('two windows syncing through the server on $name', (database) => {
  const sync = syncServerFixture(database);

  async function edit(c: TestClient, id: string, change: (application: Application) => Application) {
    const current = await getApplication(c.db, id);
    if (!current) throw new Error(`no application ${id}`);
    const saved = await saveApplication(c.db, c.actor, change(current));
    expect(saved.ok).toBe(true);
  }

  const phone = (value: string) => (a: Application) => ({ ...a, applicant: { ...a.applicant, phone: value } });
  const school = (value: string) => (a: Application) => ({ ...a, applicant: { ...a.applicant, school: value } });

  it.skipIf(database.skipReason)('offline edits on both sides converge, and different fields merge', async () => {
    const a = await sync.client('district', 'HC');
    const b = await sync.client('district', 'HC');
    const project = await createProject(a.db, a.actor, {
      name: '威海新材料产业园项目',
      amountWan: '52000',
      district: 'HC',
      negotiatingUnit: '环翠区商务局',
      overview: '在谈',
      quotaException: null,
    });
    const draft = await createDraft(a.db, a.actor);
    await edit(a, draft.id, (x) => ({ ...x, projectId: project.id, applicant: { ...x.applicant, name: '张𠮷' } }));
    await a.sync();
    await b.sync();
    expect((await getApplication(b.db, draft.id))?.applicant.name).toBe('张𠮷');

    a.online = false;
    b.online = false;
    await edit(a, draft.id, phone('13906311234'));
    await edit(b, draft.id, school('山东大学'));
    const offline = await createDraft(b.db, b.actor);
    await expect(a.sync()).rejects.toThrow(/无法连接/);
    a.online = true;
    b.online = true;
    await a.sync();
    await b.sync();
    await a.sync();

    const merged = await getApplication(a.db, draft.id);
    expect(merged?.applicant).toMatchObject({ name: '张𠮷', phone: '13906311234', school: '山东大学' });
    expect(await getApplication(a.db, offline.id)).toBeDefined();
    expect(await a.records()).toEqual(await b.records());
    expect(await a.records()).toEqual(await serverRecords(sync.server, 'HC'));
    expect(await a.db.conflicts.count()).toBe(0);
    expect(await b.db.outbox.count()).toBe(0);
  });

  it.skipIf(database.skipReason)('a batch whose answer was lost is sent again and applied once', async () => {
    const a = await sync.client('district', 'HC');
    const draft = await createDraft(a.db, a.actor);
    await edit(a, draft.id, phone('13906310001'));
    const [first] = await nextBatch(a.db, a.device);
    expect(first?.mutation.op).toBe('create');
    // The server applies the batch, but its answer never arrives.
    const answered = await a.requester({
      method: 'POST',
      path: '/api/v1/sync/push',
      body: { mutations: (await a.db.pushes.toArray()).map((p) => p.mutation) },
    });
    expect(answered.ok).toBe(true);
    const before = await sync.server.db.query<{ rev: number }>('SELECT rev FROM records WHERE id = $1', [draft.id]);

    const summary = await a.sync();
    // The draft, its history event and the audit event of its creation.
    expect(summary.pushed).toBe(3);
    const after = await sync.server.db.query<{ rev: number }>('SELECT rev FROM records WHERE id = $1', [draft.id]);
    expect(after).toEqual(before);
    expect(await a.db.pushes.count()).toBe(0);
    expect((await a.db.bases.get(['applications', draft.id]))?.rev).toBe(before[0]?.rev);
    expect((await a.records()).get(`applications/${draft.id}`)).toEqual(
      (await serverRecords(sync.server)).get(`applications/${draft.id}`),
    );
  });

  it.skipIf(database.skipReason)(
    'the same field changed on both sides: one conflict record, nothing lost',
    async () => {
      const a = await sync.client('district', 'HC');
      const b = await sync.client('district', 'HC');
      const draft = await createDraft(a.db, a.actor);
      await a.sync();
      await b.sync();
      await edit(a, draft.id, phone('13906311111'));
      await edit(b, draft.id, phone('13906312222'));
      await a.sync();
      await b.sync();

      expect((await getApplication(b.db, draft.id))?.applicant.phone).toBe('13906311111');
      const conflicts = await b.db.conflicts.toArray();
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        table: 'applications',
        recordId: draft.id,
        kind: 'conflict',
        fields: [{ field: 'applicant/phone', local: '13906312222', server: '13906311111' }],
      });
      expect(await a.db.conflicts.count()).toBe(0);
      await b.sync();
      expect(await b.db.conflicts.count()).toBe(1);
    },
  );

  it.skipIf(database.skipReason)(
    'a conflict whose answer was lost is still kept when the batch is sent again',
    async () => {
      const a = await sync.client('district', 'HC');
      const b = await sync.client('district', 'HC');
      const draft = await createDraft(a.db, a.actor);
      await a.sync();
      await b.sync();
      await edit(a, draft.id, phone('13906311111'));
      await edit(b, draft.id, phone('13906312222'));
      await a.sync();
      // The server takes B's batch and keeps A's phone, but its answer never reaches B.
      await nextBatch(b.db, b.device);
      const lost = await b.requester({
        method: 'POST',
        path: '/api/v1/sync/push',
        body: { mutations: (await b.db.pushes.toArray()).map((p) => p.mutation) },
      });
      expect(lost.ok && (lost.value.body as PushResponse).results[0]?.status).toBe('conflict');
      await b.sync();
      expect((await getApplication(b.db, draft.id))?.applicant.phone).toBe('13906311111');
      const conflicts = await b.db.conflicts.toArray();
      expect(conflicts.map((c) => [c.kind, c.fields])).toEqual([
        ['conflict', [{ field: 'applicant/phone', local: '13906312222', server: '13906311111' }]],
      ]);
    },
  );

  it.skipIf(database.skipReason)(
    'a form opened before a pull keeps what arrived in the fields it did not touch',
    async () => {
      const a = await sync.client('district', 'HC');
      const b = await sync.client('district', 'HC');
      const draft = await createDraft(a.db, a.actor);
      await a.sync();
      await b.sync();
      // A opens the wizard; meanwhile B fills in the school and A's background sync pulls it.
      const form = (await getApplication(a.db, draft.id)) as Application;
      await edit(b, draft.id, school('山东大学'));
      await b.sync();
      await a.sync();
      // A types a phone number; the wizard saves its whole form, saying which version it started from.
      const typed = phone('13906311234')(form);
      expect((await saveApplication(a.db, a.actor, typed, new Date(), form)).ok).toBe(true);
      await a.sync();
      await b.sync();
      for (const c of [a, b]) {
        expect((await getApplication(c.db, draft.id))?.applicant).toMatchObject({
          school: '山东大学',
          phone: '13906311234',
        });
      }
      expect(await a.db.conflicts.count()).toBe(0);
    },
  );

  it.skipIf(database.skipReason)('a city decision is never reverted by a district window', async () => {
    const hc = await sync.client('district', 'HC');
    const city = await sync.client('city', 'SJ');
    const draft = await createDraft(hc.db, hc.actor);
    await setStatus(hc.db, hc.actor, draft.id, 'registered', '登记');
    await hc.sync();
    await city.sync();
    expect((await setStatus(city.db, city.actor, draft.id, 'rejected', '联审未通过')).ok).toBe(true);
    await city.sync();

    // The district window, offline before the decision arrived, moves the record on.
    hc.online = false;
    await setStatus(hc.db, hc.actor, draft.id, 'awaiting-seal', '打印申领登记表');
    hc.online = true;
    await hc.sync();
    expect((await getApplication(hc.db, draft.id))?.status).toBe('rejected');
    // Having seen the decision, it tries to undo it.
    await setStatus(hc.db, hc.actor, draft.id, 'registered', '重新登记');
    await hc.sync();

    const [row] = await sync.server.db.query<{ data: { status: string } }>('SELECT data FROM records WHERE id = $1', [
      draft.id,
    ]);
    expect(row?.data.status).toBe('rejected');
    expect((await getApplication(hc.db, draft.id))?.status).toBe('rejected');
    const refused = (await hc.db.conflicts.toArray()).filter((c) => c.kind === 'refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]?.error?.code).toBe('city-decision');
    expect(refused[0]?.fields).toContainEqual({ field: 'status', local: 'registered', server: 'rejected' });
    await city.sync();
    expect((await getApplication(city.db, draft.id))?.status).toBe('rejected');
  });

  it.skipIf(database.skipReason)("a district window never receives another district's records", async () => {
    const hc = await sync.client('district', 'HC');
    const wd = await sync.client('district', 'WD');
    const city = await sync.client('city', 'SJ');
    const hcDraft = await createDraft(hc.db, hc.actor);
    const wdDraft = await createDraft(wd.db, wd.actor);
    await hc.sync();
    await wd.sync();
    await hc.sync();
    await city.sync();

    const wdRecords = await wd.records();
    expect(wdRecords.has(`applications/${wdDraft.id}`)).toBe(true);
    expect(wdRecords.has(`applications/${hcDraft.id}`)).toBe(false);
    expect([...wdRecords.values()].every((r) => r.data.district === undefined || r.data.district === 'WD')).toBe(true);
    expect(wdRecords).toEqual(await serverRecords(sync.server, 'WD'));
    expect((await hc.records()).has(`applications/${wdDraft.id}`)).toBe(false);
    expect(await city.records()).toEqual(await serverRecords(sync.server));
  });
});
