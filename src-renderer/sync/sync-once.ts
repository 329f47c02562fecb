import type { Principal } from '../../src-shared/api/roles';
import type { TalentCardDb } from '../store/db';
import { syncTables } from './accept';
import { uploadAll } from './attachments';
import { pullAll } from './pull';
import { pushAll } from './push';
import { readSyncMeta, writeSyncMeta } from './sync-meta';
import type { ServerRequester } from './transport';

/** The enrolled device as the server knows it. */
export interface SyncDevice extends Principal {
  id: string;
}

export type SyncStep =
  | { step: 'push'; done: number; total: number }
  | { step: 'upload'; files: number; totalFiles: number; bytes: number; totalBytes: number }
  | { step: 'pull'; received: number };

export interface SyncSummary {
  pushed: number;
  uploaded: number;
  pulled: number;
}

/**
 * Mutation ids and the cursor belong to the device the server enrolled. When
 * this database is enrolled again (a new device id), a kept batch is numbered
 * afresh from 1 and everything is pulled again; records and their bases stay.
 */
async function adoptDevice(db: TalentCardDb, device: SyncDevice): Promise<void> {
  await db.transaction('rw', syncTables(db), async () => {
    const meta = await readSyncMeta(db);
    if (meta.serverDeviceId === device.id) return;
    const kept = await db.pushes.orderBy('mutationId').toArray();
    const renumbered = kept.map((pending, index) => ({
      ...pending,
      mutationId: index + 1,
      mutation: { ...pending.mutation, mutationId: index + 1 },
    }));
    await db.pushes.clear();
    await db.pushes.bulkAdd(renumbered);
    await writeSyncMeta(db, { serverDeviceId: device.id, nextMutationId: renumbered.length + 1, cursor: 0 });
  });
}

/**
 * One sync, in the protocol's order (docs/sync-protocol.md §6): push the
 * outbox in batches, upload the attachments the pushed records refer to,
 * then pull every page of changes. Throws a SyncError where a step fails;
 * whatever completed before stays completed.
 */
export async function syncOnce(
  db: TalentCardDb,
  requester: ServerRequester,
  device: SyncDevice,
  onStep: (step: SyncStep) => void = () => {},
  now: () => Date = () => new Date(),
): Promise<SyncSummary> {
  await adoptDevice(db, device);
  const pushed = await pushAll(db, requester, device, (progress) => onStep({ step: 'push', ...progress }));
  const uploaded = await uploadAll(db, requester, (progress) => onStep({ step: 'upload', ...progress }));
  const pulled = await pullAll(db, requester, (received) => onStep({ step: 'pull', received }));
  await writeSyncMeta(db, { lastSyncAt: now().toISOString() });
  return { pushed, uploaded, pulled };
}
