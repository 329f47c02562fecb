import type { StationPolicy } from '../../../src-shared/stations/policy';
import type { Station, StationEvent } from '../../../src-shared/stations/station';
import { allOf } from './station-events';

export interface ReportState {
  /** The 报送 event, when filed. */
  filed: StationEvent | null;
  /** The day it is due by (working practice, policy.ts). */
  due: string;
  /** False when it fell due before the designation or after the title was revoked. */
  required: boolean;
}

export interface ReportYear {
  year: number;
  plan: ReportState;
  summary: ReportState;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dueIn = (year: number, due: { month: number; day: number }) => `${year}-${pad(due.month)}-${pad(due.day)}`;

/**
 * 第十六条 (六): the yearly 工作计划 and 工作总结 from the year of designation
 * to this one (and any later year already filed), newest first. The plan
 * is due early in its own year, the summary early in the next.
 */
export function reportYears(
  station: Pick<Station, 'designation' | 'revokedOn'>,
  events: readonly StationEvent[],
  policy: StationPolicy,
  today: string,
): ReportYear[] {
  const filed = allOf(events, 'plan', 'summary');
  const years = filed.map((event) => Number(event.details.year)).filter((year) => Number.isInteger(year));
  const approval = station.designation?.approvalDate;
  if (approval) years.push(Number(approval.slice(0, 4)), Number(today.slice(0, 4)));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const find = (step: 'plan' | 'summary', year: number) =>
    filed.filter((event) => event.step === step && event.details.year === String(year)).at(-1) ?? null;
  const state = (step: 'plan' | 'summary', year: number, due: string): ReportState => ({
    filed: find(step, year),
    due,
    required: approval !== undefined && due >= approval && (!station.revokedOn || due <= station.revokedOn),
  });
  const rows: ReportYear[] = [];
  for (let year = last; year >= first; year -= 1) {
    rows.push({
      year,
      plan: state('plan', year, dueIn(year, policy.planDue)),
      summary: state('summary', year, dueIn(year + 1, policy.summaryDue)),
    });
  }
  return rows;
}
