/**
 * How long a card's green channel lasts (威人社字〔2023〕4 号, 二、服务形式):
 * "首次开通的‘威海英才卡’有效期为 1 年，待招商项目正式落地或人才正式引进后，
 * 绿色通道服务有效期延长至 5 年。"
 *
 * The reading chosen (one setting, `VALIDITY_POLICY.extendedFrom`): the five
 * years count from the card's issue date, like the first year — the card is
 * "extended to" five years, not given five more. A landing recorded after the
 * first year ran out still extends the card (the policy ties the five years to
 * the landing, not to its timing), as long as it falls within the five years.
 * With `extendedFrom: 'landing'` the five years would count from the landing
 * (and a landing of any date after the issue would extend the card).
 *
 * A period of N years from a date runs to the day before the same date N
 * years later (2026-03-01 → 2027-02-28); from 29 February, a year without one
 * takes 1 March as "the same date" (2024-02-29 → 2025-02-28).
 */
export const VALIDITY_POLICY = {
  initialYears: 1,
  extendedYears: 5,
  extendedFrom: 'issue' as 'issue' | 'landing',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(utc: Date): string {
  return utc.toISOString().slice(0, 10);
}

/** Whether a "YYYY-MM-DD" names a day of the calendar (no 2 月 30 日). */
export function isCalendarDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d))) === date && y >= 1900;
}

/** The day `days` after (or before) a date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The last day of a period of `years` years starting on `start`. */
export function lastDayOf(start: string, years: number): string {
  const [y, m, d] = parts(start);
  // Date.UTC rolls 29 February of a common year over to 1 March.
  return addDays(format(new Date(Date.UTC(y + years, m - 1, d))), -1);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

export type ValidityState = 'valid' | 'expired' | 'revoked';

export interface CardValidity {
  /** The first year's last day. */
  initialUntil: string;
  /** The five years' last day, once the landing is recorded (null before). */
  extendedUntil: string | null;
  /** The day the card is valid through now. */
  until: string;
  state: ValidityState;
  /** Days left including today (0 once expired). */
  daysLeft: number;
}

export interface CardDates {
  issuedOn: string;
  /** 落地 (商务精英类) or 正式引进 (名企优才类), when recorded. */
  landedOn: string | null;
  revokedOn: string | null;
}

/** Why a landing date cannot extend the card, or null. */
export function landingDateError(card: Pick<CardDates, 'issuedOn'>, landedOn: string, today: string): string | null {
  if (!isCalendarDate(landedOn)) return '日期应为“年-月-日”，例如 2026-03-01';
  if (landedOn < card.issuedOn) return `落地（引进）日期不能早于发卡日期 ${card.issuedOn}`;
  if (landedOn > today) return '落地（引进）日期不能晚于今天';
  const extendedUntil = lastDayOf(card.issuedOn, VALIDITY_POLICY.extendedYears);
  if (VALIDITY_POLICY.extendedFrom === 'issue' && landedOn > extendedUntil) {
    return `落地（引进）日期已超出自发卡起的 ${VALIDITY_POLICY.extendedYears} 年（至 ${extendedUntil}），不能再延长`;
  }
  return null;
}

/** A card's validity on `today` ("YYYY-MM-DD", the window's local date). */
export function cardValidity(card: CardDates, today: string): CardValidity {
  const initialUntil = lastDayOf(card.issuedOn, VALIDITY_POLICY.initialYears);
  const extendedUntil =
    card.landedOn === null
      ? null
      : lastDayOf(
          VALIDITY_POLICY.extendedFrom === 'issue' ? card.issuedOn : card.landedOn,
          VALIDITY_POLICY.extendedYears,
        );
  const until = extendedUntil ?? initialUntil;
  const state: ValidityState = card.revokedOn !== null ? 'revoked' : today > until ? 'expired' : 'valid';
  return {
    initialUntil,
    extendedUntil,
    until,
    state,
    daysLeft: state === 'valid' ? daysBetween(today, until) + 1 : 0,
  };
}
