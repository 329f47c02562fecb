import { useLiveQuery } from 'dexie-react-hooks';
import type { Actor, DeviceIdentity, StaffProfile } from './device';
import { db } from './instance';

/**
 * The acting device and staff member; `null` while 设置 has no profile yet,
 * `undefined` while loading. The device identity itself is made at start-up.
 */
export function useActor(): Actor | null | undefined {
  return useLiveQuery(async () => {
    const [device, profile] = await Promise.all([db.meta.get('device'), db.meta.get('profile')]);
    if (!device || !profile) return null;
    return { ...(device.value as DeviceIdentity), ...(profile.value as StaffProfile) };
  }, []);
}
