import { v7 as uuidv7 } from 'uuid';
import type { Role } from '../../src-shared/api/roles';
import { CITY_LEVEL_CODE, districtByCode } from '../../src-shared/codes/districts';
import type { FieldErrors } from '../../src-shared/registration/rules/field-errors';
import type { EvaluationInput } from '../../src-shared/stations/evaluation';
import { type ActivityInput, parseActivity, parseStation } from '../../src-shared/stations/rules';
import {
  NEW_STATION_STATE,
  STATION_STATUS_LABELS,
  type Station,
  type StationActivity,
  type StationEvent,
  type StationFields,
  type StationStepId,
} from '../../src-shared/stations/station';
import { planStationStep } from '../../src-shared/stations/steps';
import { findStationStep } from '../../src-shared/stations/workflow';
import { appendAudit } from './audit';
import type { TalentCardDb } from './db';
import type { Actor } from './device';
import { enqueue, newRecordFields, stamp } from './records';
import { localDate } from './review';

/**
 * The talent stations' files: the station's 基本信息, its lifecycle steps
 * (each one event in the append-only history, written in the transaction
 * that changes the station), and its activity log. The rules are in
 * src-shared/stations; this file only reads and writes.
 */

export type StationStoreResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'invalid' | 'not-found' | 'not-allowed'; message: string; fields: FieldErrors };

const INVALID = '请更正标出的内容';

/**
 * A district window keeps its own district's stations (第十四条); the city
 * keeps every district's. The server refuses the rest at sync as well.
 */
function districtRefusal<T>(actor: Actor, district: string): StationStoreResult<T> | null {
  if (actor.districtCode === CITY_LEVEL_CODE || actor.districtCode === district) return null;
  const name = districtByCode(actor.districtCode)?.label ?? actor.districtCode;
  return {
    ok: false,
    code: 'invalid',
    message: INVALID,
    fields: { district: `本机属于${name}，只能建立和修改本区市的驿站档案` },
  };
}

function notFound<T>(what: string): StationStoreResult<T> {
  return { ok: false, code: 'not-found', message: `该${what}不存在或已删除`, fields: {} };
}

export async function getStation(db: TalentCardDb, id: string): Promise<Station | undefined> {
  const station = await db.stations.get(id);
  return station && !station.deleted ? station : undefined;
}

/** Every live station, most recently changed first. */
export async function listStations(db: TalentCardDb): Promise<Station[]> {
  const rows = await db.stations.orderBy('updatedAt').reverse().toArray();
  return rows.filter((row) => !row.deleted);
}

