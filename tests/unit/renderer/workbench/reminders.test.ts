import { describe, expect, it } from 'vitest';
import {
  checkWaitingDays,
  DEFAULT_WAITING_DAYS,
  dateInShanghai,
  expiringCard,
  type ReminderSubject,
  reminderCount,
  reminders,
  staleDraft,
  statusSince,
  WAITING_STATUSES,
  waitingApplication,
} from '../../../../src-shared/cards/reminders';
import type { ApplicationStatus } from '../../../../src-shared/cards/workflow';

/*
 * The 工作台's rules (src-shared/cards/reminders.ts), at their edges. Dates are
 * worked out by hand: a card issued 2025-03-01 runs to 2026-02-28 in its first
 * year, so on 2026-01-30 it has 30 days left (today included) and on
 * 2026-01-29 it has 31.
 */

function subject(overrides: Partial<ReminderSubject> = {}): ReminderSubject {
  return {
    id: 'a1',
    number: '2026HC-7F3K9Q-0001',
    status: 'issued',
    category: 'business-elite',
    updatedAt: '2026-01-01T02:00:00.000Z',
    deleted: false,
    applicant: { name: '张三' },
    card: { issuedOn: '2025-03-01', revokedOn: null },
    landing: null,
    ...overrides,
  };
}

