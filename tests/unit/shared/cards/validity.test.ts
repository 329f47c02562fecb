import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  type CardDates,
  cardValidity,
  daysBetween,
  isCalendarDate,
  landingDateError,
  lastDayOf,
  VALIDITY_POLICY,
} from '../../../../src-shared/cards/validity';

/*
 * 威人社字〔2023〕4 号, 二、服务形式: "首次开通的‘威海英才卡’有效期为 1 年，待招商项目正式落地或
 * 人才正式引进后，绿色通道服务有效期延长至 5 年。" Dates below are worked out by hand.
 */

const card = (issuedOn: string, landedOn: string | null = null, revokedOn: string | null = null): CardDates => ({
  issuedOn,
  landedOn,
  revokedOn,
});

describe('lastDayOf', () => {
  it.each([
    ['2026-03-01', 1, '2027-02-28'],
    ['2023-12-31', 1, '2024-12-30'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 5, '2029-02-28'],
    ['2024-02-29', 4, '2028-02-28'],
    ['2023-03-01', 1, '2024-02-29'],
    ['2024-01-01', 1, '2024-12-31'],
    ['2026-03-01', 5, '2031-02-28'],
  ] as const)('a period of %s + %i year(s) ends on %s', (start, years, last) => {
    expect(lastDayOf(start, years)).toBe(last);
  });
});

