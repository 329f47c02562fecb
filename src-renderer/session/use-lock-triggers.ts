import { useHotkeys } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { db } from '../store/instance';
import { autoLockMinutes } from './auto-lock';
import { watchIdle } from './idle-watch';
import { lock, useSession } from './session-store';

/** Locks after the idle time set in 设置, and on Ctrl+L (also while typing in a field). */
export function useLockTriggers(): void {
  const minutes = useLiveQuery(() => autoLockMinutes(db), []);
  const locked = useSession((state) => state.locked);

  useEffect(() => {
    if (locked || minutes === undefined) return;
    return watchIdle(window, minutes * 60_000, lock);
  }, [locked, minutes]);

  useHotkeys([['mod+L', lock]], []);
}
