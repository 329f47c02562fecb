import type { CardValidity } from '../../src-shared/cards/validity';
import type { ApplicationStatus, CardCategory } from '../../src-shared/cards/workflow';

/** Cards by when they run out: within 30 or 90 days (still valid), or already expired. */
export type ExpiryWindow = 'within-30' | 'within-90' | 'expired';

export const EXPIRY_LABELS: Record<ExpiryWindow, string> = {
  'within-30': '30 天内到期',
  'within-90': '90 天内到期',
  expired: '已过期',
};

const WINDOW_DAYS: Record<Exclude<ExpiryWindow, 'expired'>, number> = { 'within-30': 30, 'within-90': 90 };

/** The list's filters; '' means any. */
export interface CardFilters {
  category: CardCategory | '';
  status: ApplicationStatus | '';
  district: string;
  expiry: ExpiryWindow | '';
}

export const NO_CARD_FILTERS: CardFilters = { category: '', status: '', district: '', expiry: '' };

/** What the filters look at. */
export interface FilterableCard {
  category: CardCategory;
  status: ApplicationStatus;
  district: string;
  validity: CardValidity | null;
}

function inWindow(validity: CardValidity | null, expiry: ExpiryWindow): boolean {
  if (!validity) return false;
  if (expiry === 'expired') return validity.state === 'expired';
  // daysLeft counts today: a card valid through today has 1 day left, and is within any window.
  return validity.state === 'valid' && validity.daysLeft <= WINDOW_DAYS[expiry];
}

export function matchesCardFilters(card: FilterableCard, filters: CardFilters): boolean {
  return (
    (!filters.category || card.category === filters.category) &&
    (!filters.status || card.status === filters.status) &&
    (!filters.district || card.district === filters.district) &&
    (!filters.expiry || inWindow(card.validity, filters.expiry))
  );
}

/** The cards the filters let through, in their order. */
export function filterCards<T extends FilterableCard>(cards: readonly T[], filters: CardFilters): T[] {
  return cards.filter((card) => matchesCardFilters(card, filters));
}
