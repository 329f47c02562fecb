import type { Application } from '../../src-shared/registration/application';
import {
  canJoinGroup,
  enterpriseGroup,
  GROUP_FIELD,
  groupKindOf,
  groupQuotaState,
  projectGroup,
  type QuotaGroup,
  type QuotaGroupKind,
  type QuotaState,
} from '../../src-shared/registration/rules/quota';
import { toApplication } from './application-rows';
import type { TalentCardDb } from './db';

/**
 * The places of projects (商务精英类) and enterprises (名企优才类), read from
 * the store and counted by the one rule in src-shared/registration/rules/quota.ts.
 */

const GROUP_NAMES: Record<QuotaGroupKind, string> = { project: '招商项目', enterprise: '企业' };

/** The live project or enterprise with this id as a quota group, or null. */
export async function loadGroup(db: TalentCardDb, kind: QuotaGroupKind, id: string): Promise<QuotaGroup | null> {
  if (kind === 'project') {
    const project = await db.projects.get(id);
    return project && !project.deleted ? projectGroup(project) : null;
  }
  const enterprise = await db.enterprises.get(id);
  return enterprise && !enterprise.deleted ? enterpriseGroup(enterprise) : null;
}

async function members(db: TalentCardDb, group: Pick<QuotaGroup, 'kind' | 'id'>): Promise<Application[]> {
  return (await db.applications.where(GROUP_FIELD[group.kind]).equals(group.id).toArray()).map(toApplication);
}

/** Places used and left in a group, and which applications exceed them after a sync. */
export async function groupQuota(db: TalentCardDb, group: QuotaGroup): Promise<QuotaState> {
  return groupQuotaState(group, await members(db, group));
}

/**
 * Why the application may not take a place in the project or enterprise it
 * names, when that is new compared with the stored record; null when it may.
 * Runs inside the caller's transaction, so two saves cannot both take the last place.
 */
export async function joinRefusal(
  db: TalentCardDb,
  application: Application,
  stored: Application,
): Promise<{ code: 'quota-full' | 'not-found'; message: string } | null> {
  const kind = groupKindOf(stored);
  const field = GROUP_FIELD[kind];
  const id = application[field];
  if (!id || id === (stored[field] ?? null)) return null;
  const group = await loadGroup(db, kind, id);
  if (!group) return { code: 'not-found', message: `所选${GROUP_NAMES[kind]}不存在或已删除` };
  const verdict = canJoinGroup(group, await members(db, group), application.id);
  return verdict.ok ? null : { code: 'quota-full', message: verdict.message };
}

/** Which of these applications are beyond their group's places (possible once offline devices sync). */
export async function overQuotaIds(db: TalentCardDb, applications: readonly Application[]): Promise<Set<string>> {
  const flagged = new Set<string>();
  const groups = new Map<string, { kind: QuotaGroupKind; id: string }>();
  for (const application of applications) {
    const kind = groupKindOf(application);
    const id = application[GROUP_FIELD[kind]];
    if (id) groups.set(`${kind}/${id}`, { kind, id });
  }
  for (const { kind, id } of groups.values()) {
    const group = await loadGroup(db, kind, id);
    if (group) for (const application of (await groupQuota(db, group)).overQuota) flagged.add(application.id);
  }
  return flagged;
}
