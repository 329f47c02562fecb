import { STATION_STEPS } from '../../src-shared/stations/workflow';
import type { SyncConflict, TalentCardDb } from '../store/db';
import { tableLabel } from './field-labels';

/** Which record a conflict is about, as staff recognise it, and names for the ids in its values. */
export interface ConflictSubject {
  title: string;
  /** The record is deleted here (on the server), so local values cannot be put back into it. */
  deleted: boolean;
  /** Names for the ids the conflicting values hold (a project's or a station's name for its id). */
  names: Record<string, string>;
}

const idsOf = (ids: unknown[]) => [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];

async function projectNames(db: TalentCardDb, ids: unknown[]): Promise<Record<string, string>> {
  const projects = await db.projects.bulkGet(idsOf(ids));
  return Object.fromEntries(projects.flatMap((project) => (project ? [[project.id, project.name]] : [])));
}

const stationName = (name: string | undefined) => name || '（未填驿站名称）';

async function stationNames(db: TalentCardDb, ids: unknown[]): Promise<Record<string, string>> {
  const stations = await db.stations.bulkGet(idsOf(ids));
  return Object.fromEntries(stations.flatMap((station) => (station ? [[station.id, stationName(station.name)]] : [])));
}

/** A station event's step in the words of its button, or its code when unknown. */
const stepLabel = (step: string) => STATION_STEPS.find((s) => s.id === step)?.label ?? step;

/** “<station name> · <what>” for a record of a station; the station's id when it is not on this device. */
async function ofStation(db: TalentCardDb, stationId: string, what: string): Promise<string> {
  const station = await db.stations.get(stationId);
  return `${station ? stationName(station.name) : `人才驿站 ${stationId}`} · ${what}`;
}

async function applicationTitle(db: TalentCardDb, id: string): Promise<{ title: string; deleted: boolean } | null> {
  const application = await db.applications.get(id);
  if (!application) return null;
  const name = application.applicant?.name || '（未填姓名）';
  return { title: `申领编号 ${application.number} · ${name}`, deleted: application.deleted };
}

async function recordTitle(db: TalentCardDb, conflict: SyncConflict): Promise<{ title: string; deleted: boolean }> {
  const fallback = { title: `${tableLabel(conflict.table)} ${conflict.recordId}`, deleted: false };
  switch (conflict.table) {
    case 'applications':
      return (await applicationTitle(db, conflict.recordId)) ?? fallback;
    case 'projects': {
      const project = await db.projects.get(conflict.recordId);
      return project ? { title: `招商项目 ${project.name}`, deleted: project.deleted } : fallback;
    }
    case 'events': {
      const event = await db.events.get(conflict.recordId);
      const application = event ? await applicationTitle(db, event.applicationId) : null;
      return application ? { title: `状态记录 · ${application.title}`, deleted: event?.deleted ?? false } : fallback;
    }
    case 'stations': {
      const station = await db.stations.get(conflict.recordId);
      return station ? { title: stationName(station.name), deleted: station.deleted } : fallback;
    }
    case 'stationEvents': {
      const event = await db.stationEvents.get(conflict.recordId);
      if (!event) return fallback;
      return { title: await ofStation(db, event.stationId, stepLabel(event.step)), deleted: event.deleted };
    }
    case 'stationActivities': {
      const activity = await db.stationActivities.get(conflict.recordId);
      if (!activity) return fallback;
      const title = activity.title || '（未填活动名称）';
      return { title: await ofStation(db, activity.stationId, title), deleted: activity.deleted };
    }
    default:
      return fallback;
  }
}

/** The values of one field on both sides of a conflict. */
const valuesOf = (conflict: SyncConflict, field: string) =>
  conflict.fields.filter((f) => f.field === field).flatMap(({ local, server }) => [local, server]);

export async function conflictSubject(db: TalentCardDb, conflict: SyncConflict): Promise<ConflictSubject> {
  const [record, projects, stations] = await Promise.all([
    recordTitle(db, conflict),
    projectNames(db, valuesOf(conflict, 'projectId')),
    stationNames(db, valuesOf(conflict, 'stationId')),
  ]);
  return { ...record, names: { ...projects, ...stations } };
}
