import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ComponentType } from 'react';
import { MemoryRouter } from 'react-router';
import type { StationTabProps } from '../../../../../src-renderer/stations/tab-props';
import { deviceIdentity, saveStaffProfile } from '../../../../../src-renderer/store/device';
import { db } from '../../../../../src-renderer/store/instance';
import { getStation, stationActivities, stationEvents } from '../../../../../src-renderer/store/stations';
import { useActor } from '../../../../../src-renderer/store/use-actor';
import type { Role } from '../../../../../src-shared/api/roles';
import type { Station, StationActivity, StationEvent } from '../../../../../src-shared/stations/station';
import { station as stationFixture } from '../../../shared/stations/fixtures';

// happy-dom has no FontFaceSet; Mantine's autosizing Textarea listens on it.
if (typeof document !== 'undefined' && !document.fonts) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget() });
}

/** Empties the app's database; this window then acts for 环翠区 (district) or the city (市级). */
export async function freshDevice(role: 'city' | 'district'): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
  await deviceIdentity(db);
  await saveStaffProfile(db, { districtCode: role === 'city' ? 'SJ' : 'HC', staffName: '王窗口' });
}

/** A station of 环翠区 (the shared fixtures' complete 草稿 unless overridden), stored with its history and log. */
export async function storedStation(
  overrides: Partial<Station> = {},
  events: StationEvent[] = [],
  activities: StationActivity[] = [],
): Promise<Station> {
  const station = stationFixture(overrides);
  await db.stations.put(station);
  await db.stationEvents.bulkPut(events.map((event) => ({ ...event, stationId: station.id })));
  await db.stationActivities.bulkPut(activities.map((activity) => ({ ...activity, stationId: station.id })));
  return station;
}

/** A tab (or any part taking the tab's props) fed live from the store, as the station page feeds it. */
function Live({ id, role, Part }: { id: string; role: Role | undefined; Part: ComponentType<StationTabProps> }) {
  const station = useLiveQuery(() => getStation(db, id), [id]);
  const events = useLiveQuery(() => stationEvents(db, id), [id]);
  const activities = useLiveQuery(() => stationActivities(db, id), [id]);
  const actor = useActor();
  if (!station || !events || !activities || actor === undefined) return null;
  return <Part station={station} events={events} activities={activities} role={role} actor={actor} />;
}

export function showTab(Part: ComponentType<StationTabProps>, stationId: string, role: Role | undefined): void {
  render(
    <MantineProvider>
      <MemoryRouter>
        <Live id={stationId} role={role} Part={Part} />
      </MemoryRouter>
    </MantineProvider>,
  );
}
