import type { Role } from '../../src-shared/api/roles';
import type { Station, StationActivity, StationEvent } from '../../src-shared/stations/station';
import type { Actor } from '../store/device';

/** What every tab of the station page is given: the station's live file and who is acting. */
export interface StationTabProps {
  station: Station;
  /** Its history, oldest first (store/stations.ts stationEvents). */
  events: StationEvent[];
  /** Its activity log, newest first. */
  activities: StationActivity[];
  /** The role this device acts in (undefined while it is being found out). */
  role: Role | undefined;
  /** Null before 设置 has a staff profile. */
  actor: Actor | null;
}
