import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncConflict, TalentCardDb } from '../../../../src-renderer/store/db';
import { conflictSubject } from '../../../../src-renderer/sync-ui/conflict-subject';
import { formatFieldValue } from '../../../../src-renderer/sync-ui/field-values';
import {
  emptyStationFields,
  NEW_STATION_STATE,
  type Station,
  type StationActivity,
  type StationEvent,
} from '../../../../src-shared/stations/station';
import { freshDb } from '../store/helpers';

/* How a conflict card on the 同步 page names a record of the 人才驿站 tables. */

const STATION_ID = '0193a4ff-0000-7000-8000-000000000101';
const OTHER_STATION_ID = '0193a4ff-0000-7000-8000-000000000102';
const EVENT_ID = '0193a4ff-0000-7000-8000-000000000201';
const ACTIVITY_ID = '0193a4ff-0000-7000-8000-000000000301';

const record = {
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
  updatedBy: '王窗口',
  deviceId: '0190f5a0-0000-7000-8000-000000000001',
  rev: 3,
  deleted: false,
};

function station(id: string, name: string, deleted = false): Station {
  return { ...record, ...emptyStationFields(), ...NEW_STATION_STATE, id, name, district: 'HC', deleted };
}

const event: StationEvent = {
  ...record,
  id: EVENT_ID,
  stationId: STATION_ID,
  step: 'select',
  from: 'applied',
  to: 'selected',
  date: '2026-04-10',
  details: { date: '2026-04-10', experts: '李四', opinion: '条件具备' },
  evidence: [],
  evaluation: null,
};

const activity: StationActivity = {
  ...record,
  id: ACTIVITY_ID,
  stationId: STATION_ID,
  kind: 'roadshow',
  title: '项目路演对接会',
  date: '2026-05-10',
  participants: 40,
  expertsServed: 6,
  outcomes: '',
  photos: [],
};

function conflict(table: SyncConflict['table'], recordId: string, fields: SyncConflict['fields'] = []): SyncConflict {
  return { table, recordId, kind: 'conflict', fields, error: null, createdAt: '2026-06-01T02:00:00.000Z' };
}

describe('the subject of a 人才驿站 conflict', () => {
  let db: TalentCardDb;
  beforeEach(async () => {
    db = freshDb();
    await db.stations.bulkPut([
      station(STATION_ID, '威海海洋装备高层次人才驿站'),
      station(OTHER_STATION_ID, '文登区创业人才驿站', true),
    ]);
    await db.stationEvents.put(event);
    await db.stationActivities.put(activity);
  });
  afterEach(() => db.close());

  it('names a station by its name', async () => {
    expect(await conflictSubject(db, conflict('stations', STATION_ID))).toEqual({
      title: '威海海洋装备高层次人才驿站',
      deleted: false,
      names: {},
    });
    expect(await conflictSubject(db, conflict('stations', OTHER_STATION_ID))).toMatchObject({
      title: '文登区创业人才驿站',
      deleted: true,
    });
  });

  it('names a station’s history entry by its station and its step, an activity by its station and its title', async () => {
    expect(await conflictSubject(db, conflict('stationEvents', EVENT_ID))).toMatchObject({
      title: '威海海洋装备高层次人才驿站 · 认定入选',
      deleted: false,
    });
    expect(await conflictSubject(db, conflict('stationActivities', ACTIVITY_ID))).toMatchObject({
      title: '威海海洋装备高层次人才驿站 · 项目路演对接会',
      deleted: false,
    });
    await db.stationActivities.update(ACTIVITY_ID, { deleted: true, title: '' });
    expect(await conflictSubject(db, conflict('stationActivities', ACTIVITY_ID))).toMatchObject({
      title: '威海海洋装备高层次人才驿站 · （未填活动名称）',
      deleted: true,
    });
  });

  it('falls back to the kind of record and its id, or the station’s id, when this device lacks them', async () => {
    await db.stations.delete(STATION_ID);
    expect((await conflictSubject(db, conflict('stations', STATION_ID))).title).toBe(`人才驿站 ${STATION_ID}`);
    expect((await conflictSubject(db, conflict('stationEvents', EVENT_ID))).title).toBe(
      `人才驿站 ${STATION_ID} · 认定入选`,
    );
    const missing = '0193a4ff-0000-7000-8000-000000000999';
    expect((await conflictSubject(db, conflict('stationEvents', missing))).title).toBe(`驿站档案记录 ${missing}`);
    expect((await conflictSubject(db, conflict('stationActivities', missing))).title).toBe(`驿站活动 ${missing}`);
  });

  it('names the stations a moved activity refers to on either side', async () => {
    const moved = conflict('stationActivities', ACTIVITY_ID, [
      { field: 'stationId', local: OTHER_STATION_ID, server: STATION_ID },
    ]);
    const { names } = await conflictSubject(db, moved);
    expect(names).toEqual({ [STATION_ID]: '威海海洋装备高层次人才驿站', [OTHER_STATION_ID]: '文登区创业人才驿站' });
    expect(formatFieldValue('stationActivities', 'stationId', OTHER_STATION_ID, { names })).toBe('文登区创业人才驿站');
  });
});
