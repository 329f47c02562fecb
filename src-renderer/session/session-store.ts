import { create } from 'zustand';
import type { KeyProtection } from '../../src-shared/bridge/contract';

interface SessionState {
  /** Who is signed in; null before sign-in. */
  staffName: string | null;
  /** How the open profile's data key is kept by the OS. */
  protection: KeyProtection | null;
  /** The lock screen covers the app; the data key stays in memory. */
  locked: boolean;
}

/**
 * Who is signed in and whether the app is locked. Not persisted: a reload
 * forgets the data key, so it must ask for the PIN again.
 */
export const useSession = create<SessionState>(() => ({ staffName: null, protection: null, locked: false }));

export function lock(): void {
  if (useSession.getState().staffName) useSession.setState({ locked: true });
}
