import type { Enterprise } from '../../enterprises/enterprise';
import type { Application, InvestmentProject } from '../application';
import { fail, ok, type ParseResult } from './result';

/** 商务精英类: 每个项目可为 3 人申领 (威海英才卡 notice, 2023). */
export const BASE_PLACES_PER_PROJECT = 3;
/** 名企优才类: 每家企业可为 3 人申领 (same notice); no 一事一议 for enterprises. */
export const PLACES_PER_ENTERPRISE = 3;

/**
 * The group whose places an application takes: its investment project
 * (商务精英类) or its enterprise (名企优才类). Both are counted the same way.
 */
export type QuotaGroupKind = 'project' | 'enterprise';

export interface QuotaGroup {
  kind: QuotaGroupKind;
  id: string;
  limit: number;
  /** Places added by a 一事一议 (projects only), named in the refusal. */
  extraPlaces: number;
}

/** The application field that names its group. */
export const GROUP_FIELD = { project: 'projectId', enterprise: 'enterpriseId' } as const satisfies Record<
  QuotaGroupKind,
  keyof Application
>;

/** Which kind of group an application's category counts in (records from before 名企优才类 are 商务精英类). */
export function groupKindOf(application: Pick<Application, 'category'>): QuotaGroupKind {
  return application.category === 'enterprise-talent' ? 'enterprise' : 'project';
}

export function placesFor(project: Pick<InvestmentProject, 'quotaException'>): number {
  return BASE_PLACES_PER_PROJECT + (project.quotaException?.extraPlaces ?? 0);
}

export function projectGroup(project: Pick<InvestmentProject, 'id' | 'quotaException'>): QuotaGroup {
  const extraPlaces = project.quotaException?.extraPlaces ?? 0;
  return { kind: 'project', id: project.id, limit: placesFor(project), extraPlaces };
}

export function enterpriseGroup(enterprise: Pick<Enterprise, 'id'>): QuotaGroup {
  return { kind: 'enterprise', id: enterprise.id, limit: PLACES_PER_ENTERPRISE, extraPlaces: 0 };
}

/**
 * Whether an application takes one of its group's places. Drafts do: two
 * windows drafting the fourth person for the same project at once is exactly
 * the clash the quota exists to catch. Withdrawn and rejected ones free the place.
 */
export function countsTowardsQuota(application: Pick<Application, 'deleted' | 'status'>): boolean {
  return !application.deleted && application.status !== 'withdrawn' && application.status !== 'rejected';
}

export interface QuotaState {
  limit: number;
  used: number;
  left: number;
  /**
   * Counted applications beyond the limit, the most recently created first
   * out. Only possible after devices that were offline sync; they are flagged
   * for the staff to resolve, never dropped.
   */
  overQuota: Application[];
}

/** The counted applications of a group in the order they took their places. */
function countedIn(group: QuotaGroup, applications: readonly Application[]): Application[] {
  const field = GROUP_FIELD[group.kind];
  return applications
    .filter((a) => (a[field] ?? null) === group.id && countsTowardsQuota(a))
    .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.number, b.number));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function groupQuotaState(group: QuotaGroup, applications: readonly Application[]): QuotaState {
  const counted = countedIn(group, applications);
  return {
    limit: group.limit,
    used: counted.length,
    left: Math.max(0, group.limit - counted.length),
    overQuota: counted.slice(group.limit),
  };
}

/**
 * Whether one more person may join the group. Pass the id of the application
 * being edited so that it does not count against itself.
 */
export function canJoinGroup(
  group: QuotaGroup,
  applications: readonly Application[],
  applicationId?: string,
): ParseResult<null> {
  const others = countedIn(group, applications).filter((a) => a.id !== applicationId);
  if (others.length < group.limit) return ok(null);
  return fail(fullMessage(group, others.length));
}

function fullMessage(group: QuotaGroup, used: number): string {
  if (group.kind === 'enterprise') {
    return `该企业已有 ${used} 人申领，名额已满（每家企业可为 ${group.limit} 人申领）；如有人不再申领，请先撤回其申领`;
  }
  if (group.extraPlaces > 0) {
    return `该项目已有 ${used} 人申领，名额已满（含“一事一议”增加的 ${group.extraPlaces} 个名额）；如需再增加，请录入新的批准文号并修改增加的名额`;
  }
  return `该项目已有 ${used} 人申领，名额已满；重大项目可“一事一议”增加名额（需录入批准文号）`;
}

export function quotaState(
  project: Pick<InvestmentProject, 'id' | 'quotaException'>,
  applications: readonly Application[],
): QuotaState {
  return groupQuotaState(projectGroup(project), applications);
}

/** Whether one more person may be registered for the project (see canJoinGroup). */
export function canAddApplicant(
  project: Pick<InvestmentProject, 'id' | 'quotaException'>,
  applications: readonly Application[],
  applicationId?: string,
): ParseResult<null> {
  return canJoinGroup(projectGroup(project), applications, applicationId);
}
