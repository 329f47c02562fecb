import Dexie, { type EntityTable } from 'dexie';
import { parseStoredConnection, type TokenVault } from '../../src-shared/bridge/server-client';

interface VaultEntry {
  key: string;
  value: unknown;
}

type VaultDb = Dexie & { entries: EntityTable<VaultEntry, 'key'> };

export const VAULT_DATABASE_NAME = 'talent-card-server';
const KEY = 'connection';

/**
 * Browser mode's token vault: its own small IndexedDB database, apart from the
 * records (so an export or a store reset never carries the token). A browser
 * has no OS key store to lend, so the token is kept unencrypted; 设置 says so.
 */
export function indexedDbVault(name = VAULT_DATABASE_NAME): TokenVault {
  let opened: VaultDb | null = null;
  const db = (): VaultDb => {
    if (!opened) {
      opened = new Dexie(name) as VaultDb;
      opened.version(1).stores({ entries: 'key' });
    }
    return opened;
  };
  return {
    kind: 'browser-indexeddb',
    async ensureAvailable() {
      await db().open();
    },
    async load() {
      const entry = await db().entries.get(KEY);
      return entry ? parseStoredConnection(entry.value) : null;
    },
    async save(connection) {
      await db().entries.put({ key: KEY, value: connection });
    },
    async clear() {
      await db().entries.delete(KEY);
    },
  };
}
