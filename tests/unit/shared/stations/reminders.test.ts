import { describe, expect, it } from 'vitest';
import {
  EVALUATION_REMINDER_DAYS,
  evaluationReminder,
  publicityReminder,
  REPORT_REMINDER_DAYS,
  rectificationReminder,
  reportReminders,
  stationReminderCount,
  stationReminders,
} from '../../../../src-shared/stations/reminders';
import type { Station, StationEvent } from '../../../../src-shared/stations/station';
import { designatedStation, evaluationEvent, event, station } from './fixtures';

/*
 * The 工作台's station reminders. Policy numbers (weihai-2020): 公示 5 个工作日, evaluation every
 * two years, the yearly plan and summary due on 31 January. Day counts are worked out by hand.
 */

const publicizing = (id: string, start: string, end: string, estimated = false): Station =>
  station({
    id,
    name: `驿站${id}`,
    status: 'publicizing',
    policyVersion: 'weihai-2020',
    publicity: { start, end, estimated },
  });

const onFile = (id: string, approvalDate: string, overrides: Partial<Station> = {}): Station =>
  designatedStation(approvalDate, { id, name: `驿站${id}`, ...overrides });

const rectifyingUntil = (id: string, deadline: string): Station =>
  onFile(id, '2021-06-01', {
    status: 'rectifying',
    rectification: { items: '活动偏少', deadline, orderedOn: '2023-06-10' },
  });

const filing = (stationId: string, kind: 'plan' | 'summary', year: number, overrides: Partial<StationEvent> = {}) =>
  event(kind, `${year + (kind === 'summary' ? 1 : 0)}-01-15`, {
    stationId,
    details: { date: '', year: String(year) },
    ...overrides,
  });

describe('公示 reminders', () => {
  // 2025 National Day: 9-26 Fri, 9-28 Sun (调休), 9-29, 9-30, 10-09 are the five working days.
  const a = publicizing('A', '2025-09-26', '2025-10-09');

  it.each([
    ['2025-09-26', 4, '公示期至 2025-10-09，今天之后还有 4 个工作日'],
    ['2025-09-27', 4, '公示期至 2025-10-09，今天之后还有 4 个工作日'], // an ordinary Saturday
    ['2025-09-28', 3, '公示期至 2025-10-09，今天之后还有 3 个工作日'], // the 调休 Sunday
    ['2025-10-01', 1, '公示期至 2025-10-09，今天之后还有 1 个工作日'], // in the holiday
    ['2025-10-08', 1, '公示期至 2025-10-09，今天之后还有 1 个工作日'],
    ['2025-10-09', 0, '公示期今天（2025-10-09）届满，明天起可记录公布'],
  ] as const)('on %s: %i working day(s) left, not ended', (today, workingDaysLeft, message) => {
    expect(publicityReminder(a, today)).toEqual({
      id: 'A',
      name: '驿站A',
      district: 'HC',
      status: 'publicizing',
      message,
      start: '2025-09-26',
      end: '2025-10-09',
      estimated: false,
      workingDaysLeft,
      ended: false,
    });
  });

  it.each(['2025-10-10', '2025-11-30'])('on %s the period has ended and 公布 should be recorded', (today) => {
    expect(publicityReminder(a, today)).toMatchObject({
      workingDaysLeft: 0,
      ended: true,
      message: '公示期已于 2025-10-09 届满，请记录“核准公布并授牌”（异议成立的，记录“公示未通过”）',
    });
  });

  it('says when the period was counted Monday to Friday', () => {
    const estimated = publicizing('E', '2027-01-04', '2027-01-08', true);
    expect(publicityReminder(estimated, '2027-01-05')).toMatchObject({
      workingDaysLeft: 3,
      estimated: true,
      message: '公示期至 2027-01-08，今天之后还有 3 个工作日（当年节假日安排未公布，公示期按周一至周五估算）',
    });
  });

  it('is only for a live station 公示中', () => {
    expect(publicityReminder({ ...a, deleted: true }, '2025-09-30')).toBeNull();
    expect(publicityReminder({ ...a, status: 'designated' }, '2025-09-30')).toBeNull();
    expect(publicityReminder({ ...a, status: 'not-selected' }, '2025-09-30')).toBeNull();
  });
});

