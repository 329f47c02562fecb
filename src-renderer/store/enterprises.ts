import { v7 as uuidv7 } from 'uuid';
import type { Enterprise, EnterpriseFields } from '../../src-shared/enterprises/enterprise';
import { duplicateUsccMessage, parseEnterprise } from '../../src-shared/enterprises/rules';
import type { FieldErrors } from '../../src-shared/registration/rules/field-errors';
import { enterpriseGroup, type QuotaState } from '../../src-shared/registration/rules/quota';
import type { TalentCardDb } from './db';
import type { Actor } from './device';
import { groupQuota } from './quota';
import { enqueue, newRecordFields, stamp } from './records';

export type EnterpriseResult =
  | { ok: true; value: Enterprise }
  | { ok: false; code: 'invalid' | 'duplicate' | 'not-found'; message: string; fields: FieldErrors };

const INVALID_MESSAGE = '请更正标出的企业信息';

/** Live enterprises with this (normalised) USCC other than `exceptId`. */
async function sameUscc(db: TalentCardDb, uscc: string, exceptId?: string): Promise<Enterprise[]> {
  const rows = await db.enterprises.where('uscc').equals(uscc).toArray();
  return rows.filter((row) => !row.deleted && row.id !== exceptId);
}

/**
 * Registers a 冲击新目标企业, its fields checked and normalised. A second
 * enterprise with the same 统一社会信用代码 is refused inside the same
 * transaction as the write.
 */
export async function createEnterprise(
  db: TalentCardDb,
  actor: Actor,
  fields: EnterpriseFields,
  now = new Date(),
): Promise<EnterpriseResult> {
  const parsed = parseEnterprise(fields);
  if (!parsed.ok) return { ok: false, code: 'invalid', message: INVALID_MESSAGE, fields: parsed.errors };
  return db.transaction('rw', [db.enterprises, db.outbox], async (): Promise<EnterpriseResult> => {
    const [existing] = await sameUscc(db, parsed.value.uscc);
    if (existing) return duplicate(existing);
    const enterprise: Enterprise = { ...newRecordFields(uuidv7(), actor, now), ...parsed.value };
    await db.enterprises.add(enterprise);
    await enqueue(db, 'enterprises', enterprise.id, now);
    return { ok: true, value: enterprise };
  });
}

/** Saves an enterprise's fields, checked as on creation. */
export async function updateEnterprise(
  db: TalentCardDb,
  actor: Actor,
  enterprise: Enterprise,
  now = new Date(),
): Promise<EnterpriseResult> {
  const { id, createdAt, updatedAt, updatedBy, deviceId, rev, deleted, ...fields } = enterprise;
  const parsed = parseEnterprise(fields);
  if (!parsed.ok) return { ok: false, code: 'invalid', message: INVALID_MESSAGE, fields: parsed.errors };
  return db.transaction('rw', [db.enterprises, db.outbox], async (): Promise<EnterpriseResult> => {
    const stored = await db.enterprises.get(id);
    if (!stored || stored.deleted) return { ok: false, code: 'not-found', message: '该企业不存在或已删除', fields: {} };
    const [existing] = await sameUscc(db, parsed.value.uscc, id);
    if (existing) return duplicate(existing);
    const saved = stamp({ ...stored, ...parsed.value }, actor, now);
    await db.enterprises.put(saved);
    await enqueue(db, 'enterprises', id, now);
    return { ok: true, value: saved };
  });
}

function duplicate(existing: Enterprise): EnterpriseResult {
  const message = duplicateUsccMessage(existing);
  return { ok: false, code: 'duplicate', message, fields: { uscc: message } };
}

export async function getEnterprise(db: TalentCardDb, id: string): Promise<Enterprise | undefined> {
  const enterprise = await db.enterprises.get(id);
  return enterprise && !enterprise.deleted ? enterprise : undefined;
}

/** Another live enterprise with this USCC (as typed; spaces and case do not matter), for the form's early warning. */
export async function enterpriseWithUscc(
  db: TalentCardDb,
  uscc: string,
  exceptId?: string,
): Promise<Enterprise | undefined> {
  const code = uscc.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== 18) return undefined;
  return (await sameUscc(db, code, exceptId))[0];
}

/** Enterprises whose name contains the text or whose USCC starts with it, most recently changed first. */
export async function searchEnterprises(db: TalentCardDb, text: string, limit = 20): Promise<Enterprise[]> {
  const needle = text.trim().toLowerCase();
  const code = needle.toUpperCase();
  return db.enterprises
    .orderBy('updatedAt')
    .reverse()
    .filter(
      (enterprise) =>
        !enterprise.deleted && (enterprise.name.toLowerCase().includes(needle) || enterprise.uscc.startsWith(code)),
    )
    .limit(limit)
    .toArray();
}

/** Places used and left at an enterprise (每家企业可为 3 人申领), and which applications exceed them after a sync. */
export function enterpriseQuota(db: TalentCardDb, enterprise: Enterprise): Promise<QuotaState> {
  return groupQuota(db, enterpriseGroup(enterprise));
}
