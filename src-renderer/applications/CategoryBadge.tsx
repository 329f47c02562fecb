import { Badge } from '@mantine/core';
import type { CardCategory } from '../../src-shared/cards/workflow';
import { CATEGORY_COLORS, CATEGORY_LABELS } from './category-labels';

/** 商务精英类 / 名企优才类; records from before 名企优才类 have no category and are 商务精英类. */
export function CategoryBadge({ category }: { category: CardCategory | undefined }) {
  const known = category ?? 'business-elite';
  return (
    <Badge
      variant="outline"
      color={CATEGORY_COLORS[known]}
      size="sm"
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {CATEGORY_LABELS[known]}
    </Badge>
  );
}
