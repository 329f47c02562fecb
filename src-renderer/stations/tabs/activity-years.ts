import type { StationActivity } from '../../../src-shared/stations/station';

export interface YearTotals {
  year: string;
  activityCount: number;
  participants: number;
  servedCount: number;
  photos: number;
}

/** The activity log's totals per calendar year, newest year first. */
export function totalsByYear(activities: readonly StationActivity[]): YearTotals[] {
  const years = new Map<string, YearTotals>();
  for (const activity of activities) {
    if (activity.deleted) continue;
    const year = activity.date.slice(0, 4);
    const totals = years.get(year) ?? { year, activityCount: 0, participants: 0, servedCount: 0, photos: 0 };
    totals.activityCount += 1;
    totals.participants += activity.participants;
    totals.servedCount += activity.expertsServed;
    totals.photos += activity.photos.length;
    years.set(year, totals);
  }
  return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}
