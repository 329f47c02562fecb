import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDraft,
  getApplication,
  saveApplication,
  setStatus,
  statusHistory,
  withdrawDraft,
} from '../../../../src-renderer/store/applications';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import {
  createEnterprise,
  enterpriseQuota,
  enterpriseWithUscc,
  searchEnterprises,
  updateEnterprise,
} from '../../../../src-renderer/store/enterprises';
import { createProject } from '../../../../src-renderer/store/projects';
import { overQuotaIds } from '../../../../src-renderer/store/quota';
import type { Enterprise, EnterpriseFields } from '../../../../src-shared/enterprises/enterprise';
import type { Application } from '../../../../src-shared/registration/application';
import { actor, freshDb } from './helpers';

let db: TalentCardDb;
afterEach(() => db?.close());

const USCC = '91350100M000100Y43';
const fields: EnterpriseFields = {
  name: '威海海洋装备制造有限公司',
  uscc: USCC,
  district: 'HC',
  contactName: '刘洋',
  contactPhone: '13812345678',
};

async function enterprise(overrides: Partial<EnterpriseFields> = {}): Promise<Enterprise> {
  const result = await createEnterprise(db, actor, { ...fields, ...overrides });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** A 名企优才类 draft that takes (or tries to take) a place at the enterprise. */
async function talent(enterpriseId: string, name: string) {
  const draft = await createDraft(db, actor, new Date(), 'enterprise-talent');
  return saveApplication(db, actor, { ...draft, applicant: { ...draft.applicant, name }, enterpriseId });
}

async function taken(enterpriseId: string, name: string): Promise<Application> {
  const result = await talent(enterpriseId, name);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('enterprises', () => {
  it('stores a new enterprise normalised, with its outbox entry in the same write', async () => {
    db = freshDb();
    const created = await enterprise({ uscc: '9135 0100 m000 100y43', contactPhone: '138 1234 5678' });
    expect(created).toMatchObject({ ...fields, rev: 0, deleted: false, updatedBy: '王窗口' });
    expect(await db.enterprises.get(created.id)).toEqual(created);
    expect((await db.outbox.toArray()).map((entry) => [entry.table, entry.recordId])).toEqual([
      ['enterprises', created.id],
    ]);
  });

  it('refuses a USCC with a wrong check character and stores nothing', async () => {
    db = freshDb();
    const result = await createEnterprise(db, actor, { ...fields, uscc: '91350100M000100Y44' });
    expect(result).toEqual({
      ok: false,
      code: 'invalid',
      message: '请更正标出的企业信息',
      fields: { uscc: '统一社会信用代码的校验位不对，请核对后重新输入' },
    });
    expect(await db.enterprises.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a second enterprise with the same USCC, however it is typed', async () => {
    db = freshDb();
    await enterprise();
    const again = await createEnterprise(db, actor, { ...fields, name: '另一家公司', uscc: USCC.toLowerCase() });
    const message = `统一社会信用代码 ${USCC} 已登记为“威海海洋装备制造有限公司”，同一企业不能重复登记；请直接选用该企业`;
    expect(again).toEqual({ ok: false, code: 'duplicate', message, fields: { uscc: message } });
    expect(await db.enterprises.count()).toBe(1);
    expect((await enterpriseWithUscc(db, ` ${USCC.toLowerCase()} `))?.name).toBe('威海海洋装备制造有限公司');
  });

  it('saves corrections, still refusing a USCC taken by another enterprise', async () => {
    db = freshDb();
    const first = await enterprise();
    const second = await enterprise({ name: '中国石油天然气集团有限公司', uscc: '911100001000079554' });
    const renamed = await updateEnterprise(db, actor, { ...first, contactName: '王芳' });
    expect(renamed).toMatchObject({ ok: true, value: { contactName: '王芳' } });
    expect(await updateEnterprise(db, actor, { ...second, uscc: USCC })).toMatchObject({
      ok: false,
      code: 'duplicate',
    });
    expect((await db.enterprises.get(second.id))?.uscc).toBe('911100001000079554');
  });

  it('finds enterprises by a part of the name or the start of the USCC', async () => {
    db = freshDb();
    await enterprise();
    await enterprise({ name: '中国石油天然气集团有限公司', uscc: '911100001000079554' });
    expect((await searchEnterprises(db, '海洋')).map((e) => e.name)).toEqual(['威海海洋装备制造有限公司']);
    expect((await searchEnterprises(db, '9111')).map((e) => e.name)).toEqual(['中国石油天然气集团有限公司']);
  });
});

describe('名企优才类 places: at most 3 per enterprise', () => {
  it('takes 3 talents and refuses the 4th inside the save, keeping its draft without the enterprise', async () => {
    db = freshDb();
    const company = await enterprise();
    for (const name of ['张三', '李四', '王五']) await taken(company.id, name);
    expect(await enterpriseQuota(db, company)).toMatchObject({ limit: 3, used: 3, left: 0 });

    const draft = await createDraft(db, actor, new Date(), 'enterprise-talent');
    const fourth = await saveApplication(db, actor, { ...draft, enterpriseId: company.id });
    expect(fourth).toEqual({
      ok: false,
      code: 'quota-full',
      message: '该企业已有 3 人申领，名额已满（每家企业可为 3 人申领）；如有人不再申领，请先撤回其申领',
    });
    expect((await getApplication(db, draft.id))?.enterpriseId).toBeNull();
  });

  it('frees a place when a talent is withdrawn', async () => {
    db = freshDb();
    const company = await enterprise();
    const first = await taken(company.id, '张三');
    await taken(company.id, '李四');
    const third = await taken(company.id, '王五');
    expect((await talent(company.id, '赵六')).ok).toBe(false);
    await withdrawDraft(db, actor, third.id);
    await setStatus(db, actor, first.id, 'online-recorded', '记录网上申请');
    expect((await talent(company.id, '赵六')).ok).toBe(true);
    expect(await enterpriseQuota(db, company)).toMatchObject({ used: 3, left: 0 });
  });

  it('keeps enterprise and project places apart', async () => {
    db = freshDb();
    const company = await enterprise();
    const project = await createProject(db, actor, {
      name: '威海海洋生物医药产业园项目',
      amountWan: '50000',
      district: 'HC',
      negotiatingUnit: '环翠区商务局',
      overview: '计划 2027 年落地',
      quotaException: null,
    });
    for (const name of ['张三', '李四', '王五']) await taken(company.id, name);
    const elite = await createDraft(db, actor);
    expect((await saveApplication(db, actor, { ...elite, projectId: project.id })).ok).toBe(true);
    expect(await enterpriseQuota(db, company)).toMatchObject({ used: 3 });
    // Another enterprise has its own places; and the form cannot move a record to the other category.
    const other = await enterprise({ name: '中国石油天然气集团有限公司', uscc: '911100001000079554' });
    const saved = await taken(other.id, '孙七');
    const resaved = await saveApplication(db, actor, { ...saved, category: 'business-elite' });
    expect(resaved).toMatchObject({ ok: true, value: { category: 'enterprise-talent' } });
  });

  it('starts a 名企优才类 draft with its category and empty fields, and records it in the history', async () => {
    db = freshDb();
    const draft = await createDraft(db, actor, new Date('2026-03-01T08:00:00Z'), 'enterprise-talent');
    expect(draft).toMatchObject({
      category: 'enterprise-talent',
      status: 'draft',
      projectId: null,
      enterpriseId: null,
      eligibility: null,
      eligibilityEvidence: [],
      introduction: null,
      introductionEvidence: [],
    });
    expect((await statusHistory(db, draft.id)).map((event) => event.reason)).toEqual(['新建申领登记（名企优才类）']);
  });

  it('flags talents beyond 3 after a sync brought in another device’s', async () => {
    db = freshDb();
    const company = await enterprise();
    const mine = [];
    for (const name of ['张三', '李四', '王五']) mine.push(await taken(company.id, name));
    // Another window took a place offline; the sync wrote its record as the server sent it.
    const theirs = { ...(mine[0] as Application), id: 'from-another-device', number: '2026WD-AAAAAA-0001' };
    await db.applications.put({
      ...theirs,
      createdAt: '2999-01-01T00:00:00.000Z',
      _nameKey: '',
      _idKey: '',
      _idTails: [],
    });
    expect(await overQuotaIds(db, mine)).toEqual(new Set(['from-another-device']));
  });
});
