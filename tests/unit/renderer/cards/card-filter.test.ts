import { describe, expect, it } from 'vitest';
import type { FilterableCard } from '../../../../src-renderer/cards/card-filter';
import { type CardFilters, filterCards, NO_CARD_FILTERS } from '../../../../src-renderer/cards/card-filter';
import { validityOf } from '../../../../src-renderer/store/cards';

const TODAY = '2026-11-23';

function card(
  name: string,
  fields: Partial<FilterableCard> & { issuedOn?: string; landedOn?: string; revokedOn?: string },
): FilterableCard & { name: string } {
  const { issuedOn, landedOn, revokedOn, ...rest } = fields;
  const validity = issuedOn
    ? validityOf(
        {
          card: { number: name, issuedOn, revokedOn: revokedOn ?? null, revokeReason: revokedOn ? '离职' : null },
          landing: landedOn ? { date: landedOn, evidence: ['x'], note: '' } : null,
        },
        TODAY,
      )
    : null;
  return {
    name,
    category: 'business-elite',
    status: issuedOn ? (revokedOn ? 'revoked' : 'issued') : 'submitted',
    district: 'HC',
    validity,
    ...rest,
  };
}

const CARDS = [
  card('报送中', {}),
  card('名企审核中', { category: 'enterprise-talent', status: 'joint-audit', district: 'WD' }),
  // Issued 2025-12-10: the first year runs to 2026-12-09, 17 days from today (today counts).
  card('月内到期', { issuedOn: '2025-12-10' }),
  // The last day is today: still valid, and due within any window.
  card('今天到期', { issuedOn: '2025-11-24', district: 'RC' }),
  // Runs to 2027-01-31: 70 days.
  card('两月内到期', { issuedOn: '2026-02-01', category: 'enterprise-talent' }),
  card('已过期', { issuedOn: '2025-11-23' }),
  // Expired after its first year, but landed: five years from issue.
  card('落地延长', { issuedOn: '2024-02-29', landedOn: '2024-10-08' }),
  card('已注销', { issuedOn: '2026-01-01', revokedOn: '2026-06-01' }),
];

const names = (filters: Partial<CardFilters>) =>
  filterCards(CARDS, { ...NO_CARD_FILTERS, ...filters }).map((c) => c.name);

describe('the card list filters', () => {
  it('lets everything through when nothing is chosen, in the given order', () => {
    expect(names({})).toEqual(CARDS.map((c) => c.name));
  });

  it('filters by category, status and district', () => {
    expect(names({ category: 'enterprise-talent' })).toEqual(['名企审核中', '两月内到期']);
    expect(names({ status: 'revoked' })).toEqual(['已注销']);
    expect(names({ status: 'issued', district: 'RC' })).toEqual(['今天到期']);
    expect(names({ district: 'WD', category: 'business-elite' })).toEqual([]);
  });

  it('finds valid cards running out within 30 or 90 days, today counting as a day', () => {
    expect(names({ expiry: 'within-30' })).toEqual(['月内到期', '今天到期']);
    expect(names({ expiry: 'within-90' })).toEqual(['月内到期', '今天到期', '两月内到期']);
  });

  it('finds expired cards, but not landed ones extended to five years nor revoked ones', () => {
    expect(names({ expiry: 'expired' })).toEqual(['已过期']);
    const landed = CARDS.find((c) => c.name === '落地延长');
    expect(landed?.validity).toMatchObject({ state: 'valid', until: '2029-02-28' });
  });

  it('leaves cards not yet issued out of every expiry window', () => {
    for (const expiry of ['within-30', 'within-90', 'expired'] as const) {
      expect(names({ expiry })).not.toContain('报送中');
    }
  });

  it('combines filters', () => {
    expect(names({ category: 'business-elite', expiry: 'within-90', district: 'HC' })).toEqual(['月内到期']);
  });
});
