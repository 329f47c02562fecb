import { type StationReminders, stationReminders } from '../../src-shared/stations/reminders';
import type { StationStatus } from '../../src-shared/stations/station';
import type { TalentCardDb } from '../store/db';

/** The statuses a station reminder can be about: 公示中, and on file (已认定, 整改中). */
const STATUSES: readonly StationStatus[] = ['publicizing', 'designated', 'rectifying'];

/**
 * The 工作台's station reminders from the store on `today` (Weihai's date).
 * Reads only the stations at a status a reminder can be about (by the status
 * index) and their history, so drafts and closed files cost nothing. Works
 * inside a live query: a step recorded anywhere updates the lists at once.
 */
export async function loadStationReminders(db: TalentCardDb, today: string): Promise<StationReminders> {
  const rows = await db.stations.where('status').anyOf(STATUSES).toArray();
  const stations = rows.filter((row) => !row.deleted);
  const ids = stations.map((station) => station.id);
  const events = ids.length ? await db.stationEvents.where('stationId').anyOf(ids).toArray() : [];
  return stationReminders({ stations, events: events.filter((event) => !event.deleted), today });
}
