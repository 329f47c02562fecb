import Dexie from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import {
  type AuditAction,
  type AuditEntry,
  type AuditEvent,
  type AuditSubject,
  auditHash,
  type ChainBreak,
  verifyChain,
} from '../../src-shared/audit/event';
import type { TalentCardDb } from './db';
import { type Actor, currentActor, deviceIdentity } from './device';
import { enqueue, newRecordFields } from './records';

/** What an event says beyond who, when and where in the chain. */
export interface AuditInput {
  action: AuditAction;
  subject: AuditSubject;
  detail: string;
}

/** This device's latest event in its chain, if any. */
async function lastEvent(db: TalentCardDb, chain: string): Promise<AuditEvent | undefined> {
  return db.audit.where('[chain+seq]').between([chain, Dexie.minKey], [chain, Dexie.maxKey]).last();
}

/**
 * Adds the next event to this device's chain and queues it for sync. Runs
 * inside the caller's transaction (which must include db.audit and
 * db.outbox), so an event is written together with what it records, or not
 * at all.
 */
export async function appendAudit(db: TalentCardDb, actor: Actor, entry: AuditInput, now: Date): Promise<AuditEvent> {
  const transaction = Dexie.currentTransaction;
  if (!transaction?.storeNames.includes('audit') || !transaction.storeNames.includes('outbox')) {
    throw new Error('appendAudit must run inside the transaction of what it records (with audit and outbox)');
  }
  const previous = await lastEvent(db, actor.deviceId);
  const fields: AuditEntry = {
    chain: actor.deviceId,
    seq: (previous?.seq ?? 0) + 1,
    at: now.toISOString(),
    actor: actor.staffName,
    district: actor.districtCode,
    action: entry.action,
    subject: { table: entry.subject.table, id: entry.subject.id, label: entry.subject.label },
    detail: entry.detail,
    prevHash: previous?.hash ?? '',
  };
  const event: AuditEvent = { ...newRecordFields(uuidv7(), actor, now), ...fields, hash: auditHash(fields) };
  await db.audit.add(event);
  await enqueue(db, 'audit', event.id, now);
  return event;
}

/** Records a UI action that writes nothing else (a view, an export, a print) in a transaction of its own. */
export async function recordAudit(db: TalentCardDb, actor: Actor, entry: AuditInput, now = new Date()) {
  return db.transaction('rw', [db.audit, db.outbox], () => appendAudit(db, actor, entry, now));
}

/** The latest events of every chain this device holds, newest first. */
export async function auditEvents(db: TalentCardDb, { limit = 50 }: { limit?: number } = {}): Promise<AuditEvent[]> {
  return db.audit.orderBy('at').reverse().limit(limit).toArray();
}

/** Every break in one chain as stored here (an empty list: the chain holds). */
export async function verifyLocalChain(db: TalentCardDb, chain: string): Promise<ChainBreak[]> {
  const events = await db.audit.where('[chain+seq]').between([chain, Dexie.minKey], [chain, Dexie.maxKey]).toArray();
  return verifyChain(events);
}

/**
 * Who an action of the UI is recorded as: the device and its staff member,
 * or, before 设置 has a profile, the device alone (an action is never left
 * unrecorded for want of a name).
 */
export async function auditActor(db: TalentCardDb): Promise<Actor> {
  const actor = await currentActor(db);
  if (actor) return actor;
  return { ...(await deviceIdentity(db)), staffName: '（未设置工作人员）', districtCode: '' };
}

/** Records a view, export or print done in the UI, as this device's staff member. */
export async function recordAction(db: TalentCardDb, entry: AuditInput, now = new Date()): Promise<AuditEvent> {
  return recordAudit(db, await auditActor(db), entry, now);
}
