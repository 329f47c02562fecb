import { desktop } from '../bridge/desktop';
import { appKeyring } from './app-keyring';
import type { KeyringResult, Unlocked } from './keyring';
import { lock, useSession } from './session-store';
import { watchSystemLock } from './system-lock';

// Kept here and nowhere else: adding a staff member wraps this same key under the new PIN.
let current: Unlocked | null = null;

/** After the profile's database is open: the app is shown and may be locked from now on. */
export function beginSession(unlocked: Unlocked): void {
  current = unlocked;
  useSession.setState({ staffName: unlocked.staffName, protection: unlocked.profile.protection, locked: false });
  watchSystemLock(desktop, lock);
}

function signedIn(): Unlocked {
  if (!current) throw new Error('尚未登录');
  return current;
}

/** The signed-in staff member's PIN again, under the keyring's rate limit. */
export async function unlock(secret: string): Promise<KeyringResult> {
  const result = await appKeyring().signIn(signedIn().staffName, secret);
  if (result.ok) {
    // The key in use never left memory; this second copy is not needed.
    result.dataKey.fill(0);
    useSession.setState({ locked: false });
  }
  return result;
}

/** Another staff member for this device, who will open the same data. */
export function addStaffMember(name: string, secret: string): Promise<KeyringResult> {
  return appKeyring().addStaff(signedIn().dataKey, name, secret);
}
