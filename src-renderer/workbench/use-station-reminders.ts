import { useLiveQuery } from 'dexie-react-hooks';
import { dateInShanghai } from '../../src-shared/cards/reminders';
import type { StationReminders } from '../../src-shared/stations/reminders';
import { db } from '../store/instance';
import { useNow } from '../sync-ui/use-now';
import { loadStationReminders } from './load-station-reminders';

/**
 * The station reminders, kept up to date as records change (live query) and
 * as the day turns (checked every minute). Undefined while loading.
 */
export function useStationReminders(): StationReminders | undefined {
  const today = dateInShanghai(new Date(useNow(60_000)));
  return useLiveQuery(() => loadStationReminders(db, today), [today]);
}
