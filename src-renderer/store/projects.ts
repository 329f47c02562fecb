import { v7 as uuidv7 } from 'uuid';
import type { RecordFields } from '../../src-shared/records/record';
import type { InvestmentProject } from '../../src-shared/registration/application';
import { quotaState } from '../../src-shared/registration/rules/quota';
import { toApplication } from './applications';
import type { TalentCardDb } from './db';
import type { Actor } from './device';
import { enqueue, newRecordFields, stamp } from './records';

export type ProjectFields = RecordFields<InvestmentProject>;

export async function createProject(
  db: TalentCardDb,
  actor: Actor,
  fields: ProjectFields,
  now = new Date(),
): Promise<InvestmentProject> {
  return db.transaction('rw', [db.projects, db.outbox], async () => {
    const project: InvestmentProject = { ...newRecordFields(uuidv7(), actor, now), ...fields };
    await db.projects.add(project);
    await enqueue(db, 'projects', project.id, now);
    return project;
  });
}

/**
 * Saves a project's fields. Fewer places than applicants already hold
 * (e.g. removing a 一事一议) is refused, inside the same transaction.
 */
export async function updateProject(
  db: TalentCardDb,
  actor: Actor,
  project: InvestmentProject,
  now = new Date(),
): Promise<{ ok: true; value: InvestmentProject } | { ok: false; message: string }> {
  return db.transaction('rw', [db.projects, db.applications, db.outbox], async () => {
    const rows = await db.applications.where('projectId').equals(project.id).toArray();
    const { used, limit } = quotaState(project, rows.map(toApplication));
    if (used > limit) {
      return {
        ok: false as const,
        message: `该项目已有 ${used} 人申领，名额不能少于 ${used} 个；请先撤回多出的申领再减少名额`,
      };
    }
    const saved = stamp(project, actor, now);
    await db.projects.put(saved);
    await enqueue(db, 'projects', saved.id, now);
    return { ok: true as const, value: saved };
  });
}

export async function getProject(db: TalentCardDb, id: string): Promise<InvestmentProject | undefined> {
  const project = await db.projects.get(id);
  return project && !project.deleted ? project : undefined;
}

/** Projects whose name contains the text (there are hundreds at most, not thousands). */
export async function searchProjects(db: TalentCardDb, text: string, limit = 20): Promise<InvestmentProject[]> {
  const needle = text.trim().toLowerCase();
  return db.projects
    .orderBy('updatedAt')
    .reverse()
    .filter((project) => !project.deleted && project.name.toLowerCase().includes(needle))
    .limit(limit)
    .toArray();
}

/** Places used and left on a project, and which applications exceed them after a sync. */
export async function projectQuota(db: TalentCardDb, project: InvestmentProject) {
  const rows = await db.applications.where('projectId').equals(project.id).toArray();
  return quotaState(project, rows.map(toApplication));
}