describe('evaluation reminders (within 60 days, overdue included)', () => {
  const TODAY = '2025-06-30';

  it('is 60 days', () => {
    expect(EVALUATION_REMINDER_DAYS).toBe(60);
  });

  it('shows an evaluation due in exactly 60 days', () => {
    // Designated 2023-08-29: due 2025-08-29, which is 31 (July) + 29 days after 2025-06-30.
    expect(evaluationReminder(onFile('A', '2023-08-29'), [], TODAY)).toEqual({
      id: 'A',
      name: '驿站A',
      district: 'HC',
      status: 'designated',
      message: '应于 2025-08-29 评估，还有 60 天',
      approvalDate: '2023-08-29',
      dueDate: '2025-08-29',
      daysLeft: 60,
    });
  });

  it('counts only the station’s own evaluations', () => {
    const elsewhere = [evaluationEvent('2025-06-01', { stationId: 'B' })];
    expect(evaluationReminder(onFile('A', '2023-08-29'), elsewhere, TODAY)?.dueDate).toBe('2025-08-29');
  });

  it('does not show one due in 61 days', () => {
    expect(evaluationReminder(onFile('A', '2023-08-30'), [], TODAY)).toBeNull();
  });

  it('shows one due today', () => {
    expect(evaluationReminder(onFile('A', '2023-06-30'), [], TODAY)).toMatchObject({
      dueDate: '2025-06-30',
      daysLeft: 0,
      message: '应于 2025-06-30 评估，今天到期',
    });
  });

  it('shows an overdue one with negative days, the second one after an evaluation', () => {
    const events = [evaluationEvent('2023-06-10', { stationId: 'A' })];
    expect(evaluationReminder(onFile('A', '2021-06-01'), events, TODAY)).toMatchObject({
      dueDate: '2025-06-01',
      daysLeft: -29,
      message: '应于 2025-06-01 评估，已逾期 29 天',
    });
  });

  it('for a station 整改中 says the rectification must be accepted first', () => {
    const events = [evaluationEvent('2023-07-20', { stationId: 'R', from: 'designated', to: 'rectifying' })];
    const rectifying = onFile('R', '2021-07-15', {
      status: 'rectifying',
      rectification: { items: '活动偏少', deadline: '2024-01-31', orderedOn: '2023-07-20' },
    });
    expect(evaluationReminder(rectifying, events, TODAY)).toMatchObject({
      status: 'rectifying',
      dueDate: '2025-07-15',
      daysLeft: 15,
      message: '应于 2025-07-15 评估，还有 15 天；整改验收合格后才能记录评估',
    });
  });

  it('shows nothing for a revoked, deleted or not yet designated station', () => {
    expect(
      evaluationReminder(onFile('A', '2023-07-01', { status: 'revoked', revokedOn: '2024-05-01' }), [], TODAY),
    ).toBeNull();
    expect(evaluationReminder(onFile('A', '2023-07-01', { deleted: true }), [], TODAY)).toBeNull();
    expect(evaluationReminder(publicizing('P', '2025-06-23', '2025-06-27'), [], TODAY)).toBeNull();
  });
});

describe('rectification reminders', () => {
  const TODAY = '2025-06-30';

  it.each([
    ['2026-06-30', 365, '整改期限至 2026-06-30，还有 365 天'],
    ['2025-07-31', 31, '整改期限至 2025-07-31，还有 31 天'],
    ['2025-06-30', 0, '整改期限今天（2025-06-30）届满'],
    ['2025-06-01', -29, '整改期限已于 2025-06-01 届满，请记录“整改验收合格”或“取消称号”'],
  ] as const)('with the deadline %s: %i days left', (deadline, daysLeft, message) => {
    expect(rectificationReminder(rectifyingUntil('R', deadline), TODAY)).toEqual({
      id: 'R',
      name: '驿站R',
      district: 'HC',
      status: 'rectifying',
      message,
      items: '活动偏少',
      orderedOn: '2023-06-10',
      deadline,
      daysLeft,
    });
  });

  it('shows nothing once accepted (已认定) or revoked', () => {
    expect(rectificationReminder({ ...rectifyingUntil('R', '2025-07-31'), status: 'designated' }, TODAY)).toBeNull();
    expect(rectificationReminder({ ...rectifyingUntil('R', '2025-07-31'), status: 'revoked' }, TODAY)).toBeNull();
  });
});

