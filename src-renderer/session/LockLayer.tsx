import type { ReactNode } from 'react';
import { LockOverlay } from './LockOverlay';
import { useSession } from './session-store';
import { useLockTriggers } from './use-lock-triggers';

/** The signed-in app, with the lock screen laid over it (not in its place) when locked. */
export function LockLayer({ children }: { children: ReactNode }) {
  useLockTriggers();
  const locked = useSession((state) => state.locked);
  return (
    <>
      {children}
      {locked && <LockOverlay />}
    </>
  );
}
