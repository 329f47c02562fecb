import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraft, getApplication, saveApplication } from '../../../../src-renderer/store/applications';
import { putAttachment } from '../../../../src-renderer/store/attachments';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { createEnterprise } from '../../../../src-renderer/store/enterprises';
import { nextBatch } from '../../../../src-renderer/sync/batch';
import { applyPushResults } from '../../../../src-renderer/sync/push';
import type { Application } from '../../../../src-shared/registration/application';
import type { MutationResult } from '../../../../src-shared/sync/schemas';
import { actor, freshDb } from '../store/helpers';

const city = { role: 'city' as const, district: 'SJ' };
const hc = { role: 'district' as const, district: 'HC' };

const file = (text: string) => putAttachment(db, new Blob([text], { type: 'application/pdf' }));

let db: TalentCardDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

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

async function enterprise(district: string) {
  const result = await createEnterprise(db, actor, {
    name: '荣成海洋食品有限公司',
    uscc: '911100001000079554',
    district,
    contactName: '刘洋',
    contactPhone: '13812345678',
  });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('enterprises and 名企优才类 evidence on the way to the server', () => {
  it('files an enterprise entered at city level under its own district', async () => {
    const created = await enterprise('RC');
    const [mutation] = await nextBatch(db, city);
    expect(mutation).toMatchObject({ table: 'enterprises', recordId: created.id });
    expect(mutation?.mutation).toMatchObject({ op: 'create', district: 'RC', data: { uscc: '911100001000079554' } });
  });

  it('keeps an enterprise a district window enters in that window’s district', async () => {
    await enterprise('RC');
    const [mutation] = await nextBatch(db, hc);
    expect(mutation?.mutation.district).toBe('HC');
  });

  it('uploads every evidence file a record newly refers to, and only those', async () => {
    const company = await enterprise('HC');
    const [a, b, c] = [await file('社保缴纳证明'), await file('博士学位证书'), await file('工作合同')];
    const draft = await createDraft(db, actor, new Date(), 'enterprise-talent');
    const saved = await saveApplication(db, actor, {
      ...draft,
      enterpriseId: company.id,
      eligibilityEvidence: [b],
      introductionEvidence: [a],
    });
    expect(saved.ok).toBe(true);
    const batch = await nextBatch(db, hc);
    expect((await db.uploads.toArray()).map((u) => [u.sha256, u.recordIds]).sort()).toEqual(
      [
        [a, [draft.id]],
        [b, [draft.id]],
      ].sort(),
    );

    await applyPushResults(db, batch, applied(batch, 10));
    await db.uploads.clear(); // as after the uploads went through
    const current = (await getApplication(db, draft.id)) as Application;
    await saveApplication(db, actor, { ...current, eligibilityEvidence: [b, c] });
    await nextBatch(db, hc);
    expect((await db.uploads.toArray()).map((u) => u.sha256)).toEqual([c]);
  });
});
