import { useLiveQuery } from 'dexie-react-hooks';
import type { Reminders } from '../../src-shared/cards/reminders';
import { dateInShanghai } from '../../src-shared/cards/reminders';
import { db } from '../store/instance';
import { useNow } from '../sync-ui/use-now';
import { loadReminders } from './load-reminders';

/**
 * The reminders, kept up to date as records change (live query) and as the
 * day turns (checked every minute). Undefined while loading.
 */
export function useReminders(): Reminders | undefined {
  const today = dateInShanghai(new Date(useNow(60_000)));
  return useLiveQuery(() => loadReminders(db, today), [today]);
}
