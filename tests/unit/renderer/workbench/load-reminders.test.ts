import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDraft, saveApplication, setStatus } from '../../../../src-renderer/store/applications';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { loadReminders } from '../../../../src-renderer/workbench/load-reminders';
import { saveWaitingDays, waitingDays } from '../../../../src-renderer/workbench/waiting-days';
import type { ApplicationStatus } from '../../../../src-shared/cards/workflow';
import { actor, freshDb } from '../store/helpers';

let db: TalentCardDb;
afterEach(() => db?.close());

const at = (date: string) => new Date(`${date}T02:00:00.000Z`); // 10:00 in Weihai

async function application(name: string, made: string, steps: [ApplicationStatus, string][] = []) {
  const draft = await createDraft(db, actor, at(made));
  const saved = await saveApplication(db, actor, { ...draft, applicant: { ...draft.applicant, name } }, at(made));
  if (!saved.ok) throw new Error(saved.message);
  for (const [status, date] of steps) {
    const card =
      status === 'issued'
        ? { card: { number: `WH-${name}`, issuedOn: date, revokedOn: null, revokeReason: null } }
        : {};
    const moved = await setStatus(db, actor, draft.id, status, '测试', at(date), card);
    if (!moved.ok) throw new Error(moved.message);
  }
  return draft.id;
}

describe('loadReminders, from the store', () => {
  it('finds the three kinds of reminder, timing the wait from the status events', async () => {
    db = freshDb();
    const today = '2026-03-20';
    await application('草稿久', '2026-03-01');
    await application('草稿新', '2026-03-15');
    // Printed on 1 March and printed again on 18 March: waiting for the stamp since 1 March.
    const stamp = await application('待盖章', '2026-02-20', [
      ['registered', '2026-02-25'],
      ['awaiting-seal', '2026-03-01'],
    ]);
    await setStatus(db, actor, stamp, 'awaiting-seal', '打印申领登记表', at('2026-03-18'));
    await application('刚报送', '2026-02-20', [
      ['registered', '2026-03-01'],
      ['submitted', '2026-03-15'],
    ]);
    await application('快到期', '2025-03-01', [['issued', '2025-04-01']]); // runs to 2026-03-31: 12 days left
    await application('已撤回', '2025-01-01', [['withdrawn', '2025-01-02']]);

    const lists = await loadReminders(db, today);
    expect(lists.staleDrafts.map((item) => [item.name, item.days])).toEqual([['草稿久', 19]]);
    expect(lists.waiting.map((item) => [item.name, item.status, item.since, item.days])).toEqual([
      ['待盖章', 'awaiting-seal', '2026-03-01', 19],
    ]);
    expect(lists.expiring.map((item) => [item.name, item.until, item.daysLeft])).toEqual([
      ['快到期', '2026-03-31', 12],
    ]);
  });

  it('uses the waiting limit set in 设置 (default 10 days)', async () => {
    db = freshDb();
    expect(await waitingDays(db)).toBe(10);
    await application('刚报送', '2026-02-20', [
      ['registered', '2026-03-01'],
      ['submitted', '2026-03-15'],
    ]);
    expect((await loadReminders(db, '2026-03-25')).waiting).toHaveLength(0); // 10 days: not longer than 10
    expect((await loadReminders(db, '2026-03-26')).waiting).toHaveLength(1);
    await saveWaitingDays(db, 3);
    expect(await waitingDays(db)).toBe(3);
    expect((await loadReminders(db, '2026-03-19')).waiting.map((item) => item.days)).toEqual([4]);
  });

  it('ignores a stored limit that is not a whole number of days in range', async () => {
    db = freshDb();
    await db.meta.put({ key: 'reminder-waiting-days', value: 'x' });
    expect(await waitingDays(db)).toBe(10);
    await db.meta.put({ key: 'reminder-waiting-days', value: 0 });
    expect(await waitingDays(db)).toBe(10);
  });

  it('leaves out a card once its landing is recorded', async () => {
    db = freshDb();
    const id = await application('已落地', '2025-03-01', [['issued', '2025-04-01']]);
    expect((await loadReminders(db, '2026-03-20')).expiring).toHaveLength(1);
    await setStatus(db, actor, id, 'issued', '记录落地', at('2026-03-19'), {
      landing: { date: '2026-03-19', evidence: [], note: '' },
    });
    expect((await loadReminders(db, '2026-03-20')).expiring).toHaveLength(0);
  });
});