describe('dateInShanghai', () => {
  it('takes the date in Weihai (UTC+8), not UTC, on both sides of midnight', () => {
    expect(dateInShanghai('2026-02-28T15:59:59.999Z')).toBe('2026-02-28');
    expect(dateInShanghai('2026-02-28T16:00:00.000Z')).toBe('2026-03-01');
    expect(dateInShanghai(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
  });
  it('refuses what is not an instant', () => {
    expect(() => dateInShanghai('not a date')).toThrow();
  });
});

describe('cards expiring within 30 days with no 落地/引进', () => {
  it('lists a card with exactly 30 days left, not one with 31', () => {
    expect(expiringCard(subject(), '2026-01-30')).toMatchObject({ daysLeft: 30, until: '2026-02-28', name: '张三' });
    expect(expiringCard(subject(), '2026-01-29')).toBeNull();
  });
  it('lists it on its last day (1 day left) and no longer once it has expired', () => {
    expect(expiringCard(subject(), '2026-02-28')).toMatchObject({ daysLeft: 1 });
    expect(expiringCard(subject(), '2026-03-01')).toBeNull();
  });
  it('leaves out cards whose project landed or talent was introduced, revoked cards, and deleted records', () => {
    const today = '2026-02-10';
    expect(expiringCard(subject(), today)).not.toBeNull();
    expect(expiringCard(subject({ landing: { date: '2025-09-01' } }), today)).toBeNull();
    expect(
      expiringCard(subject({ status: 'revoked', card: { issuedOn: '2025-03-01', revokedOn: '2026-01-05' } }), today),
    ).toBeNull();
    expect(expiringCard(subject({ card: { issuedOn: '2025-03-01', revokedOn: '2026-01-05' } }), today)).toBeNull();
    expect(expiringCard(subject({ deleted: true }), today)).toBeNull();
  });
  it('needs an issued card', () => {
    expect(expiringCard(subject({ status: 'card-made', card: null }), '2026-02-10')).toBeNull();
    expect(expiringCard(subject({ card: null }), '2026-02-10')).toBeNull();
  });
  it('treats a record without a category as 商务精英类', () => {
    const { category: _, ...old } = subject();
    expect(expiringCard(old, '2026-02-10')?.category).toBe('business-elite');
  });
});

describe('applications waiting at one step longer than N days', () => {
  // Entered 联合审核 at 10:00 in Weihai on 2026-03-01.
  const entered = '2026-03-01T02:00:00.000Z';
  const waiting = subject({ status: 'joint-audit', card: null, category: 'enterprise-talent' });

  it('lists it after N days, not at exactly N days', () => {
    expect(waitingApplication(waiting, entered, '2026-03-11', 10)).toBeNull();
    expect(waitingApplication(waiting, entered, '2026-03-12', 10)).toMatchObject({ days: 11, since: '2026-03-01' });
    expect(waitingApplication(waiting, entered, '2026-03-04', 2)).toMatchObject({ days: 3 });
    expect(waitingApplication(waiting, entered, '2026-03-03', 2)).toBeNull();
  });
  it('counts from the date in Weihai: 01:00 on 2 March there is still 1 March in UTC', () => {
    const late = '2026-03-01T17:00:00.000Z';
    expect(waitingApplication(waiting, late, '2026-03-12', 10)).toBeNull();
    expect(waitingApplication(waiting, late, '2026-03-13', 10)).toMatchObject({ since: '2026-03-02', days: 11 });
  });
  it('falls back to the last change when no event says when the status was entered', () => {
    const noEvent = subject({ status: 'awaiting-seal', card: null, updatedAt: '2026-03-01T02:00:00.000Z' });
    expect(waitingApplication(noEvent, null, '2026-03-12', 10)).toMatchObject({ days: 11, since: '2026-03-01' });
  });
  it('waits on someone at every listed status and at no other', () => {
    const all: ApplicationStatus[] = [
      'draft',
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
      'issued',
      'returned',
      'rejected',
      'withdrawn',
      'revoked',
    ];
    const listed = all.filter((status) => waitingApplication(subject({ status }), entered, '2027-01-01', 10) !== null);
    expect(listed).toEqual([...WAITING_STATUSES]);
    expect(listed).not.toContain('draft');
    expect(listed).not.toContain('issued');
    for (const end of ['rejected', 'withdrawn', 'revoked'] as const) expect(listed).not.toContain(end);
  });
  it('leaves out deleted records', () => {
    expect(waitingApplication({ ...waiting, deleted: true }, entered, '2027-01-01', 10)).toBeNull();
  });
});

describe('statusSince', () => {
  it('is the latest move into the status; repeating a step in place does not restart the count', () => {
    const events = [
      { createdAt: '2026-03-01T01:00:00.000Z', from: null, to: 'draft' as const },
      { createdAt: '2026-03-02T01:00:00.000Z', from: 'draft' as const, to: 'registered' as const },
      { createdAt: '2026-03-03T01:00:00.000Z', from: 'registered' as const, to: 'awaiting-seal' as const },
      // Printed again a week later: still waiting for the stamp since 3 March.
      { createdAt: '2026-03-10T01:00:00.000Z', from: 'awaiting-seal' as const, to: 'awaiting-seal' as const },
    ];
    expect(statusSince(events, 'awaiting-seal')).toBe('2026-03-03T01:00:00.000Z');
    expect(statusSince(events, 'sealed')).toBeNull();
  });
  it('takes the last time it came back to a status (returned and restarted)', () => {
    const events = [
      { createdAt: '2026-04-01T01:00:00.000Z', from: 'online-recorded' as const, to: 'district-recommended' as const },
      { createdAt: '2026-04-20T01:00:00.000Z', from: 'joint-audit' as const, to: 'returned' as const },
      { createdAt: '2026-04-25T01:00:00.000Z', from: 'returned' as const, to: 'online-recorded' as const },
      { createdAt: '2026-04-28T01:00:00.000Z', from: 'online-recorded' as const, to: 'district-recommended' as const },
    ];
    // Events may arrive out of order from sync: the latest instant wins.
    expect(statusSince([...events].reverse(), 'district-recommended')).toBe('2026-04-28T01:00:00.000Z');
  });
});

describe('drafts older than 7 days', () => {
  const draft = subject({ status: 'draft', card: null, updatedAt: '2026-03-01T02:00:00.000Z' });
  it('lists a draft last changed 8 days ago, not one changed exactly 7 days ago', () => {
    expect(staleDraft(draft, '2026-03-08')).toBeNull();
    expect(staleDraft(draft, '2026-03-09')).toMatchObject({ days: 8, lastChanged: '2026-03-01' });
  });
  it('is only about drafts', () => {
    expect(staleDraft({ ...draft, status: 'registered' }, '2026-04-01')).toBeNull();
    expect(staleDraft({ ...draft, deleted: true }, '2026-04-01')).toBeNull();
  });
});

describe('reminders', () => {
  it('sorts each list by urgency and counts them all for the navigation badge', () => {
    const lists = reminders({
      applications: [
        subject({ id: 'c1', number: 'N-1', card: { issuedOn: '2025-03-10', revokedOn: null } }),
        subject({ id: 'c2', number: 'N-2' }),
        subject({ id: 'w1', number: 'N-3', status: 'submitted', card: null }),
        subject({ id: 'w2', number: 'N-4', status: 'city-window', card: null }),
        subject({ id: 'd1', number: 'N-5', status: 'draft', card: null, updatedAt: '2026-01-20T02:00:00.000Z' }),
        subject({ id: 'x', number: 'N-6', status: 'withdrawn', card: null }),
      ],
      enteredAt: new Map([
        ['w1', '2026-01-25T02:00:00.000Z'],
        ['w2', '2026-01-10T02:00:00.000Z'],
      ]),
      today: '2026-02-20',
      waitingDays: DEFAULT_WAITING_DAYS,
    });
    expect(lists.expiring.map((card) => [card.id, card.daysLeft])).toEqual([
      ['c2', 9],
      ['c1', 18],
    ]);
    expect(lists.waiting.map((item) => [item.id, item.days])).toEqual([
      ['w2', 41],
      ['w1', 26],
    ]);
    expect(lists.staleDrafts.map((item) => [item.id, item.days])).toEqual([['d1', 31]]);
    expect(reminderCount(lists)).toBe(5);
  });
});

describe('checkWaitingDays', () => {
  it('takes whole days from 1 to 365 and says why anything else is refused', () => {
    expect(checkWaitingDays('10')).toEqual({ ok: true, value: 10 });
    expect(checkWaitingDays(1)).toEqual({ ok: true, value: 1 });
    expect(checkWaitingDays(365)).toEqual({ ok: true, value: 365 });
    expect(checkWaitingDays('')).toEqual({ ok: false, message: '请填写停留天数' });
    for (const bad of [0, 366, 2.5, 'abc', -3]) {
      expect(checkWaitingDays(bad)).toEqual({ ok: false, message: '停留天数须为 1 到 365 之间的整数' });
    }
  });
});
