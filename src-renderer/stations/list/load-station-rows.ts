import { nextEvaluationDue } from '../../../src-shared/stations/evaluation';
import { policyById } from '../../../src-shared/stations/policy';
import type { StationEvent } from '../../../src-shared/stations/station';
import type { TalentCardDb } from '../../store/db';
import { listStations } from '../../store/stations';
import type { StationRow } from './station-filter';

/**
 * Every live station with its next evaluation's due date, most recently
 * changed first. All events are read once and grouped by station, not one
 * query per row.
 */
export async function loadStationRows(db: TalentCardDb): Promise<StationRow[]> {
  const [stations, events] = await Promise.all([listStations(db), db.stationEvents.toArray()]);
  const byStation = new Map<string, StationEvent[]>();
  for (const event of events) {
    if (event.deleted) continue;
    const list = byStation.get(event.stationId);
    if (list) list.push(event);
    else byStation.set(event.stationId, [event]);
  }
  return stations.map((station) => ({
    station,
    nextDue: nextEvaluationDue(station, byStation.get(station.id) ?? [], policyById(station.policyVersion)),
  }));
}
