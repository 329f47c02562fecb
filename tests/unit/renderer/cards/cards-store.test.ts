import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, setStatus, withdrawDraft } from '../../../../src-renderer/store/applications';
import { listCards } from '../../../../src-renderer/store/cards';
import { defineSchema, type TalentCardDb } from '../../../../src-renderer/store/db';
import { createProject } from '../../../../src-renderer/store/projects';
import { actor, freshDb } from '../store/helpers';

let db: TalentCardDb;
beforeEach(() => {
  db = freshDb();
});

const PROJECT = {
  name: '威海海洋生物医药产业园项目',
  amountWan: '125000',
  district: 'HC',
  negotiatingUnit: '环翠区商务局',
  overview: '预计 2027 年落地',
  quotaException: null,
};

describe('listCards', () => {
  it('lists applications past 草稿, not drafts nor drafts given up, with project and validity', async () => {
    const project = await createProject(db, actor, PROJECT);
    await createDraft(db, actor);
    await withdrawDraft(db, actor, (await createDraft(db, actor)).id);
    const submitted = await createDraft(db, actor);
    await db.applications.update(submitted.id, { projectId: project.id });
    await setStatus(db, actor, submitted.id, 'registered', '完成登记');
    await setStatus(db, actor, submitted.id, 'withdrawn', '申领人放弃');
    const issued = await createDraft(db, actor);
    await setStatus(db, actor, issued.id, 'issued', '发放', new Date(), {
      card: { number: 'WH-1', issuedOn: '2024-02-29', revokedOn: null, revokeReason: null },
    });

    const rows = await listCards(db, '2026-11-23');
    expect(rows.map((row) => row.application.id).sort()).toEqual([submitted.id, issued.id].sort());
    const withdrawn = rows.find((row) => row.application.id === submitted.id);
    expect(withdrawn).toMatchObject({
      category: 'business-elite',
      subject: { kind: 'project', name: PROJECT.name },
      validity: null,
    });
    expect(rows.find((row) => row.application.id === issued.id)).toMatchObject({
      subject: null,
      validity: { initialUntil: '2025-02-28', state: 'expired' },
    });
  });

  it('names a 名企优才类 enterprise once the enterprises table exists, and says “not here” before', async () => {
    const application = await createDraft(db, actor);
    await db.applications.update(application.id, { category: 'enterprise-talent', enterpriseId: 'e1' } as never);
    await setStatus(db, actor, application.id, 'online-recorded', '记录网上申请');
    expect((await listCards(db, '2026-11-23'))[0]?.subject).toEqual({ kind: 'enterprise', id: 'e1', name: null });

    // A later schema with the enterprises table, as the 名企优才类 registration brings.
    const name = db.name;
    db.close();
    const later = new Dexie(name) as TalentCardDb;
    defineSchema(later);
    const version = later.verno;
    later.version(version + 1).stores({ enterprises: 'id' });
    await later.open();
    await later.table('enterprises').put({ id: 'e1', name: '威海蓝海船舶有限公司', deleted: false });
    expect((await listCards(later, '2026-11-23'))[0]?.subject).toMatchObject({ name: '威海蓝海船舶有限公司' });
  });
});
