import { create } from 'zustand';
import { desktop } from '../bridge/desktop';
import { setMissingAttachmentSource } from '../store/attachments';
import { db } from '../store/instance';
import { downloadAttachment } from './attachments';
import { createSyncRunner, IDLE_STATUS, type SyncStatus } from './runner';
import type { SyncDevice } from './sync-once';

/** The background sync's state, for the 同步 page and the header. */
export const useSyncStatus = create<SyncStatus>(() => IDLE_STATUS);

/** The enrolled device as the server knows it; null before enrolment (admin devices keep no records). */
async function enrolledDevice(): Promise<SyncDevice | null> {
  const result = await desktop.serverConnection();
  if (!result.ok || !result.value || result.value.device.role === 'admin') return null;
  const { id, role, district } = result.value.device;
  return { id, role, district };
}

/** The app's one sync runner. */
export const syncRunner = createSyncRunner({
  // Read at each run: the profile's database is chosen at sign-in, after this module has loaded.
  get db() {
    return db;
  },
  requester: desktop.serverRequest,
  device: enrolledDevice,
  onStatus: (status) => useSyncStatus.setState(status, true),
});

/** Starts the background sync, and fetches attachments from the server on first open. */
export function startBackgroundSync(): void {
  setMissingAttachmentSource(async (sha256) => {
    if (!(await enrolledDevice())) return undefined;
    try {
      return await downloadAttachment(db, desktop.serverRequest, sha256);
    } catch {
      // Offline or not on the server yet: shown as missing, tried again on the next open.
      return undefined;
    }
  });
  syncRunner.start();
}
