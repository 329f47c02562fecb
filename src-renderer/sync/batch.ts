import type { Principal } from '../../src-shared/api/roles';
import { ATTACHMENT_FIELDS, OWNER_LINKS, type SyncedTable } from '../../src-shared/records/record';
import { isAppendOnly } from '../../src-shared/sync/append-only';
import { fieldChanges, type JsonObject, readField } from '../../src-shared/sync/fields';
import { ownerDistrict } from '../../src-shared/sync/owner';
import { MAX_MUTATIONS_PER_PUSH, type Mutation } from '../../src-shared/sync/schemas';
import type { PendingMutation, SyncBase, TalentCardDb } from '../store/db';
import { syncTables } from './accept';
import { recordData } from './local-rows';
import { readSyncMeta, writeSyncMeta } from './sync-meta';

/** A batch stays well within the server's 1 MiB JSON limit. */
const MAX_BATCH_BYTES = 900 * 1024;

// Distributes over the union, so each kind keeps its own fields.
type WithoutId<M> = M extends unknown ? Omit<M, 'mutationId'> : never;
type Change = WithoutId<Mutation>;

/** The district a record names: its own `district`, or that of the record it belongs to (OWNER_LINKS). */
async function namedDistrict(db: TalentCardDb, table: SyncedTable, data: JsonObject): Promise<string | null> {
  const link = OWNER_LINKS[table];
  if (!link) return typeof data.district === 'string' ? data.district : null;
  const parentId = data[link.field];
  if (typeof parentId !== 'string') return null;
  const parentBase = await db.bases.get([link.table, parentId]);
  if (parentBase) return parentBase.district;
  const parent = (await db.table(link.table).get(parentId)) as JsonObject | undefined;
  return parent ? namedDistrict(db, link.table, recordData(parent)) : null;
}

/** What the server must do to hold the local row: create, update, delete, or nothing (null). */
async function changeFor(
  db: TalentCardDb,
  device: Principal,
  table: SyncedTable,
  id: string,
  base: SyncBase | undefined,
): Promise<{ change: Change; sent: JsonObject | null } | null> {
  const row = (await db.table(table).get(id)) as JsonObject | undefined;
  if (!row) return null;
  const data = recordData(row);
  if (!base) {
    // A record made here and given up before it ever synced needs nothing from the server.
    if (row.deleted === true) return null;
    const district = ownerDistrict(device, await namedDistrict(db, table, data));
    return { change: { op: 'create', table, id, district, baseRev: 0, data }, sent: data };
  }
  // The audit log is append-only: an event the server holds is never changed or removed from here (the
  // server would refuse it; a local alteration shows as a break in the local chain instead).
  if (isAppendOnly(table)) return null;
  const common = { table, id, district: base.district, baseRev: base.rev };
  if (row.deleted === true) return base.deleted ? null : { change: { ...common, op: 'delete' }, sent: null };
  const changes = fieldChanges(base.data, data);
  if (Object.keys(changes).length === 0) return null;
  return { change: { ...common, op: 'update', changes }, sent: data };
}

/** The attachments a field names: one SHA-256, or a list of them. */
function attachmentsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Queues the attachments a change newly refers to, which the server may not have yet. */
async function queueUploads(db: TalentCardDb, table: SyncedTable, id: string, sent: JsonObject, base?: SyncBase) {
  for (const field of ATTACHMENT_FIELDS[table] ?? []) {
    const known = new Set(attachmentsIn(base ? readField(base.data, field) : null));
    for (const sha256 of attachmentsIn(readField(sent, field))) {
      if (known.has(sha256) || !(await db.attachments.get(sha256))) continue;
      const queued = await db.uploads.get(sha256);
      const recordIds = [...new Set([...(queued?.recordIds ?? []), id])];
      await db.uploads.put({ sha256, recordIds, at: queued?.at ?? new Date().toISOString() });
    }
  }
}

/**
 * The next batch to push: the one already numbered and kept, if a push was
 * cut short (sent again unchanged, docs/sync-protocol.md §2); otherwise up to
 * 100 records from the outbox, in the order they were first changed, each
 * as one mutation with the next mutation ids. Numbering, keeping the batch
 * and taking its entries out of the outbox happen in one transaction.
 */
export async function nextBatch(db: TalentCardDb, device: Principal): Promise<PendingMutation[]> {
  return db.transaction('rw', syncTables(db), async () => {
    const kept = await db.pushes.orderBy('mutationId').toArray();
    if (kept.length > 0) return kept;
    const meta = await readSyncMeta(db);
    const batch: PendingMutation[] = [];
    const seen = new Set<string>();
    let bytes = 0;
    let after = 0;
    for (;;) {
      const entries = await db.outbox.where('seq').above(after).limit(200).toArray();
      if (entries.length === 0) break;
      for (const entry of entries) {
        after = entry.seq ?? after;
        const key = `${entry.table}/${entry.recordId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const base = await db.bases.get([entry.table, entry.recordId]);
        const made = await changeFor(db, device, entry.table, entry.recordId, base);
        if (made) {
          const mutationId = meta.nextMutationId + batch.length;
          const mutation = { ...made.change, mutationId } as Mutation;
          const size = new TextEncoder().encode(JSON.stringify(mutation)).byteLength;
          if (batch.length > 0 && bytes + size > MAX_BATCH_BYTES) return finish();
          bytes += size;
          batch.push({ mutationId, table: entry.table, recordId: entry.recordId, mutation, sent: made.sent });
          if (made.sent) await queueUploads(db, entry.table, entry.recordId, made.sent, base);
        }
        await db.outbox.where('[table+recordId]').equals([entry.table, entry.recordId]).delete();
        if (batch.length >= MAX_MUTATIONS_PER_PUSH) return finish();
      }
    }
    return finish();

    async function finish(): Promise<PendingMutation[]> {
      if (batch.length === 0) return batch;
      await db.pushes.bulkAdd(batch);
      await writeSyncMeta(db, { nextMutationId: meta.nextMutationId + batch.length });
      return batch;
    }
  });
}