describe('yearly plan and summary reminders (due 31 January)', () => {
  const since2021 = onFile('A', '2021-06-01');
  const brief = (list: ReturnType<typeof reportReminders>) => list.map((r) => [r.kind, r.year, r.dueDate, r.daysLeft]);

  it('is the same 60-day window', () => {
    expect(REPORT_REMINDER_DAYS).toBe(60);
  });

  it('in January shows last year’s summary and this year’s plan', () => {
    expect(reportReminders(since2021, [], '2025-01-10')).toEqual([
      {
        id: 'A',
        name: '驿站A',
        district: 'HC',
        status: 'designated',
        message: '2024 年度工作总结应于 2025-01-31 前报送，还有 21 天',
        kind: 'summary',
        year: 2024,
        dueDate: '2025-01-31',
        daysLeft: 21,
      },
      {
        id: 'A',
        name: '驿站A',
        district: 'HC',
        status: 'designated',
        message: '2025 年度工作计划应于 2025-01-31 前报送，还有 21 天',
        kind: 'plan',
        year: 2025,
        dueDate: '2025-01-31',
        daysLeft: 21,
      },
    ]);
  });

  it('hides what is filed; a deleted filing or another year’s does not count', () => {
    const events = [
      filing('A', 'summary', 2024),
      filing('A', 'plan', 2025, { deleted: true }),
      filing('A', 'plan', 2024),
      filing('B', 'plan', 2025), // another station's
    ];
    expect(brief(reportReminders(since2021, events, '2025-01-10'))).toEqual([['plan', 2025, '2025-01-31', 21]]);
  });

  it('keeps an unfiled report as overdue for the rest of the year it was due in', () => {
    const list = reportReminders(since2021, [filing('A', 'plan', 2025)], '2025-03-01');
    expect(brief(list)).toEqual([['summary', 2024, '2025-01-31', -29]]);
    expect(list[0]?.message).toBe('2024 年度工作总结应于 2025-01-31 前报送，已逾期 29 天');
  });

  it('shows next January’s reports from exactly 60 days before (2 December), not 61', () => {
    const filedThisYear = [filing('A', 'summary', 2024), filing('A', 'plan', 2025)];
    expect(reportReminders(since2021, filedThisYear, '2025-12-01')).toEqual([]);
    expect(brief(reportReminders(since2021, filedThisYear, '2025-12-02'))).toEqual([
      ['summary', 2025, '2026-01-31', 60],
      ['plan', 2026, '2026-01-31', 60],
    ]);
  });

  it('drops last year’s unfiled reports at the new year', () => {
    expect(brief(reportReminders(since2021, [], '2026-01-01'))).toEqual([
      ['summary', 2025, '2026-01-31', 30],
      ['plan', 2026, '2026-01-31', 30],
    ]);
  });

  it('asks a summary of stations designated by 31 December, and a plan of those designated by 1 January', () => {
    expect(brief(reportReminders(onFile('A', '2024-12-31'), [], '2025-01-10'))).toEqual([
      ['summary', 2024, '2025-01-31', 21],
      ['plan', 2025, '2025-01-31', 21],
    ]);
    expect(brief(reportReminders(onFile('A', '2025-01-01'), [], '2025-01-10'))).toEqual([
      ['plan', 2025, '2025-01-31', 21],
    ]);
    expect(reportReminders(onFile('A', '2025-01-02'), [], '2025-01-20')).toEqual([]);
  });

  it('asks a station 整改中 too, and nothing of a revoked one', () => {
    expect(brief(reportReminders(rectifyingUntil('R', '2025-03-31'), [], '2025-01-10'))).toEqual([
      ['summary', 2024, '2025-01-31', 21],
      ['plan', 2025, '2025-01-31', 21],
    ]);
    expect(reportReminders(onFile('A', '2021-06-01', { status: 'revoked' }), [], '2025-01-10')).toEqual([]);
  });
});

