import { afterEach, describe, expect, it } from 'vitest';
import {
  calendarCovers,
  isWorkingDay,
  workingDaySpan,
  workingDaysBetween,
} from '../../../../src-shared/stations/working-days';

/*
 * 第七条 (三): 公示期为 5 个工作日. The calendars below are the State Council's notices
 * (国务院办公厅关于…部分节假日安排的通知), checked against chinese-days' data
 * (node_modules/chinese-days/dist/chinese-days.json); the dates are worked out by hand.
 *
 * 2023 (国办发明电〔2022〕16 号) 中秋节、国庆节: 9 月 29 日至 10 月 6 日放假，10 月 7 日（六）、8 日（日）上班.
 * 2024 (国办发明电〔2023〕7 号) 春节: 2 月 10 日至 17 日放假，2 月 4 日（日）、2 月 18 日（日）上班.
 * 2025 (国办发明电〔2024〕12 号) 春节: 1 月 28 日至 2 月 4 日放假，1 月 26 日（日）、2 月 8 日（六）上班;
 *      国庆节、中秋节: 10 月 1 日至 8 日放假，9 月 28 日（日）、10 月 11 日（六）上班.
 */

describe('isWorkingDay', () => {
  it.each([
    // 2023 National Day
    ['2023-09-28', true], // Thursday before the holiday
    ['2023-09-29', false], // 中秋, a Friday
    ['2023-10-02', false],
    ['2023-10-06', false],
    ['2023-10-07', true], // Saturday, 调休
    ['2023-10-08', true], // Sunday, 调休
    ['2023-10-14', false], // an ordinary Saturday
    // 2024 Spring Festival
    ['2024-02-04', true], // Sunday, 调休
    ['2024-02-09', true], // 除夕 is a Friday and not a holiday that year
    ['2024-02-10', false],
    ['2024-02-17', false],
    ['2024-02-18', true], // Sunday, 调休
    // 2025 Spring Festival
    ['2025-01-25', false], // an ordinary Saturday
    ['2025-01-26', true], // Sunday, 调休
    ['2025-01-28', false],
    ['2025-02-04', false],
    ['2025-02-08', true], // Saturday, 调休
    ['2025-02-09', false], // an ordinary Sunday
    // 2025 National Day
    ['2025-09-28', true], // Sunday, 调休
    ['2025-10-01', false],
    ['2025-10-06', false], // 中秋
    ['2025-10-08', false],
    ['2025-10-09', true],
    ['2025-10-11', true], // Saturday, 调休
    ['2025-10-12', false],
  ] as const)('%s is a working day: %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it('counts a year without an official calendar Monday to Friday', () => {
    expect(calendarCovers(2025)).toBe(true);
    expect(calendarCovers(2027)).toBe(false);
    // 2027-01-01 is a Friday: surely 元旦 in the end, but unknown until the notice is out.
    expect(isWorkingDay('2027-01-01')).toBe(true);
    expect(isWorkingDay('2027-01-02')).toBe(false);
    expect(isWorkingDay('2027-01-03')).toBe(false);
    expect(isWorkingDay('2027-01-04')).toBe(true);
  });
});

