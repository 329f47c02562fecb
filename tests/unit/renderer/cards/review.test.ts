import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createDraft, setStatus, statusHistory } from '../../../../src-renderer/store/applications';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { recordLanding, takeStep } from '../../../../src-renderer/store/review';
import type { Application } from '../../../../src-shared/registration/application';
import { actor, freshDb } from '../store/helpers';

const NOW = new Date('2026-11-23T10:00:00+08:00');
let db: TalentCardDb;

beforeEach(() => {
  db = freshDb();
});

async function at(status: Application['status'], card: Application['card'] = null): Promise<Application> {
  const draft = await createDraft(db, actor, NOW);
  const result = await setStatus(db, actor, draft.id, status, '测试', NOW, { card });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const CARD = { number: 'WH-0001', issuedOn: '2024-02-29', revokedOn: null, revokeReason: null };

describe('takeStep', () => {
  it('refuses a step date after today, naming the step’s date', async () => {
    const application = await at('sealed');
    const result = await takeStep(
      db,
      actor,
      'district',
      application.id,
      'submit',
      {
        date: '2026-11-24',
        reference: '威人才发〔2026〕1号',
      },
      NOW,
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fields: { date: '报送日期不能晚于今天（2026-11-23）' },
    });
    const today = await takeStep(
      db,
      actor,
      'district',
      application.id,
      'submit',
      {
        date: '2026-11-23',
        reference: '威人才发〔2026〕1号',
      },
      NOW,
    );
    expect(today.ok).toBe(true);
  });

  it('refuses a date before the one an earlier step recorded', async () => {
    const application = await at('sealed');
    const submit = { date: '2024-01-10', reference: '威人才发〔2024〕1号' };
    expect((await takeStep(db, actor, 'district', application.id, 'submit', submit, NOW)).ok).toBe(true);
    await takeStep(db, actor, 'city', application.id, 'start-joint-review', {}, NOW);
    const early = await takeStep(
      db,
      actor,
      'city',
      application.id,
      'report-talent-office',
      { date: '2024-01-09' },
      NOW,
    );
    expect(early).toMatchObject({ ok: false, fields: { date: '报送日期不能早于上一步记录的日期（2024-01-10）' } });
    const same = await takeStep(db, actor, 'city', application.id, 'report-talent-office', { date: '2024-01-10' }, NOW);
    expect(same.ok).toBe(true);
  });

  it('refuses a district window acting on another district’s application', async () => {
    const application = await at('sealed');
    const other = { ...actor, districtCode: 'WD' };
    const submit = { date: '2026-11-20', reference: '文号' };
    const refused = await takeStep(db, other, 'district', application.id, 'submit', submit, NOW);
    expect(refused).toMatchObject({ ok: false, code: 'not-allowed', message: expect.stringContaining('其他区市') });
    expect((await takeStep(db, other, 'city', application.id, 'submit', submit, NOW)).ok).toBe(true);
  });

  it('refuses a card number already issued to someone else, and accepts a new one', async () => {
    await at('issued', CARD);
    const application = await at('card-made');
    const taken = await takeStep(
      db,
      actor,
      'city',
      application.id,
      'issue',
      { cardNumber: ' WH-0001 ', issueDate: '2026-11-20' },
      NOW,
    );
    expect(taken).toMatchObject({ ok: false, fields: { cardNumber: expect.stringContaining('卡号 WH-0001 已发给') } });
    const issued = await takeStep(
      db,
      actor,
      'city',
      application.id,
      'issue',
      { cardNumber: 'WH-0002', issueDate: '2026-11-20' },
      NOW,
    );
    expect(issued.ok && issued.value.card).toEqual({
      number: 'WH-0002',
      issuedOn: '2026-11-20',
      revokedOn: null,
      revokeReason: null,
    });
  });
});

describe('recordLanding', () => {
  const landing = { date: '2024-10-08', evidence: ['a'.repeat(64)], note: ' 已注册 ' };

  it('is not for an administrator device', async () => {
    const application = await at('issued', CARD);
    expect(await recordLanding(db, actor, 'admin', application.id, landing, NOW)).toMatchObject({
      ok: false,
      code: 'not-allowed',
    });
  });

  it('needs evidence', async () => {
    const application = await at('issued', CARD);
    const result = await recordLanding(db, actor, 'district', application.id, { ...landing, evidence: [] }, NOW);
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fields: { evidence: expect.stringContaining('请添加证明材料') },
    });
  });

  it('is recorded once, with its date, evidence and note in the history', async () => {
    const application = await at('issued', CARD);
    const result = await recordLanding(db, actor, 'district', application.id, landing, NOW);
    expect(result.ok && result.value.landing).toEqual({ ...landing, note: '已注册' });
    expect((await statusHistory(db, application.id)).at(-1)).toMatchObject({
      from: 'issued',
      to: 'issued',
      reason: '记录项目落地',
      details: { date: '2024-10-08', evidence: '1 份', note: '已注册' },
    });
    const again = await recordLanding(db, actor, 'city', application.id, { ...landing, date: '2024-11-01' }, NOW);
    expect(again).toMatchObject({ ok: false, code: 'not-allowed', message: '已于 2024-10-08 记录落地（引进）' });
  });
});