describe('stationReminders', () => {
  const TODAY = '2025-06-30';

  it('sorts each list soonest first and ignores deleted stations and events', () => {
    const stations: Station[] = [
      publicizing('P2', '2025-06-30', '2025-07-04'),
      publicizing('P1', '2025-06-20', '2025-06-26'),
      onFile('E2', '2023-08-20'), // due 2025-08-20, 51 days
      onFile('E1', '2021-06-01'), // second evaluation due 2025-06-01 (one recorded), -29 days
      onFile('E3', '2023-08-20', { deleted: true }),
      onFile('E4', '2021-06-01'), // its evaluation is deleted: due 2023-06-01, -760 days
      rectifyingUntil('R2', '2025-09-30'),
      rectifyingUntil('R1', '2025-07-31'),
    ];
    const events = [
      evaluationEvent('2023-06-10', { stationId: 'E1' }),
      evaluationEvent('2023-06-10', { stationId: 'E4', deleted: true }),
      // This year's reports are filed (they would show as overdue otherwise; see the report tests).
      ...['E1', 'E2', 'E4', 'R1', 'R2'].flatMap((id) => [filing(id, 'summary', 2024), filing(id, 'plan', 2025)]),
    ];
    const lists = stationReminders({ stations, events, today: TODAY });
    expect(lists.publicity.map((r) => [r.id, r.end, r.ended, r.workingDaysLeft])).toEqual([
      ['P1', '2025-06-26', true, 0],
      ['P2', '2025-07-04', false, 4],
    ]);
    // R1 and R2 were designated 2021-06-01 with no evaluation recorded here: due 2023-06-01.
    expect(lists.evaluations.map((r) => [r.id, r.dueDate, r.daysLeft])).toEqual([
      ['E4', '2023-06-01', -760],
      ['R1', '2023-06-01', -760],
      ['R2', '2023-06-01', -760],
      ['E1', '2025-06-01', -29],
      ['E2', '2025-08-20', 51],
    ]);
    expect(lists.rectifications.map((r) => [r.id, r.deadline, r.daysLeft])).toEqual([
      ['R1', '2025-07-31', 31],
      ['R2', '2025-09-30', 92],
    ]);
    expect(lists.reports).toEqual([]);
    expect(stationReminderCount(lists)).toBe(9);
  });

  it('sorts reports by due date, then station name, then year', () => {
    const stations = [onFile('B', '2021-06-01'), onFile('A', '2021-06-01')];
    const events = [filing('B', 'summary', 2025)];
    const lists = stationReminders({ stations, events, today: '2025-12-15' });
    // 2025-01-31's reports are 318 days overdue; 2026-01-31's are 47 days away.
    expect(lists.reports.map((r) => [r.id, r.kind, r.year, r.daysLeft])).toEqual([
      ['A', 'summary', 2024, -318],
      ['A', 'plan', 2025, -318],
      ['B', 'summary', 2024, -318],
      ['B', 'plan', 2025, -318],
      ['A', 'summary', 2025, 47],
      ['A', 'plan', 2026, 47],
      ['B', 'plan', 2026, 47],
    ]);
  });

  it('shows nothing at all for a revoked station', () => {
    const revoked = onFile('X', '2021-06-01', {
      status: 'revoked',
      revokedOn: '2024-04-01',
      publicity: { start: '2021-05-10', end: '2021-05-14', estimated: false },
      rectification: { items: '活动偏少', deadline: '2024-03-31', orderedOn: '2023-06-10' },
    });
    const lists = stationReminders({ stations: [revoked], events: [], today: '2025-01-10' });
    expect(lists).toEqual({ publicity: [], evaluations: [], rectifications: [], reports: [] });
    expect(stationReminderCount(lists)).toBe(0);
  });
});
