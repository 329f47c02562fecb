import { Value } from '@sinclair/typebox/value';
import type { Principal } from '../../src-shared/api/roles';
import type { StoredRecord } from '../../src-shared/api/schemas';
import { BOOKKEEPING_FIELDS, type FieldConflict, jsonEqual, readField } from '../../src-shared/sync/fields';
import { type Mutation, type MutationResult, PushResponse } from '../../src-shared/sync/schemas';
import type { PendingMutation, SyncConflict, TalentCardDb } from '../store/db';
import { type Arrival, acceptServerRecords, syncTables } from './accept';
import { nextBatch } from './batch';
import { answerError, type ServerRequester, SyncError, send } from './transport';

/** What a mutation sent, field by field (bookkeeping left out): the local value and the value it was based on. */
function sentFields(mutation: Mutation): { field: string; local: unknown; base: unknown }[] {
  const sent =
    mutation.op === 'update'
      ? Object.entries(mutation.changes).map(([field, change]) => ({ field, local: change.value, base: change.base }))
      : mutation.op === 'create'
        ? Object.entries(mutation.data).map(([field, local]) => ({ field, local, base: null }))
        : [];
  return sent.filter(({ field }) => !BOOKKEEPING_FIELDS.includes(field));
}

/** The sent values the server's record does not hold, beside the server's. */
function unheld(mutation: Mutation, record: StoredRecord): FieldConflict[] {
  return sentFields(mutation)
    .filter(({ field, local }) => !jsonEqual(readField(record.data, field), local))
    .map(({ field, local }) => ({ field, local, server: readField(record.data, field) }));
}

/** The local values of a refused mutation, beside the server's, so that nothing typed is lost. */
function refusedFields(mutation: Mutation, record: StoredRecord | undefined): FieldConflict[] {
  if (mutation.op === 'delete') return [{ field: 'deleted', local: true, server: record?.deleted ?? false }];
  // A refused new record with nothing on the server to show stays here as it is, with the reason.
  if (mutation.op === 'create') return record ? unheld(mutation, record) : [];
  return sentFields(mutation).map(({ field, local, base }) => ({
    field,
    local,
    server: record ? readField(record.data, field) : base,
  }));
}

/**
 * A batch sent again after its answer was lost comes back as `duplicate`,
 * without the conflicts the first answer carried: the local values the
 * server's record does not hold are kept as a conflict all the same.
 */
function unheldFields(mutation: Mutation, record: StoredRecord | undefined): FieldConflict[] {
  return record ? unheld(mutation, record) : [];
}

/**
 * Applies the server's answer to a batch in one transaction: each record's
 * state becomes its new base, conflicts and refusals are kept for a person
 * to decide, and the batch is done (docs/sync-protocol.md §2).
 */
export async function applyPushResults(
  db: TalentCardDb,
  batch: PendingMutation[],
  results: MutationResult[],
  now = new Date(),
): Promise<void> {
  const byId = new Map(results.map((result) => [result.mutationId, result]));
  await db.transaction('rw', syncTables(db), async () => {
    const arrivals: Arrival[] = [];
    const conflicts: SyncConflict[] = [];
    const done: number[] = [];
    for (const pending of batch) {
      const result = byId.get(pending.mutationId);
      if (!result) continue;
      done.push(pending.mutationId);
      if (result.record) arrivals.push({ record: result.record, sent: pending.sent });
      const common = { table: pending.table, recordId: pending.recordId, createdAt: now.toISOString() };
      const fields =
        result.status === 'duplicate' ? unheldFields(pending.mutation, result.record) : (result.conflicts ?? []);
      if ((result.status === 'conflict' || result.status === 'duplicate') && fields.length > 0) {
        conflicts.push({ ...common, kind: 'conflict', fields, error: null });
      } else if (result.status === 'refused') {
        const error = result.error ?? { code: 'refused', message: '服务器没有接受这项修改。' };
        conflicts.push({ ...common, kind: 'refused', fields: refusedFields(pending.mutation, result.record), error });
      }
    }
    await acceptServerRecords(db, arrivals);
    if (conflicts.length > 0) await db.conflicts.bulkAdd(conflicts);
    await db.pushes.bulkDelete(done);
  });
}

export interface PushProgress {
  /** Records pushed so far in this sync. */
  done: number;
  /** Records waiting when the push started (more may be added while it runs). */
  total: number;
}

/** Pushes the outbox in batches until it is empty. */
export async function pushAll(
  db: TalentCardDb,
  requester: ServerRequester,
  device: Principal,
  onProgress: (progress: PushProgress) => void = () => {},
): Promise<number> {
  const total = async () =>
    (await db.pushes.count()) + (await db.outbox.orderBy('[table+recordId]').uniqueKeys()).length;
  const progress = { done: 0, total: await total() };
  onProgress(progress);
  for (;;) {
    const batch = await nextBatch(db, device);
    if (batch.length === 0) return progress.done;
    const response = await send(requester, {
      method: 'POST',
      path: '/api/v1/sync/push',
      body: { mutations: batch.map((pending) => pending.mutation) },
    });
    if (response.status === 409) {
      const last = (response.body as { lastMutationId?: unknown } | null)?.lastMutationId;
      throw new SyncError(
        'server',
        `服务器记下的本机变更序号（${String(last)}）与本机（${batch[0]?.mutationId}）对不上，可能是服务器或本机的数据被还原过。待上传的修改都还保存在本机；请联系管理员核对后再同步。`,
        'mutation-gap',
      );
    }
    if (response.status !== 200) throw answerError(response);
    if (!Value.Check(PushResponse, response.body)) {
      throw new SyncError('server', '服务器对上传的回答无法识别，请稍后重试。', 'unrecognised-response');
    }
    await applyPushResults(db, batch, response.body.results);
    progress.done += batch.length;
    progress.total = Math.max(progress.total, progress.done + (await total()));
    onProgress({ ...progress });
  }
}
