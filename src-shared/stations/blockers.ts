import type { Role } from '../api/roles';
import {
  STATION_CONDITION_SHORT,
  STATION_CONDITIONS,
  type Station,
  type StationEvent,
  type StationStepId,
} from './station';

/**
 * What a station's history says about the steps it may take next, before
 * any dialog is filled in: the objections of its 公示, what 申报 still
 * lacks, and which steps cannot be taken on any day up to today. The store's
 * rule (steps.ts) refuses the same things with the same words; the UI shows
 * them beside the buttons.
 */

export const BLOCKED = {
  gaps: (gaps: readonly string[]) => `申报前请在“基本信息”中补齐：${gaps.join('；')}`,
  directRoute: '市直单位、高校院所直接报市人力资源和社会保障局（第七条），由市级记录申报',
  noOpenObjection: '没有待处理的异议',
  publicityRunning: (end: string) => `公示期至 ${end}，期满后才能核准公布`,
  openObjections: (count: number) => `还有 ${count} 条异议未处理，处理后才能核准公布`,
  upheld: '公示中有成立的异议，不能核准公布（第七条：公示无异议的，予以批复）；请记录“公示未通过”',
  noUpheld: '没有经核查成立的异议；公示期满无异议的，应记录“核准公布并授牌”',
  rectifying: (deadline: string) =>
    `整改期限至 ${deadline}；期限届满、整改后仍不能正常发挥作用的，才取消称号（第十七条）`,
};

/** The objections recorded during 公示, oldest first, with how each was settled (if it was). */
export function objections(
  events: readonly StationEvent[],
): { objection: StationEvent; settled: StationEvent | null }[] {
  const all = events.filter((e) => !e.deleted);
  return all
    .filter((e) => e.step === 'object')
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((objection) => ({
      objection,
      settled: all.find((e) => e.step === 'settle' && e.details.objection === objection.id) ?? null,
    }));
}

/** What is still missing for 申报: every condition of 第六条 with its note and evidence, and the functions. */
export function applicationGaps(station: Station): string[] {
  const gaps: string[] = [];
  for (const condition of STATION_CONDITIONS) {
    const note = station.conditions[condition] ?? '';
    if (note.trim() === '' || (station.conditionEvidence[condition] ?? []).length === 0)
      gaps.push(`第六条条件“${STATION_CONDITION_SHORT[condition]}”的说明和证明材料`);
  }
  if (station.functions.length === 0) gaps.push('第八条职责功能（至少一项）');
  return gaps;
}

/**
 * Steps the workflow opens at the station's status that its history does
 * not allow on any day up to `today` (no step is dated in the future), each
 * with the reason.
 */
export function stepBlockers(
  station: Station,
  events: readonly StationEvent[],
  role: Role,
  today: string,
): Partial<Record<StationStepId, string>> {
  const blocked: Partial<Record<StationStepId, string>> = {};
  if (station.status === 'draft') {
    const gaps = applicationGaps(station);
    if (station.route !== 'district' && role !== 'city') blocked.apply = BLOCKED.directRoute;
    else if (gaps.length > 0) blocked.apply = BLOCKED.gaps(gaps);
  }
  if (station.status === 'publicizing') {
    const all = objections(events);
    const open = all.filter((entry) => !entry.settled).length;
    const upheld = all.some((entry) => entry.settled?.details.upheld === 'yes');
    const end = station.publicity?.end;
    if (open === 0) blocked.settle = BLOCKED.noOpenObjection;
    if (end && today <= end) blocked.publish = BLOCKED.publicityRunning(end);
    else if (open > 0) blocked.publish = BLOCKED.openObjections(open);
    else if (upheld) blocked.publish = BLOCKED.upheld;
    if (!upheld) blocked['publicity-fail'] = BLOCKED.noUpheld;
  }
  const deadline = station.rectification?.deadline;
  if (station.status === 'rectifying' && deadline && today <= deadline) blocked.revoke = BLOCKED.rectifying(deadline);
  return blocked;
}
