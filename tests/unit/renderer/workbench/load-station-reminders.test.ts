import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { loadStationReminders } from '../../../../src-renderer/workbench/load-station-reminders';
import { freshDb } from '../store/helpers';
import { publish, seedStations, TODAY } from './station-seed';

let db: TalentCardDb;
afterEach(() => db?.close());

describe('loadStationReminders, from the store', () => {
  it('is empty on an empty store', async () => {
    db = freshDb();
    expect(await loadStationReminders(db, TODAY)).toEqual({
      publicity: [],
      evaluations: [],
      rectifications: [],
      reports: [],
    });
  });

  it('finds the four kinds of station reminder from the stations and their history', async () => {
    db = freshDb();
    const ids = await seedStations(db);
    const lists = await loadStationReminders(db, TODAY);

    // Values worked out by hand in station-seed.ts.
    expect(lists.publicity.map((r) => [r.id, r.name, r.start, r.end, r.ended, r.workingDaysLeft])).toEqual([
      [ids.publicityEnded, '公示A驿站', '2026-06-01', '2026-06-05', true, 0],
      [ids.publicityOpen, '公示B驿站', '2026-06-08', '2026-06-12', false, 2],
    ]);
    expect(lists.evaluations.map((r) => [r.id, r.status, r.approvalDate, r.dueDate, r.daysLeft])).toEqual([
      [ids.rectifying, 'rectifying', '2022-06-01', '2026-06-01', -9],
      [ids.evaluationDue, 'designated', '2024-07-01', '2026-07-01', 21],
    ]);
    expect(lists.rectifications.map((r) => [r.id, r.items, r.orderedOn, r.deadline, r.daysLeft])).toEqual([
      [ids.rectifying, '活动场次不足', '2024-05-20', '2026-06-30', 20],
    ]);
    // 报告D's 2026 plan is filed; only its 2025 summary is missing. The others filed both.
    expect(lists.reports.map((r) => [r.id, r.kind, r.year, r.dueDate, r.daysLeft])).toEqual([
      [ids.reportsDue, 'summary', 2025, '2026-01-31', -130],
    ]);
    // The draft and the deleted station are on no list.
    const listed = [...lists.publicity, ...lists.evaluations, ...lists.rectifications, ...lists.reports].map(
      (r) => r.id,
    );
    expect(listed).not.toContain(ids.draft);
    expect(listed).not.toContain(ids.deleted);
  });

  it('drops a station from 公示 once 公布 is recorded, and from nothing else on the same day', async () => {
    db = freshDb();
    const ids = await seedStations(db);
    await publish(db, ids.publicityEnded, TODAY);
    const lists = await loadStationReminders(db, TODAY);
    expect(lists.publicity.map((r) => r.id)).toEqual([ids.publicityOpen]);
    // Just designated: its first evaluation is two years away and its first plan a year away.
    expect(lists.evaluations.map((r) => r.id)).not.toContain(ids.publicityEnded);
    expect(lists.reports.map((r) => r.id)).not.toContain(ids.publicityEnded);
  });

  it('ignores a deleted history event: an evaluation deleted on another device is due again', async () => {
    db = freshDb();
    const ids = await seedStations(db);
    const evaluation = (await db.stationEvents.where('stationId').equals(ids.rectifying).toArray()).find(
      (e) => e.step === 'evaluate',
    );
    if (!evaluation) throw new Error('no evaluation seeded');
    await db.stationEvents.update(evaluation.id, { deleted: true });
    const due = (await loadStationReminders(db, TODAY)).evaluations.find((r) => r.id === ids.rectifying);
    // With no evaluation on file, the first one (2024-06-01) is the one due.
    expect(due?.dueDate).toBe('2024-06-01');
  });
});
