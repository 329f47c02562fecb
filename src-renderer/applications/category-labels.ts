import type { CardCategory } from '../../src-shared/cards/workflow';

export { CATEGORY_LABELS } from '../../src-shared/cards/workflow';

/** One colour per category, the same in every list. */
export const CATEGORY_COLORS: Record<CardCategory, string> = {
  'business-elite': 'blue',
  'enterprise-talent': 'grape',
};
