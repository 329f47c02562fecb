import { canReadDistrict } from '../../src-shared/api/roles';
import { jsonEqual } from '../../src-shared/sync/fields';
import type { Mutation, MutationResult, PushResponse } from '../../src-shared/sync/schemas';
import type { Database, Queryable } from '../db/database';
import type { AuthenticatedDevice } from '../devices';
import { ApiError } from '../errors';
import {
  afterCreate,
  appendRefusal,
  decisionRefusal,
  findRecord,
  inRevisionOrder,
  placementRefusal,
  type RecordRow,
  saveRecord,
  storedRecord,
} from '../records';
import { planMutation } from './plan';

/** The device's last applied mutation id, its row locked until the transaction ends. */
async function lockLastMutationId(tx: Queryable, deviceId: string): Promise<number> {
  await tx.query('INSERT INTO device_mutations (device_id) VALUES ($1) ON CONFLICT (device_id) DO NOTHING', [deviceId]);
  const [row] = await tx.query<{ last_mutation_id: number }>(
    'SELECT last_mutation_id FROM device_mutations WHERE device_id = $1 FOR UPDATE',
    [deviceId],
  );
  return row?.last_mutation_id ?? 0;
}

export async function lastMutationId(db: Queryable, deviceId: string): Promise<number> {
  const [row] = await db.query<{ last_mutation_id: number }>(
    'SELECT last_mutation_id FROM device_mutations WHERE device_id = $1',
    [deviceId],
  );
  return row?.last_mutation_id ?? 0;
}

function gap(last: number, first: number): ApiError {
  return new ApiError(409, 'mutation-gap', `变更序号不连续：服务器已应用到 ${last}，本批从 ${first} 开始。`, {
    body: { lastMutationId: last },
  });
}

/** Applies one mutation whose id is next for the device; the result to answer. */
async function applyMutation(tx: Queryable, device: AuthenticatedDevice, mutation: Mutation): Promise<MutationResult> {
  const { mutationId, table, id } = mutation;
  const current = await findRecord(tx, table, id);
  const visible = (row: RecordRow | undefined) =>
    row && canReadDistrict(device, row.district) ? storedRecord(row) : undefined;
  const refused = (error: ApiError): MutationResult => ({
    mutationId,
    status: 'refused',
    error: { code: error.code, message: error.message },
    record: visible(current),
  });

  const placement = placementRefusal(device, current, mutation.district);
  if (placement) return refused(placement);
  const append = appendRefusal(
    table,
    current,
    mutation.op === 'create' ? { deleted: false, data: mutation.data } : null,
  );
  if (append) return refused(append);
  const plan = planMutation(current, mutation);
  if (plan.status === 'missing') return refused(new ApiError(404, 'record-not-found'));
  const decision = decisionRefusal(device, table, current, plan);
  if (decision) return refused(decision);

  const unchanged = current && current.deleted === plan.deleted && jsonEqual(current.data, plan.data);
  const record = unchanged
    ? storedRecord(current)
    : await saveRecord(tx, device, table, id, { district: mutation.district, deleted: plan.deleted, data: plan.data });
  if (!current) await afterCreate(tx, device, record);
  return {
    mutationId,
    status: plan.status,
    record,
    ...(plan.conflicts.length > 0 ? { conflicts: plan.conflicts } : {}),
  };
}

/**
 * Applies a batch of one device's mutations in order (docs/sync-protocol.md
 * §2), all in one transaction together with the device's last mutation id:
 * a batch is applied whole or not at all, so one cut short is simply sent
 * again. Mutations already applied are skipped as duplicates, a missing one
 * fails the batch with 409 mutation-gap, refused ones still count as done.
 */
export async function pushMutations(
  db: Database,
  device: AuthenticatedDevice,
  mutations: Mutation[],
): Promise<PushResponse> {
  mutations.forEach((mutation, index) => {
    const previous = mutations[index - 1];
    if (previous && mutation.mutationId !== previous.mutationId + 1) throw new ApiError(400, 'mutation-order');
  });
  return inRevisionOrder(db, async (tx) => {
    const applied = await lockLastMutationId(tx, device.id);
    const first = mutations[0]?.mutationId ?? applied + 1;
    if (first > applied + 1) throw gap(applied, first);
    const results: MutationResult[] = [];
    for (const mutation of mutations) {
      if (mutation.mutationId <= applied) {
        const record = await findRecord(tx, mutation.table, mutation.id);
        const shown = record && canReadDistrict(device, record.district) ? storedRecord(record) : undefined;
        results.push({ mutationId: mutation.mutationId, status: 'duplicate', record: shown });
      } else {
        results.push(await applyMutation(tx, device, mutation));
      }
    }
    const last = Math.max(applied, mutations.at(-1)?.mutationId ?? applied);
    if (last > applied) {
      await tx.query('UPDATE device_mutations SET last_mutation_id = $2, updated_at = now() WHERE device_id = $1', [
        device.id,
        last,
      ]);
    }
    return { results, lastMutationId: last };
  });
}
