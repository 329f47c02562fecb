import type { TalentCardDb } from '../store/db';

/** Where this device stands with the server; kept in `meta` and changed only inside sync transactions. */
export interface SyncMeta {
  /** The server's id for this device; mutation ids and the cursor belong to it. */
  serverDeviceId: string | null;
  /** The next mutation id to give (docs/sync-protocol.md §1). */
  nextMutationId: number;
  /** The largest server revision pulled. */
  cursor: number;
  /** When the last sync finished without error (ISO instant). */
  lastSyncAt: string | null;
}

const KEY = 'sync';

export const EMPTY_SYNC_META: SyncMeta = { serverDeviceId: null, nextMutationId: 1, cursor: 0, lastSyncAt: null };

export async function readSyncMeta(db: TalentCardDb): Promise<SyncMeta> {
  const entry = await db.meta.get(KEY);
  return { ...EMPTY_SYNC_META, ...(entry?.value as Partial<SyncMeta> | undefined) };
}

export async function writeSyncMeta(db: TalentCardDb, change: Partial<SyncMeta>): Promise<SyncMeta> {
  const next = { ...(await readSyncMeta(db)), ...change };
  await db.meta.put({ key: KEY, value: next });
  return next;
}

/** Minutes between periodic syncs, set in 设置. */
export const DEFAULT_SYNC_INTERVAL_MINUTES = 5;
const INTERVAL_KEY = 'sync-interval-minutes';

export async function syncIntervalMinutes(db: TalentCardDb): Promise<number> {
  const value = (await db.meta.get(INTERVAL_KEY))?.value;
  return typeof value === 'number' && value >= 1 ? value : DEFAULT_SYNC_INTERVAL_MINUTES;
}

export async function saveSyncIntervalMinutes(db: TalentCardDb, minutes: number): Promise<void> {
  await db.meta.put({ key: INTERVAL_KEY, value: minutes });
}
