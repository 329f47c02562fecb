import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadStationRows } from '../../../../src-renderer/stations/list/load-station-rows';
import {
  dueState,
  filterStations,
  NO_STATION_FILTERS,
  type StationFilters,
  type StationRow,
} from '../../../../src-renderer/stations/list/station-filter';
import { designatedStation, event, station } from '../../shared/stations/fixtures';
import { freshDb } from '../store/helpers';

const TODAY = '2026-03-10';

const row = (id: string, nextDue: string | null, overrides: Parameters<typeof station>[0] = {}): StationRow => ({
  station: station({ id, ...overrides }),
  nextDue,
});

const ROWS: StationRow[] = [
  row('hc-innovation', null, { type: 'innovation', district: 'HC', status: 'draft' }),
  row('rc-service', '2026-03-10', { type: 'service', district: 'RC', status: 'designated' }),
  row('rc-innovation', '2026-05-09', { type: 'innovation', district: 'RC', status: 'designated' }),
  row('hc-late', '2026-03-09', { type: 'comprehensive', district: 'HC', status: 'rectifying' }),
  row('wd-later', '2026-05-10', { type: 'entrepreneurship', district: 'WD', status: 'designated' }),
];

const ids = (filters: Partial<StationFilters>) =>
  filterStations(ROWS, { ...NO_STATION_FILTERS, ...filters }, TODAY).map((r) => r.station.id);

describe('the station list filters', () => {
  it('lets every station through when nothing is chosen, in the list’s order', () => {
    expect(ids({})).toEqual(['hc-innovation', 'rc-service', 'rc-innovation', 'hc-late', 'wd-later']);
  });

  it('filters by 类型, 区市 and 状态, together', () => {
    expect(ids({ type: 'innovation' })).toEqual(['hc-innovation', 'rc-innovation']);
    expect(ids({ district: 'RC' })).toEqual(['rc-service', 'rc-innovation']);
    expect(ids({ status: 'designated' })).toEqual(['rc-service', 'rc-innovation', 'wd-later']);
    expect(ids({ type: 'innovation', district: 'RC', status: 'designated' })).toEqual(['rc-innovation']);
    expect(ids({ type: 'service', district: 'HC' })).toEqual([]);
  });

  it('counts an evaluation due today or within 60 days as 60 天内, one due yesterday as 已逾期', () => {
    expect(ids({ evaluation: 'within-60' })).toEqual(['rc-service', 'rc-innovation']);
    expect(ids({ evaluation: 'overdue' })).toEqual(['hc-late']);
    // A station with no evaluation due (not designated yet) is in neither.
    expect(ids({ evaluation: 'overdue', district: 'HC' })).toEqual(['hc-late']);
  });

  it('says how near or how late the evaluation is', () => {
    expect(dueState('2026-03-10', TODAY)).toEqual({ kind: 'soon', days: 0 });
    expect(dueState('2026-05-09', TODAY)).toEqual({ kind: 'soon', days: 60 });
    expect(dueState('2026-05-10', TODAY)).toEqual({ kind: 'later' });
    expect(dueState('2026-02-28', TODAY)).toEqual({ kind: 'overdue', days: 10 });
  });
});

describe('loadStationRows', () => {
  it('gives each live station the due date of its own next evaluation', async () => {
    const db = freshDb();
    await db.stations.bulkPut([
      designatedStation('2022-03-01', { id: 'evaluated', updatedAt: '2026-01-02T00:00:00.000Z' }),
      designatedStation('2022-03-01', { id: 'not-yet', updatedAt: '2026-01-01T00:00:00.000Z' }),
      station({ id: 'draft', updatedAt: '2025-12-01T00:00:00.000Z' }),
      station({ id: 'gone', deleted: true }),
      designatedStation('2020-12-20', { id: 'revoked', status: 'revoked', updatedAt: '2025-01-01T00:00:00.000Z' }),
    ]);
    await db.stationEvents.bulkPut([
      event('evaluate', '2024-02-20', { stationId: 'evaluated' }),
      // A deleted evaluation does not count.
      event('evaluate', '2024-02-21', { stationId: 'not-yet', deleted: true }),
      event('plan', '2024-01-20', { stationId: 'not-yet' }),
    ]);
    const rows = await loadStationRows(db);
    expect(rows.map((r) => [r.station.id, r.nextDue])).toEqual([
      ['evaluated', '2026-03-01'],
      ['not-yet', '2024-03-01'],
      ['draft', null],
      ['revoked', null],
    ]);
  });
});
