import type { SyncConflict, TalentCardDb } from '../store/db';
import { tableLabel } from './field-labels';

/** Which record a conflict is about, as staff recognise it, and names for the ids in its values. */
export interface ConflictSubject {
  title: string;
  /** The record is deleted here (on the server), so local values cannot be put back into it. */
  deleted: boolean;
  /** Names for the ids the conflicting values hold (a project's name for its id). */
  names: Record<string, string>;
}

async function projectNames(db: TalentCardDb, ids: unknown[]): Promise<Record<string, string>> {
  const keys = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
  const projects = await db.projects.bulkGet(keys);
  return Object.fromEntries(projects.flatMap((project) => (project ? [[project.id, project.name]] : [])));
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
    default:
      return fallback;
  }
}

export async function conflictSubject(db: TalentCardDb, conflict: SyncConflict): Promise<ConflictSubject> {
  const references = conflict.fields
    .filter(({ field }) => field === 'projectId')
    .flatMap(({ local, server }) => [local, server]);
  const [record, names] = await Promise.all([recordTitle(db, conflict), projectNames(db, references)]);
  return { ...record, names };
}
