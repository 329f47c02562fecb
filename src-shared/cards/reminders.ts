import { checkWholeNumberSetting, type SettingCheck } from '../records/whole-number-setting';
import type { Application } from '../registration/application';
import { cardValidity, daysBetween } from './validity';
import type { ApplicationStatus, CardCategory } from './workflow';

/**
 * The 工作台's reminders, as pure rules over the store's rows:
 * - cards running out within {@link EXPIRY_WINDOW_DAYS} days whose project has
 *   not landed (落地) nor the talent been introduced (正式引进) — recording
 *   the landing is what extends the card from 1 to 5 years (威人社字〔2023〕4 号, 二);
 * - applications waiting at one step longer than N days (a setting in 设置);
 * - drafts nobody has touched for more than {@link STALE_DRAFT_DAYS} days.
 *
 * Days are calendar days in Weihai (Asia/Shanghai): an instant is first
 * turned into the date it was there, then whole days are counted.
 */

/** A card is "expiring" while it has this many days left or fewer, today included (`daysLeft ≤ 30`). */
export const EXPIRY_WINDOW_DAYS = 30;

/** A draft is stale once its last change is more than this many days ago. */
export const STALE_DRAFT_DAYS = 7;

/** The waiting limit N until 设置 says otherwise, and the range it may be set to. */
export const DEFAULT_WAITING_DAYS = 10;
export const MIN_WAITING_DAYS = 1;
export const MAX_WAITING_DAYS = 365;

/**
 * Statuses at which an application waits on someone to take the next step,
 * and so can be "stuck":
 * - the window: 已登记 (print the form), 退回补正 (correct and resubmit),
 *   网上申请已记录 / 区市已推荐 (recommend, report to the city);
 * - the applying unit: 待盖章 (stamp the printed form), 已盖章 (the window
 *   submits it to 人才创新发展院);
 * - the city: 已报送, 联合研究, 报人才办, 已报市窗口, 联合审核 (review and
 *   decide), 已同意 (make the card), 已制卡 (hand it over).
 * Not here: 草稿 (its own list, by age), 已发放 (the card's own reminder),
 * and the ends 未通过 / 已撤回 / 已注销, where nobody is waited on.
 */
export const WAITING_STATUSES: readonly ApplicationStatus[] = [
  'registered',
  'awaiting-seal',
  'sealed',
  'submitted',
  'joint-review',
  'talent-office',
  'online-recorded',
  'district-recommended',
  'city-window',
  'joint-audit',
  'approved',
  'card-made',
  'returned',
];

