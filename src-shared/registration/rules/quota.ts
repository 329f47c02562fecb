import type { Application, InvestmentProject } from '../application';
import { fail, ok, type ParseResult } from './result';

/** 商务精英类: 每个项目可为 3 人申领 (威海英才卡 notice, 2023). */
export const BASE_PLACES_PER_PROJECT = 3;

export function placesFor(project: Pick<InvestmentProject, 'quotaException'>): number {
  return BASE_PLACES_PER_PROJECT + (project.quotaException?.extraPlaces ?? 0);
}

/**
 * Whether an application takes one of its project's places. Drafts do: two
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

/** The counted applications of a project in the order they took their places. */
function countedFor(projectId: string, applications: readonly Application[]): Application[] {
  return applications
    .filter((a) => a.projectId === projectId && countsTowardsQuota(a))
    .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.number, b.number));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function quotaState(
  project: Pick<InvestmentProject, 'id' | 'quotaException'>,
  applications: readonly Application[],
): QuotaState {
  const counted = countedFor(project.id, applications);
  const limit = placesFor(project);
  return {
    limit,
    used: counted.length,
    left: Math.max(0, limit - counted.length),
    overQuota: counted.slice(limit),
  };
}

/**
 * Whether one more person may be registered for the project. Pass the id of
 * the application being edited so that it does not count against itself.
 */
export function canAddApplicant(
  project: Pick<InvestmentProject, 'id' | 'quotaException'>,
  applications: readonly Application[],
  applicationId?: string,
): ParseResult<null> {
  const others = countedFor(project.id, applications).filter((a) => a.id !== applicationId);
  const limit = placesFor(project);
  if (others.length < limit) return ok(null);
  const extra = project.quotaException?.extraPlaces ?? 0;
  if (extra > 0) {
    return fail(
      `该项目已有 ${others.length} 人申领，名额已满（含“一事一议”增加的 ${extra} 个名额）；如需再增加，请录入新的批准文号并修改增加的名额`,
    );
  }
  return fail(`该项目已有 ${others.length} 人申领，名额已满；重大项目可“一事一议”增加名额（需录入批准文号）`);
}
