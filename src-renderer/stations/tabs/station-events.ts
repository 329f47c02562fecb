import type { StationEvent, StationStepId } from '../../../src-shared/stations/station';

/** The latest live event of one of `steps` (events come oldest first). */
export function latestOf(events: readonly StationEvent[], ...steps: StationStepId[]): StationEvent | null {
  const found = events.filter((event) => !event.deleted && steps.includes(event.step));
  return found[found.length - 1] ?? null;
}

/** Every live event of one of `steps`, oldest first. */
export function allOf(events: readonly StationEvent[], ...steps: StationStepId[]): StationEvent[] {
  return events.filter((event) => !event.deleted && steps.includes(event.step));
}

/** "2024-03-01 · 王窗口", for the line under a recorded step. */
export function recordedBy(event: StationEvent): string {
  return `${event.updatedBy} 于 ${event.createdAt.slice(0, 10)} 记录`;
}