/** A station's history, oldest first (by the day it happened, then by when it was recorded). */
export async function stationEvents(db: TalentCardDb, stationId: string): Promise<StationEvent[]> {
  const rows = await db.stationEvents.where('stationId').equals(stationId).toArray();
  return rows
    .filter((row) => !row.deleted)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** A station's activity log, newest first. */
export async function stationActivities(db: TalentCardDb, stationId: string): Promise<StationActivity[]> {
  const rows = await db.stationActivities.where('stationId').equals(stationId).toArray();
  return rows
    .filter((row) => !row.deleted)
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/** Files a new station (草稿) with its 基本信息. */
export async function createStation(
  db: TalentCardDb,
  actor: Actor,
  fields: StationFields,
  now = new Date(),
): Promise<StationStoreResult<Station>> {
  const parsed = parseStation(fields);
  if (!parsed.ok) return { ok: false, code: 'invalid', message: INVALID, fields: parsed.errors };
  const refused = districtRefusal<Station>(actor, parsed.value.district);
  if (refused) return refused;
  return db.transaction('rw', [db.stations, db.outbox], async (): Promise<StationStoreResult<Station>> => {
    const station: Station = { ...newRecordFields(uuidv7(), actor, now), ...parsed.value, ...NEW_STATION_STATE };
    await db.stations.add(station);
    await enqueue(db, 'stations', station.id, now);
    return { ok: true, value: station };
  });
}

/** Saves a station's 基本信息; its lifecycle fields change only by steps. */
export async function updateStation(
  db: TalentCardDb,
  actor: Actor,
  id: string,
  fields: StationFields,
  now = new Date(),
): Promise<StationStoreResult<Station>> {
  const parsed = parseStation(fields);
  if (!parsed.ok) return { ok: false, code: 'invalid', message: INVALID, fields: parsed.errors };
  return db.transaction('rw', [db.stations, db.outbox], async (): Promise<StationStoreResult<Station>> => {
    const stored = await getStation(db, id);
    if (!stored) return notFound('驿站');
    const refused =
      districtRefusal<Station>(actor, stored.district) ?? districtRefusal<Station>(actor, parsed.value.district);
    if (refused) return refused;
    if (stored.status === 'revoked' || stored.status === 'not-selected') {
      return { ok: false, code: 'not-allowed', message: '该驿站的档案已办结，不能再修改基本信息', fields: {} };
    }
    const saved = stamp({ ...stored, ...parsed.value }, actor, now);
    await db.stations.put(saved);
    await enqueue(db, 'stations', id, now);
    return { ok: true, value: saved };
  });
}

export interface StationStepRequest {
  stationId: string;
  step: StationStepId;
  /** The step's fields (src-shared/stations/workflow.ts) as typed. */
  data: Record<string, string>;
  evidence: readonly string[];
  evaluation?: EvaluationInput;
}

/**
 * Records one step of a station's life for this role: checked against the
 * station, its history and its activity log (planStationStep), then the
 * station's new state and the history event written in one transaction.
 */
export async function takeStationStep(
  db: TalentCardDb,
  actor: Actor,
  role: Role,
  request: StationStepRequest,
  now = new Date(),
): Promise<StationStoreResult<{ station: Station; event: StationEvent }>> {
  const step = findStationStep(request.step);
  return db.transaction('rw', [db.stations, db.stationEvents, db.stationActivities, db.audit, db.outbox], async () => {
    const station = await getStation(db, request.stationId);
    if (!station) return notFound<{ station: Station; event: StationEvent }>('驿站');
    const [events, activities] = await Promise.all([stationEvents(db, station.id), stationActivities(db, station.id)]);
    const plan = planStationStep(
      step,
      { data: request.data, evidence: request.evidence, evaluation: request.evaluation },
      { station, events, activities, role, deviceDistrict: actor.districtCode, today: localDate(now) },
    );
    if (!plan.ok) {
      const code = Object.keys(plan.fields).length > 0 ? 'invalid' : 'not-allowed';
      return { ok: false as const, code, message: plan.message, fields: plan.fields };
    }
    const saved = stamp({ ...station, ...plan.change }, actor, now);
    const event: StationEvent = {
      ...newRecordFields(uuidv7(), actor, now),
      stationId: station.id,
      step: step.id,
      from: station.status,
      to: plan.to,
      date: plan.date,
      details: plan.details,
      evidence: [...new Set(request.evidence)],
      evaluation: plan.evaluation,
    };
    await db.stations.put(saved);
    await db.stationEvents.add(event);
    await enqueue(db, 'stations', station.id, now);
    await enqueue(db, 'stationEvents', event.id, now);
    const change = `从“${STATION_STATUS_LABELS[station.status]}”到“${STATION_STATUS_LABELS[plan.to]}”`;
    await appendAudit(
      db,
      actor,
      {
        action: 'status',
        subject: { table: 'stations', id: station.id, label: station.name },
        detail: `${step.label}：${change}`,
      },
      now,
    );
    return { ok: true as const, value: { station: saved, event } };
  });
}

/** Adds an activity to the log, or saves one already there (`id`). */
export async function saveActivity(
  db: TalentCardDb,
  actor: Actor,
  input: ActivityInput,
  id?: string,
  now = new Date(),
): Promise<StationStoreResult<StationActivity>> {
  const parsed = parseActivity(input, localDate(now));
  if (!parsed.ok) return { ok: false, code: 'invalid', message: INVALID, fields: parsed.errors };
  return db.transaction(
    'rw',
    [db.stations, db.stationActivities, db.outbox],
    async (): Promise<StationStoreResult<StationActivity>> => {
      const stored = id ? await db.stationActivities.get(id) : undefined;
      if (id && (!stored || stored.deleted)) return notFound('活动');
      // A correction stays with the activity's own station, so that station's state decides.
      const station = await getStation(db, stored?.stationId ?? parsed.value.stationId);
      if (!station) return notFound('驿站');
      if (station.status === 'revoked') {
        return { ok: false, code: 'not-allowed', message: '该驿站已取消称号，不能再记录活动', fields: {} };
      }
      const activity: StationActivity = stored
        ? stamp({ ...stored, ...parsed.value, stationId: stored.stationId }, actor, now)
        : { ...newRecordFields(uuidv7(), actor, now), ...parsed.value };
      await db.stationActivities.put(activity);
      await enqueue(db, 'stationActivities', activity.id, now);
      return { ok: true, value: activity };
    },
  );
}

/** Removes an activity from the log (a tombstone, so the removal syncs). */
export async function deleteActivity(
  db: TalentCardDb,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<StationStoreResult<StationActivity>> {
  return db.transaction(
    'rw',
    [db.stations, db.stationActivities, db.outbox],
    async (): Promise<StationStoreResult<StationActivity>> => {
      const stored = await db.stationActivities.get(id);
      if (!stored || stored.deleted) return notFound('活动');
      // As saveActivity: a revoked station's log is closed, removals included.
      if ((await getStation(db, stored.stationId))?.status === 'revoked') {
        return { ok: false, code: 'not-allowed', message: '该驿站已取消称号，不能再修改活动记录', fields: {} };
      }
      const removed = stamp({ ...stored, deleted: true }, actor, now);
      await db.stationActivities.put(removed);
      await enqueue(db, 'stationActivities', id, now);
      return { ok: true, value: removed };
    },
  );
}
