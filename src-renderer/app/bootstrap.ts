import type { Unlocked } from '../session/keyring';
import { sealPlainAttachments } from '../store/attachments';
import { setDataKey } from '../store/data-keys';
import { deviceIdentity } from '../store/device';
import { db, selectDatabase } from '../store/instance';
import { requestPersistentStorage } from '../store/storage';
import { startBackgroundSync } from '../sync/background';

/**
 * After sign-in: opens the profile's database with its key (an older
 * database is brought up to date and sealed on the way), makes this device's
 * identity before the first screen, then syncs in the background.
 */
export async function bootstrap(unlocked: Unlocked): Promise<void> {
  setDataKey(unlocked.dataKey);
  selectDatabase(unlocked.profile.database);
  await db.open();
  await sealPlainAttachments(db);
  await deviceIdentity(db);
  // Not awaited for the answer: the browser may ask the user, and the app works either way.
  void requestPersistentStorage();
  startBackgroundSync();
}