describe('workingDaySpan: a 公示 of 5 working days', () => {
  it.each([
    // 2023 National Day: 9-27 (1), 9-28 (2), 10-07 Sat (3), 10-08 Sun (4), 10-09 (5).
    ['2023-09-27', '2023-09-27', '2023-10-09'],
    // Starting on the 调休 Saturday itself: 10-07, 10-08, 10-09, 10-10, 10-11.
    ['2023-10-07', '2023-10-07', '2023-10-11'],
    // 2024 Spring Festival: 2-08 (1), 2-09 (2), 2-18 Sun (3), 2-19 (4), 2-20 (5).
    ['2024-02-08', '2024-02-08', '2024-02-20'],
    // Starting in the holiday: the first day is the 调休 Sunday after it.
    ['2024-02-12', '2024-02-18', '2024-02-22'],
    // 2025 Spring Festival: 1-24 Fri (1), 1-26 Sun (2), 1-27 (3), 2-05 (4), 2-06 (5).
    ['2025-01-24', '2025-01-24', '2025-02-06'],
    // Starting on the ordinary Saturday before it: 1-26 Sun (1), 1-27 (2), 2-05 (3), 2-06 (4), 2-07 (5).
    ['2025-01-25', '2025-01-26', '2025-02-07'],
    // After it: 2-05, 2-06, 2-07, 2-08 Sat (4), 2-10 Mon (5).
    ['2025-02-05', '2025-02-05', '2025-02-10'],
    // 2025 National Day: 9-26 Fri (1), 9-28 Sun (2), 9-29 (3), 9-30 (4), 10-09 (5).
    ['2025-09-26', '2025-09-26', '2025-10-09'],
    // 9-25 Thu (1), 9-26 (2), 9-28 Sun (3), 9-29 (4), 9-30 (5): ends before the holiday.
    ['2025-09-25', '2025-09-25', '2025-09-30'],
    // Starting on 10-01: first 10-09, then 10-10, 10-11 Sat, 10-13, 10-14.
    ['2025-10-01', '2025-10-09', '2025-10-14'],
    // An ordinary weekend moves the start to Monday: 2025-03-01 is a Saturday.
    ['2025-03-01', '2025-03-03', '2025-03-07'],
  ] as const)('starting %s: first %s, last %s', (start, first, last) => {
    expect(workingDaySpan(start, 5)).toEqual({ first, last, estimated: false });
  });

  it('counts a year the calendar does not cover Monday to Friday and says it is an estimate', () => {
    // 2027-01-04 (Mon) … 2027-01-08 (Fri).
    expect(workingDaySpan('2027-01-04', 5)).toEqual({ first: '2027-01-04', last: '2027-01-08', estimated: true });
    // 2026-12-30 (Wed) (1), 12-31 (2), 2027-01-01 Fri (3), 01-04 (4), 01-05 (5).
    expect(workingDaySpan('2026-12-30', 5)).toEqual({ first: '2026-12-30', last: '2027-01-05', estimated: true });
  });

  it('is not an estimate when the whole period lies in covered years', () => {
    // 2026-12-21 (Mon) … 12-25 (Fri).
    expect(workingDaySpan('2026-12-21', 5)).toEqual({ first: '2026-12-21', last: '2026-12-25', estimated: false });
  });

  it('counts a single working day', () => {
    expect(workingDaySpan('2023-10-01', 1)).toEqual({ first: '2023-10-07', last: '2023-10-07', estimated: false });
  });

  it.each([0, -1, 2.5])('refuses a count of %s', (count) => {
    expect(() => workingDaySpan('2025-03-03', count)).toThrow();
  });
});

describe('workingDaysBetween', () => {
  it.each([
    // Both ends included.
    ['2023-09-27', '2023-10-09', 5],
    ['2024-02-08', '2024-02-20', 5],
    ['2024-02-10', '2024-02-17', 0], // the whole Spring Festival holiday
    ['2025-10-01', '2025-10-11', 3], // 10-09, 10-10, 10-11 (Sat)
    ['2025-01-25', '2025-02-09', 6], // 1-26 Sun, 1-27, 2-05, 2-06, 2-07, 2-08 Sat
    ['2025-03-03', '2025-03-03', 1],
    ['2025-03-01', '2025-03-02', 0], // an ordinary weekend
    ['2025-03-04', '2025-03-03', 0], // `to` earlier than `from`
    // 2027, Monday to Friday: January has 1 Fri + 4 full weeks (4 Jan – 31 Jan).
    ['2027-01-01', '2027-01-31', 21],
  ] as const)('from %s to %s: %i', (from, to, count) => {
    expect(workingDaysBetween(from, to)).toBe(count);
  });
});

describe('the machine’s time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) Reflect.deleteProperty(process.env, 'TZ');
    else process.env.TZ = saved;
  });

  // chinese-days' own date functions answer a day early west of UTC; the rules must not.
  it.each(['America/Los_Angeles', 'Pacific/Honolulu', 'Asia/Shanghai', 'UTC'])(
    'does not change the answer in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(new Date(2025, 2, 1).getTimezoneOffset()).toBe(
        { 'America/Los_Angeles': 480, 'Pacific/Honolulu': 600, 'Asia/Shanghai': -480, UTC: 0 }[zone],
      );
      expect(isWorkingDay('2025-03-01')).toBe(false); // an ordinary Saturday
      expect(isWorkingDay('2025-03-03')).toBe(true); // an ordinary Monday
      expect(isWorkingDay('2023-10-07')).toBe(true); // 调休 Saturday
      expect(isWorkingDay('2023-10-06')).toBe(false); // holiday Friday
      expect(workingDaySpan('2023-09-27', 5)).toEqual({ first: '2023-09-27', last: '2023-10-09', estimated: false });
      expect(workingDaysBetween('2025-03-01', '2025-03-09')).toBe(5);
    },
  );
});
