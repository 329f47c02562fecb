import { desktop } from '../bridge/desktop';
import { type OsKeyStore, OsKeyStoreError } from './keyring';

/** The keyring's OS key store: the desktop bridge (Electron safeStorage; none in browser mode). */
export const bridgeKeyStore: OsKeyStore = {
  async protect(key) {
    const result = await desktop.protectDataKey({ key });
    if (!result.ok) throw new OsKeyStoreError(result.error);
    return result.value;
  },
  async unprotect(sealed, protection) {
    const result = await desktop.unprotectDataKey({ sealed, protection });
    if (!result.ok) throw new OsKeyStoreError(result.error);
    return result.value.key;
  },
};