const SHANGHAI = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date ("YYYY-MM-DD") an instant fell on in Weihai. */
export function dateInShanghai(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new Error(`not an instant: ${String(instant)}`);
  const parts = Object.fromEntries(SHANGHAI.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The fields the reminders read; any Application has them. */
export type ReminderSubject = Pick<Application, 'id' | 'number' | 'status' | 'updatedAt' | 'deleted'> & {
  /** Absent on records made before 名企优才类 existed: those are 商务精英类. */
  category?: CardCategory;
  applicant: Pick<Application['applicant'], 'name'>;
  card: Pick<NonNullable<Application['card']>, 'issuedOn' | 'revokedOn'> | null;
  landing: Pick<NonNullable<Application['landing']>, 'date'> | null;
};

/** The part of a status event that tells when a status was entered. */
export interface StatusChange {
  createdAt: string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
}

interface ReminderItem {
  id: string;
  number: string;
  name: string;
  category: CardCategory;
  status: ApplicationStatus;
}

export interface ExpiringCard extends ReminderItem {
  issuedOn: string;
  /** The card's last valid day. */
  until: string;
  /** Days left, today included (1 = today is the last day). */
  daysLeft: number;
}

export interface WaitingApplication extends ReminderItem {
  /** The date it entered its current status (Weihai). */
  since: string;
  /** Whole days since then. */
  days: number;
}

export interface StaleDraft extends ReminderItem {
  /** The date of its last change (Weihai). */
  lastChanged: string;
  days: number;
}

export interface Reminders {
  expiring: ExpiringCard[];
  waiting: WaitingApplication[];
  staleDrafts: StaleDraft[];
}

/**
 * When an application entered `status`: the latest event that moved it
 * there from another status. Repeating a step in place (printing the form
 * again, filing another scan) is not a move and does not restart the count.
 * Null when no such event is known here (e.g. not synced yet).
 */
export function statusSince(events: readonly StatusChange[], status: ApplicationStatus): string | null {
  let since: string | null = null;
  for (const event of events) {
    if (event.to !== status || event.from === status) continue;
    if (since === null || event.createdAt > since) since = event.createdAt;
  }
  return since;
}

function item(application: ReminderSubject): ReminderItem {
  return {
    id: application.id,
    number: application.number,
    name: application.applicant.name,
    category: application.category ?? 'business-elite',
    status: application.status,
  };
}

/** An issued card still standing, valid today with ≤ 30 days left, and no 落地/引进 recorded. */
export function expiringCard(application: ReminderSubject, today: string): ExpiringCard | null {
  const { card } = application;
  if (application.deleted || application.status !== 'issued' || !card || card.revokedOn || application.landing) {
    return null;
  }
  const validity = cardValidity({ issuedOn: card.issuedOn, landedOn: null, revokedOn: null }, today);
  if (validity.state !== 'valid' || validity.daysLeft > EXPIRY_WINDOW_DAYS) return null;
  return { ...item(application), issuedOn: card.issuedOn, until: validity.until, daysLeft: validity.daysLeft };
}

/**
 * Waiting at a step more than `limitDays` days. The start is when it entered
 * its status (from its events); without a known event, its last change,
 * which is never earlier, so a missing event can hide a reminder but never
 * raise a false one.
 */
export function waitingApplication(
  application: ReminderSubject,
  enteredAt: string | null,
  today: string,
  limitDays: number,
): WaitingApplication | null {
  if (application.deleted || !WAITING_STATUSES.includes(application.status)) return null;
  const since = dateInShanghai(enteredAt ?? application.updatedAt);
  const days = daysBetween(since, today);
  return days > limitDays ? { ...item(application), since, days } : null;
}

/** A draft whose last change is more than 7 days before today. */
export function staleDraft(application: ReminderSubject, today: string): StaleDraft | null {
  if (application.deleted || application.status !== 'draft') return null;
  const lastChanged = dateInShanghai(application.updatedAt);
  const days = daysBetween(lastChanged, today);
  return days > STALE_DRAFT_DAYS ? { ...item(application), lastChanged, days } : null;
}

export interface ReminderInput {
  applications: readonly ReminderSubject[];
  /** When each application entered its current status (by id), from its events; see {@link statusSince}. */
  enteredAt: ReadonlyMap<string, string>;
  /** "YYYY-MM-DD" in Weihai. */
  today: string;
  /** N of "waiting longer than N days". */
  waitingDays: number;
}

/** All three lists: soonest expiry first, longest wait first, oldest draft first. */
export function reminders({ applications, enteredAt, today, waitingDays }: ReminderInput): Reminders {
  const result: Reminders = { expiring: [], waiting: [], staleDrafts: [] };
  for (const application of applications) {
    const expiring = expiringCard(application, today);
    if (expiring) result.expiring.push(expiring);
    const waiting = waitingApplication(application, enteredAt.get(application.id) ?? null, today, waitingDays);
    if (waiting) result.waiting.push(waiting);
    const draft = staleDraft(application, today);
    if (draft) result.staleDrafts.push(draft);
  }
  const byNumber = (a: ReminderItem, b: ReminderItem) => a.number.localeCompare(b.number);
  result.expiring.sort((a, b) => a.daysLeft - b.daysLeft || byNumber(a, b));
  result.waiting.sort((a, b) => b.days - a.days || byNumber(a, b));
  result.staleDrafts.sort((a, b) => b.days - a.days || byNumber(a, b));
  return result;
}

/** What the 工作台 badge in the navigation shows. */
export function reminderCount(lists: Reminders): number {
  return lists.expiring.length + lists.waiting.length + lists.staleDrafts.length;
}

/** The waiting limit as typed in 设置, or the Chinese reason it cannot be used. */
export function checkWaitingDays(value: string | number): SettingCheck {
  return checkWholeNumberSetting(value, { name: '停留天数', min: MIN_WAITING_DAYS, max: MAX_WAITING_DAYS });
}
