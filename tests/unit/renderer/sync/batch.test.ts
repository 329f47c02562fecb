import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraft, getApplication, saveApplication, setStatus } from '../../../../src-renderer/store/applications';
import { putAttachment } from '../../../../src-renderer/store/attachments';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { nextBatch } from '../../../../src-renderer/sync/batch';
import { recordData } from '../../../../src-renderer/sync/local-rows';
import { applyPushResults } from '../../../../src-renderer/sync/push';
import { recordSync } from '../../../../src-renderer/sync/record-state';
import type { Application } from '../../../../src-shared/registration/application';
import type { MutationResult } from '../../../../src-shared/sync/schemas';
import { actor, freshDb } from '../store/helpers';

const hc = { role: 'district' as const, district: 'HC' };

describe('building batches from the outbox and taking the answers', () => {
  let db: TalentCardDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => db.close());

  const phone = (value: string) => async (a: Application) => {
    const saved = await saveApplication(db, actor, { ...a, applicant: { ...a.applicant, phone: value } });
    expect(saved.ok).toBe(true);
  };

  /** The server's answer `applied` for every mutation of a batch, at revisions from `rev`. */
  function applied(batch: Awaited<ReturnType<typeof nextBatch>>, rev: number): MutationResult[] {
    return batch.map((pending, index) => ({
      mutationId: pending.mutationId,
      status: 'applied',
      record: {
        table: pending.table,
        id: pending.recordId,
        district: pending.mutation.district,
        rev: rev + index,
        deleted: false,
        data: pending.sent ?? {},
        updatedAt: '2026-11-23T02:00:00.000Z',
      },
    }));
  }

  it('makes one mutation per record however often it changed, numbered from 1, and keeps it until answered', async () => {
    const draft = await createDraft(db, actor);
    await phone('13906310001')(draft);
    await phone('13906310002')((await getApplication(db, draft.id)) as Application);
    const batch = await nextBatch(db, hc);
    expect(batch.map((p) => [p.mutationId, p.table, p.mutation.op, p.mutation.district])).toEqual([
      [1, 'applications', 'create', 'HC'],
      [2, 'events', 'create', 'HC'],
      [3, 'audit', 'create', 'HC'],
    ]);
    expect(batch[0]?.sent?.applicant).toMatchObject({ phone: '13906310002' });
    expect(await db.outbox.count()).toBe(0);
    // Cut short before the answer: the same batch, the same numbers.
    expect(await nextBatch(db, hc)).toEqual(batch);
    expect((await recordSync(db, 'applications', draft.id)).state).toBe('pushing');
  });

  it('keeps a change made while the push was on its way, and sends only that change next', async () => {
    const draft = await createDraft(db, actor);
    const batch = await nextBatch(db, hc);
    await phone('13906319999')((await getApplication(db, draft.id)) as Application);
    await applyPushResults(db, batch, applied(batch, 7));

    const local = await getApplication(db, draft.id);
    expect(local?.applicant.phone).toBe('13906319999');
    expect(local?.rev).toBe(7);
    expect((await db.bases.get(['applications', draft.id]))?.rev).toBe(7);
    expect((await recordSync(db, 'applications', draft.id)).state).toBe('waiting');
    expect((await recordSync(db, 'events', batch[1]?.recordId as string)).state).toBe('synced');

    const [update] = await nextBatch(db, hc);
    expect(update?.mutation).toMatchObject({ mutationId: 4, op: 'update', baseRev: 7 });
    const changed = update?.mutation.op === 'update' ? Object.keys(update.mutation.changes).sort() : [];
    expect(changed).toEqual(['applicant/phone', 'updatedAt']);
  });

  it('queues the evidence of a landing for upload', async () => {
    const draft = await createDraft(db, actor);
    const sha256 = await putAttachment(db, new Blob(['落地证明'], { type: 'image/png' }));
    const landing = { date: '2026-01-08', evidence: [sha256], note: '' };
    await setStatus(db, actor, draft.id, 'issued', '测试', new Date(), { landing });
    await nextBatch(db, hc);
    expect((await db.uploads.get(sha256))?.recordIds).toEqual([draft.id]);
  });

  it('keeps a refused change beside the server state, with the server’s reason', async () => {
    const draft = await createDraft(db, actor);
    const first = await nextBatch(db, hc);
    await applyPushResults(db, first, applied(first, 1));
    await setStatus(db, actor, draft.id, 'registered', '登记');
    const [pending] = (await nextBatch(db, hc)).filter((p) => p.table === 'applications');
    if (!pending) throw new Error('no mutation');
    const server = { ...(await db.bases.get(['applications', draft.id]))?.data, status: 'rejected' };
    await applyPushResults(
      db,
      [pending],
      [
        {
          mutationId: pending.mutationId,
          status: 'refused',
          error: { code: 'city-decision', message: '该申领登记已由市级记录为“未通过”，区市窗口不能更改或删除。' },
          record: {
            table: 'applications',
            id: draft.id,
            district: 'HC',
            rev: 9,
            deleted: false,
            data: server,
            updatedAt: '',
          },
        },
      ],
    );
    expect((await getApplication(db, draft.id))?.status).toBe('rejected');
    const [conflict] = await db.conflicts.toArray();
    expect(conflict).toMatchObject({ kind: 'refused', error: { code: 'city-decision' } });
    expect(conflict?.fields).toContainEqual({ field: 'status', local: 'registered', server: 'rejected' });
    const state = await recordSync(db, 'applications', draft.id);
    expect(state).toMatchObject({ state: 'error', message: expect.stringContaining('市级') });
    expect(recordData((await db.applications.get(draft.id)) as never)).not.toHaveProperty('_nameKey');
  });
});
