import { type CardCategory, STATUS_LABELS, type Step, WORKFLOWS } from '../../src-shared/cards/workflow';
import type { StatusEvent } from '../../src-shared/records/status-event';
import { formatDateTime } from '../sync-ui/format-time';
import { LANDING_FIELD_LABELS, LANDING_WORDS, stepFieldLabel } from './step-labels';

/** One event of the card's history, in the staff's words. */
export interface TimelineEntry {
  id: string;
  title: string;
  /** 已盖章 → 已报送 */
  transition: string;
  who: string;
  /** Local time, 2026年11月23日 14:05:09 */
  when: string;
  /** Why, when the title and details do not already say it. */
  reason: string | null;
  details: { label: string; value: string }[];
}

/** A 落地 (引进) keeps the card 已发放: the only event from 已发放 to itself. */
export function isLandingEvent(event: Pick<StatusEvent, 'from' | 'to'>): boolean {
  return event.from === 'issued' && event.to === 'issued';
}

/** The workflow step an event records, if any (events before the workflow, or 新建, have none). */
export function stepOfEvent(category: CardCategory, event: Pick<StatusEvent, 'from' | 'to'>): Step | undefined {
  const { from, to } = event;
  if (from === null || isLandingEvent(event)) return undefined;
  return WORKFLOWS[category].find((step) => step.from.includes(from) && step.to === to);
}

/** 已盖章 → 已报送; 已发放（状态不变） for a 落地 or a reprint. */
function transition({ from, to }: Pick<StatusEvent, 'from' | 'to'>): string {
  if (from === null) return STATUS_LABELS[to];
  return from === to ? `${STATUS_LABELS[to]}（状态不变）` : `${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}`;
}

export function timelineEntry(category: CardCategory, event: StatusEvent): TimelineEntry {
  const landing = isLandingEvent(event);
  const step = stepOfEvent(category, event);
  const title = step?.label ?? (event.reason || STATUS_LABELS[event.to]);
  const label = (key: string) =>
    landing
      ? key === 'date'
        ? LANDING_WORDS[category].dateLabel
        : (LANDING_FIELD_LABELS[key] ?? key)
      : stepFieldLabel(step, key);
  const details = Object.entries(event.details ?? {}).map(([key, value]) => ({ label: label(key), value }));
  const said = new Set([title, ...details.map((detail) => detail.value)]);
  return {
    id: event.id,
    title,
    transition: transition(event),
    who: event.updatedBy,
    when: formatDateTime(event.createdAt),
    reason: event.reason && !said.has(event.reason) ? event.reason : null,
    details,
  };
}
