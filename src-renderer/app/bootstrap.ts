import { deviceIdentity } from '../store/device';
import { db } from '../store/instance';
import { requestPersistentStorage } from '../store/storage';
import { startBackgroundSync } from '../sync/background';

/** Opens the local database and makes this device's identity before the first screen; then syncs in the background. */
export async function bootstrap(): Promise<void> {
  await db.open();
  await deviceIdentity(db);
  // Not awaited for the answer: the browser may ask the user, and the app works either way.
  void requestPersistentStorage();
  startBackgroundSync();
}
