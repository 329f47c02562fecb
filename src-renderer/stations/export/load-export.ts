import type { Station, StationActivity, StationEvent } from '../../../src-shared/stations/station';
import type { TalentCardDb } from '../../store/db';
import { listStations } from '../../store/stations';
import type { StationFile } from './sheets';

/**
 * The stations to export with their files, read from the store: the ones
 * named, in the order given (the list as it is shown; deleted or unknown ids
 * are skipped), or every live station, most recently changed first.
 */
export async function loadStationFiles(db: TalentCardDb, ids?: readonly string[]): Promise<StationFile[]> {
  const stations: Station[] = ids
    ? (await db.stations.bulkGet([...ids])).filter((s): s is Station => s !== undefined && !s.deleted)
    : await listStations(db);
  const wanted = [...new Set(stations.map((s) => s.id))];
  const [events, activities] = await Promise.all([
    db.stationEvents.where('stationId').anyOf(wanted).toArray(),
    db.stationActivities.where('stationId').anyOf(wanted).toArray(),
  ]);
  const eventsOf = group(events.filter((e) => !e.deleted));
  const activitiesOf = group(activities.filter((a) => !a.deleted));
  const seen = new Set<string>();
  const files: StationFile[] = [];
  for (const station of stations) {
    if (seen.has(station.id)) continue;
    seen.add(station.id);
    files.push({
      station,
      events: (eventsOf.get(station.id) ?? []).sort(
        (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
      ),
      activities: activitiesOf.get(station.id) ?? [],
    });
  }
  return files;
}

function group<T extends StationEvent | StationActivity>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.stationId) ?? [];
    list.push(row);
    map.set(row.stationId, list);
  }
  return map;
}