describe('the day helpers', () => {
  it('knows the calendar', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-3-1')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });
});

describe('cardValidity', () => {
  const defaultReading = VALIDITY_POLICY.extendedFrom;
  afterEach(() => {
    VALIDITY_POLICY.extendedFrom = defaultReading;
  });

  it('gives a card issued on 29 February one year to 28 February, and five to 28 February five years on', () => {
    expect(cardValidity(card('2024-02-29'), '2024-06-01')).toEqual({
      initialUntil: '2025-02-28',
      extendedUntil: null,
      until: '2025-02-28',
      state: 'valid',
      daysLeft: daysBetween('2024-06-01', '2025-02-28') + 1,
    });
    expect(cardValidity(card('2024-02-29', '2024-09-01'), '2024-10-01')).toMatchObject({
      initialUntil: '2025-02-28',
      extendedUntil: '2029-02-28',
      until: '2029-02-28',
      state: 'valid',
    });
  });

  it.each([
    ['2026-03-01', '2027-02-28'],
    ['2023-12-31', '2024-12-30'],
  ])('a card issued on %s runs to %s', (issuedOn, until) => {
    expect(cardValidity(card(issuedOn), issuedOn)).toMatchObject({ initialUntil: until, until, state: 'valid' });
  });

  it('is still valid on its last day and expired the next', () => {
    expect(cardValidity(card('2026-03-01'), '2026-03-01')).toMatchObject({ state: 'valid', daysLeft: 365 });
    expect(cardValidity(card('2026-03-01'), '2027-02-27')).toMatchObject({ state: 'valid', daysLeft: 2 });
    expect(cardValidity(card('2026-03-01'), '2027-02-28')).toMatchObject({ state: 'valid', daysLeft: 1 });
    expect(cardValidity(card('2026-03-01'), '2027-03-01')).toMatchObject({ state: 'expired', daysLeft: 0 });
    expect(cardValidity(card('2026-03-01'), '2030-01-01')).toMatchObject({ state: 'expired', daysLeft: 0 });
  });

  it('is valid through the five years once extended, and expired the day after', () => {
    const extended = card('2026-03-01', '2026-08-15');
    expect(cardValidity(extended, '2031-02-28')).toMatchObject({ until: '2031-02-28', state: 'valid', daysLeft: 1 });
    expect(cardValidity(extended, '2031-03-01')).toMatchObject({ until: '2031-02-28', state: 'expired', daysLeft: 0 });
  });

  it('extends a card landed within its first year to five years from the issue date', () => {
    const landed = card('2026-03-01', '2026-11-20');
    expect(landingDateError(landed, '2026-11-20', '2026-11-20')).toBeNull();
    expect(cardValidity(landed, '2027-06-01')).toEqual({
      initialUntil: '2027-02-28',
      extendedUntil: '2031-02-28',
      until: '2031-02-28',
      state: 'valid',
      daysLeft: daysBetween('2027-06-01', '2031-02-28') + 1,
    });
  });

  it('extends a card landed after the first year ran out, and makes it valid again', () => {
    // Issued 2025-01-10, expired after 2026-01-09, the project landed 14 months after issue.
    const issuedOn = '2025-01-10';
    const landedOn = '2026-03-10';
    expect(cardValidity(card(issuedOn), '2026-03-10')).toMatchObject({ state: 'expired', until: '2026-01-09' });
    expect(landingDateError(card(issuedOn), landedOn, '2026-03-12')).toBeNull();
    expect(cardValidity(card(issuedOn, landedOn), '2026-03-12')).toMatchObject({
      initialUntil: '2026-01-09',
      extendedUntil: '2030-01-09',
      until: '2030-01-09',
      state: 'valid',
    });
  });

  it('calls a revoked card revoked whatever the dates', () => {
    expect(cardValidity(card('2026-03-01', null, '2026-05-01'), '2026-06-01')).toMatchObject({
      state: 'revoked',
      daysLeft: 0,
    });
    expect(cardValidity(card('2026-03-01', '2026-04-01', '2026-05-01'), '2026-06-01')).toMatchObject({
      state: 'revoked',
      daysLeft: 0,
    });
    // Also once it would have expired anyway, and on the day it was issued.
    expect(cardValidity(card('2020-03-01', null, '2020-05-01'), '2026-06-01').state).toBe('revoked');
    expect(cardValidity(card('2026-03-01', null, '2026-03-01'), '2026-03-01').state).toBe('revoked');
  });

  it("counts the five years from the landing with extendedFrom 'landing'", () => {
    VALIDITY_POLICY.extendedFrom = 'landing';
    const landed = card('2026-03-01', '2026-11-20');
    expect(cardValidity(landed, '2031-02-28')).toMatchObject({
      initialUntil: '2027-02-28',
      extendedUntil: '2031-11-19',
      until: '2031-11-19',
      state: 'valid',
    });
    expect(cardValidity(landed, '2031-11-20').state).toBe('expired');
    // Also for a landing more than five years after issue.
    expect(cardValidity(card('2020-03-01', '2025-03-01'), '2026-01-01')).toMatchObject({
      extendedUntil: '2030-02-28',
      state: 'valid',
    });
  });

  it("restores the default reading ('issue') after the test above", () => {
    expect(VALIDITY_POLICY).toEqual({ initialYears: 1, extendedYears: 5, extendedFrom: 'issue' });
  });
});

describe('landingDateError', () => {
  const issued = card('2020-03-01');

  it('accepts a landing on the issue date, on today, and on the last day of the five years', () => {
    expect(landingDateError(issued, '2020-03-01', '2026-01-01')).toBeNull();
    expect(landingDateError(card('2025-06-01'), '2026-01-01', '2026-01-01')).toBeNull();
    expect(landingDateError(issued, '2025-02-28', '2026-01-01')).toBeNull();
  });

  it('refuses a landing after the five years from issue', () => {
    expect(landingDateError(issued, '2025-03-01', '2026-01-01')).toBe(
      '落地（引进）日期已超出自发卡起的 5 年（至 2025-02-28），不能再延长',
    );
  });

  it('refuses a landing before the issue date', () => {
    expect(landingDateError(issued, '2020-02-29', '2026-01-01')).toBe('落地（引进）日期不能早于发卡日期 2020-03-01');
  });

  it('refuses a landing after today', () => {
    expect(landingDateError(card('2025-06-01'), '2026-01-02', '2026-01-01')).toBe('落地（引进）日期不能晚于今天');
  });

  it('refuses a day that is not on the calendar, or not written 年-月-日', () => {
    const message = '日期应为“年-月-日”，例如 2026-03-01';
    expect(landingDateError(card('2025-06-01'), '2026-02-30', '2026-06-01')).toBe(message);
    expect(landingDateError(card('2025-06-01'), '2025-02-29', '2026-06-01')).toBe(message);
    expect(landingDateError(card('2025-06-01'), '2026/01/01', '2026-06-01')).toBe(message);
    expect(landingDateError(card('2025-06-01'), '', '2026-06-01')).toBe(message);
  });
});

const FIRST = Date.UTC(1990, 0, 1);
const LAST = Date.UTC(2090, 11, 31);
const DAY_MS = 86_400_000;

/** A calendar day between 1990-01-01 and 2090-12-31 as YYYY-MM-DD (built without the code under test). */
const day = fc
  .integer({ min: 0, max: (LAST - FIRST) / DAY_MS })
  .map((offset) => new Date(FIRST + offset * DAY_MS).toISOString().slice(0, 10));
/** Every 29 February in the range is worth trying on purpose. */
const leapDay = fc
  .integer({ min: 1990, max: 2090 })
  .filter((y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)
  .map((y) => `${y}-02-29`);

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

describe('lastDayOf (property)', () => {
  it('ends a year 364 or 365 days on, the day before the same date years later', () => {
    fc.assert(
      fc.property(fc.oneof(day, leapDay), fc.integer({ min: 1, max: 10 }), (start, years) => {
        const oneYear = daysBetween(start, lastDayOf(start, 1));
        expect([364, 365]).toContain(oneYear);

        const next = addDays(lastDayOf(start, years), 1);
        const targetYear = Number(start.slice(0, 4)) + years;
        const monthDay = start.slice(5);
        const expected = monthDay === '02-29' && !isLeap(targetYear) ? '03-01' : monthDay;
        expect(next).toBe(`${targetYear}-${expected}`);
      }),
      { numRuns: 2000 },
    );
  });
});
