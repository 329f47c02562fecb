import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadExports, loadPrintPlan, markPrinted, PRINT_REASON } from '../../../../src-renderer/printing/print-job';
import { pdfFileName, planPrint, printTitle, statusAfterPrint } from '../../../../src-renderer/printing/print-plan';
import { createDraft, getApplication, setStatus, statusHistory } from '../../../../src-renderer/store/applications';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import type { ApplicationStatus } from '../../../../src-shared/registration/application';
import { actor, freshDb } from '../store/helpers';

let db: TalentCardDb;
afterEach(() => db?.close());

async function applicationIn(status: ApplicationStatus) {
  const draft = await createDraft(db, actor);
  if (status === 'draft') return draft;
  const result = await setStatus(db, actor, draft.id, status, '测试');
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('what may be printed', () => {
  it('prints registered applications and later ones, and skips drafts with the reason', async () => {
    db = freshDb();
    const draft = await applicationIn('draft');
    const registered = await applicationIn('registered');
    const sealed = await applicationIn('sealed');
    const withdrawn = await applicationIn('withdrawn');
    const plan = await loadPrintPlan(db, [draft.id, registered.id, 'gone', sealed.id, withdrawn.id]);
    expect(plan.printable.map((a) => a.id)).toEqual([registered.id, sealed.id]);
    expect(plan.skipped.map((s) => [s.application.id, s.reason])).toEqual([
      [draft.id, '尚未完成登记，请先完成登记'],
      [withdrawn.id, '申领已撤回，不能打印'],
    ]);
    expect(plan.missing).toBe(1);
  });

  it('moves only 已登记 to 待盖章', () => {
    expect(statusAfterPrint('registered')).toBe('awaiting-seal');
    expect(statusAfterPrint('awaiting-seal')).toBe('awaiting-seal');
    expect(statusAfterPrint('sealed')).toBe('sealed');
    expect(planPrint([]).printable).toEqual([]);
  });

  it('names the file by 申领编号 for one form and by count and time for several', () => {
    const now = new Date(2026, 10, 20, 9, 5);
    expect(pdfFileName([{ number: '2026HC-7F3K9Q-0001' }], now)).toBe('申领登记表-2026HC-7F3K9Q-0001.pdf');
    expect(pdfFileName([{ number: 'A' }, { number: 'B' }], now)).toBe('申领登记表-2份-20261120-0905.pdf');
    expect(printTitle([{ number: 'A' }, { number: 'B' }])).toBe('申领登记表（2 份）');
  });

  it('lays out each application from its export, with project and photo', async () => {
    db = freshDb();
    const registered = await applicationIn('registered');
    const exports = await loadExports(db, [registered]);
    expect(Array.isArray(exports) && exports[0]?.application.number).toBe(registered.number);
  });
});

describe('after printing', () => {
  it('records 待盖章 with the reason for registered applications and leaves later ones alone', async () => {
    db = freshDb();
    const registered = await applicationIn('registered');
    const awaiting = await applicationIn('awaiting-seal');
    const sealed = await applicationIn('sealed');
    const draft = await applicationIn('draft');
    const moved = await markPrinted(db, actor, [registered.id, awaiting.id, sealed.id, draft.id]);

    expect(moved.map((a) => a.id)).toEqual([registered.id]);
    expect((await getApplication(db, registered.id))?.status).toBe('awaiting-seal');
    expect((await getApplication(db, awaiting.id))?.status).toBe('awaiting-seal');
    expect((await getApplication(db, sealed.id))?.status).toBe('sealed');
    expect((await getApplication(db, draft.id))?.status).toBe('draft');
    const history = await statusHistory(db, registered.id);
    expect(history.at(-1)).toMatchObject({ from: 'registered', to: 'awaiting-seal', reason: PRINT_REASON });
    // No event for those that kept their status.
    expect((await statusHistory(db, awaiting.id)).map((e) => e.to)).toEqual(['draft', 'awaiting-seal']);
  });

  it('printing the same form again changes nothing more', async () => {
    db = freshDb();
    const registered = await applicationIn('registered');
    await markPrinted(db, actor, [registered.id]);
    expect(await markPrinted(db, actor, [registered.id])).toEqual([]);
    expect((await statusHistory(db, registered.id)).map((e) => e.to)).toEqual(['draft', 'registered', 'awaiting-seal']);
  });
});
