import { addDays } from '../../../src-shared/cards/validity';
import type { Station, StationStatus, StationType } from '../../../src-shared/stations/station';

/** Stations by their next evaluation: due within 60 days (today included), or overdue. */
export type EvaluationWindow = 'within-60' | 'overdue';

export const EVALUATION_WINDOW_LABELS: Record<EvaluationWindow, string> = {
  'within-60': '60 天内到期',
  overdue: '已逾期',
};

export const EVALUATION_WINDOW_DAYS = 60;

/** The list's filters; '' means any. */
export interface StationFilters {
  type: StationType | '';
  district: string;
  status: StationStatus | '';
  evaluation: EvaluationWindow | '';
}

export const NO_STATION_FILTERS: StationFilters = { type: '', district: '', status: '', evaluation: '' };

/** A row of the list: the station and the due date of its next evaluation (null when none is due). */
export interface StationRow {
  station: Station;
  nextDue: string | null;
}

export type DueState = { kind: 'overdue'; days: number } | { kind: 'soon'; days: number } | { kind: 'later' };

/** How the next evaluation stands today: overdue by `days`, due in `days` (0 = today) within the window, or later. */
export function dueState(nextDue: string, today: string): DueState {
  if (nextDue < today) return { kind: 'overdue', days: daysBetween(nextDue, today) };
  if (nextDue <= addDays(today, EVALUATION_WINDOW_DAYS)) return { kind: 'soon', days: daysBetween(today, nextDue) };
  return { kind: 'later' };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function inWindow(nextDue: string | null, window: EvaluationWindow, today: string): boolean {
  if (!nextDue) return false;
  const state = dueState(nextDue, today).kind;
  return window === 'overdue' ? state === 'overdue' : state === 'soon';
}

export function matchesStationFilters(row: StationRow, filters: StationFilters, today: string): boolean {
  const { station } = row;
  return (
    (!filters.type || station.type === filters.type) &&
    (!filters.district || station.district === filters.district) &&
    (!filters.status || station.status === filters.status) &&
    (!filters.evaluation || inWindow(row.nextDue, filters.evaluation, today))
  );
}

/** The rows the filters let through, in their order. */
export function filterStations(rows: readonly StationRow[], filters: StationFilters, today: string): StationRow[] {
  return rows.filter((row) => matchesStationFilters(row, filters, today));
}
