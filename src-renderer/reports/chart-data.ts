import { CATEGORIES, type CardReport } from '../../src-shared/cards/report';
import { CATEGORY_LABELS, type CardCategory } from '../../src-shared/cards/workflow';
import { DISTRICTS, districtByCode } from '../../src-shared/codes/districts';

/** One bar: its axis label and a count per category. */
export type ChartPoint = { label: string } & Record<CardCategory, number>;

export const CHART_SERIES = CATEGORIES.map((category, index) => ({
  name: category,
  label: CATEGORY_LABELS[category],
  color: index === 0 ? 'blue.6' : 'teal.6',
}));

function points<K extends string>(
  report: CardReport,
  keys: readonly K[],
  keyOf: (cell: CardReport['cells'][number]) => K,
  label: (key: K) => string,
): ChartPoint[] {
  const bars = new Map<K, ChartPoint>();
  const bar = (key: K) => {
    let point = bars.get(key);
    if (!point) {
      point = { label: label(key), 'business-elite': 0, 'enterprise-talent': 0 };
      bars.set(key, point);
    }
    return point;
  };
  for (const key of keys) bar(key);
  for (const cell of report.cells) bar(keyOf(cell))[cell.category] += cell.count;
  return [...bars.values()];
}

/** A bar per month of the range, stacked by category. */
export function monthPoints(report: CardReport): ChartPoint[] {
  return points(
    report,
    report.months,
    (cell) => cell.month,
    (month) => month,
  );
}

/** A bar per district with applications (short names, to fit the axis), stacked by category. */
export function districtPoints(report: CardReport): ChartPoint[] {
  const used = new Set(report.cells.map((cell) => cell.district));
  const known = DISTRICTS.map((district) => district.code).filter((code) => used.has(code));
  const others = [...used].filter((code) => !districtByCode(code)).sort();
  return points(
    report,
    [...known, ...others],
    (cell) => cell.district,
    (code) => districtByCode(code)?.shortLabel ?? `其他（${code || '未填'}）`,
  );
}
