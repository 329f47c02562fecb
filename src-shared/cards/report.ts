import { DISTRICTS, districtByCode } from '../codes/districts';
import type { Application } from '../registration/application';
import { dateInShanghai } from './reminders';
import { type ApplicationStatus, CATEGORY_LABELS, type CardCategory, STATUS_LABELS } from './workflow';

/**
 * 统计报表: applications counted by category × status × district × month.
 * The month is the month the application was made (its `createdAt`, in
 * Weihai's time); the status is where it stands now. Deleted records are not
 * counted. Pure: the page and the Excel export both read what this returns.
 */

/** The fields the report reads; any Application has them. */
export type ReportSubject = Pick<Application, 'status' | 'district' | 'createdAt' | 'deleted'> & {
  /** Absent on records made before 名企优才类 existed: those are 商务精英类. */
  category?: CardCategory;
};

/** Months as "YYYY-MM", both ends included; null leaves that end open. */
export interface MonthRange {
  from: string | null;
  to: string | null;
}

export interface ReportCell {
  month: string;
  district: string;
  category: CardCategory;
  status: ApplicationStatus;
  count: number;
}

export interface CardReport {
  /** Every month from the first to the last of the range (or of the data, for an open end). */
  months: string[];
  /** The non-zero counts, by month, then district, category and status in their lists' order. */
  cells: ReportCell[];
  total: number;
  /** Records whose `createdAt` is not a readable instant: not counted, but said. */
  unreadable: number;
}

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as CardCategory[];
export const STATUSES = Object.keys(STATUS_LABELS) as ApplicationStatus[];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month ("YYYY-MM") an instant fell in, in Weihai; null when it is not an instant. */
export function monthInShanghai(instant: string): string | null {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? null : dateInShanghai(date).slice(0, 7);
}

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
export function monthsBetween(from: string, to: string): string[] {
  if (!isMonth(from) || !isMonth(to)) throw new Error(`not a month range: ${from}–${to}`);
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let key = from; key <= to; ) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

const districtOrder = (code: string) => {
  const index = DISTRICTS.findIndex((district) => district.code === code);
  return index === -1 ? DISTRICTS.length : index;
};

function compareCells(a: ReportCell, b: ReportCell): number {
  return (
    a.month.localeCompare(b.month) ||
    districtOrder(a.district) - districtOrder(b.district) ||
    a.district.localeCompare(b.district) ||
    CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
    STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status)
  );
}

export function buildReport(applications: Iterable<ReportSubject>, range: MonthRange): CardReport {
  const counts = new Map<string, ReportCell>();
  let unreadable = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const application of applications) {
    if (application.deleted) continue;
    const month = monthInShanghai(application.createdAt);
    if (month === null) {
      unreadable += 1;
      continue;
    }
    if ((range.from && month < range.from) || (range.to && month > range.to)) continue;
    const category = application.category ?? 'business-elite';
    const key = `${month}|${application.district}|${category}|${application.status}`;
    const cell = counts.get(key);
    if (cell) cell.count += 1;
    else counts.set(key, { month, district: application.district, category, status: application.status, count: 1 });
    if (first === null || month < first) first = month;
    if (last === null || month > last) last = month;
  }
  const from = range.from ?? first;
  const to = range.to ?? last;
  const cells = [...counts.values()].sort(compareCells);
  return {
    months: from && to ? monthsBetween(from, to) : [],
    cells,
    total: cells.reduce((sum, cell) => sum + cell.count, 0),
    unreadable,
  };
}

/** The months the report covers, as people say it ("2026-01 至 2026-06"). */
export function rangeLabel(report: CardReport): string {
  const first = report.months[0];
  const last = report.months[report.months.length - 1];
  if (!first || !last) return '无数据';
  return first === last ? first : `${first} 至 ${last}`;
}

/** The district's name as staff read it; a code not in the list is shown as it is. */
export function districtLabel(code: string): string {
  return districtByCode(code)?.label ?? `其他（${code || '未填'}）`;
}

/** One table of the report: its name (the Excel sheet's), Chinese headers, rows of labels then counts. */
export interface ReportTable {
  name: string;
  headers: string[];
  /** How many leading columns are labels; the rest are counts. */
  labelColumns: number;
  rows: (string | number)[][];
  /** The last row is 合计, the sum of the rows above. */
  hasTotalRow: boolean;
}

export const TOTAL_LABEL = '合计';

/** Rows of `keys` × category counts, with a 合计 column and a 合计 row. */
function byCategory<K extends string>(
  report: CardReport,
  keys: readonly K[],
  keyOf: (cell: ReportCell) => K,
  label: (key: K) => string,
): (string | number)[][] {
  const zero = () => Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<CardCategory, number>;
  const counts = new Map<K, Record<CardCategory, number>>(keys.map((key) => [key, zero()]));
  const totals = zero();
  for (const cell of report.cells) {
    const key = keyOf(cell);
    const row = counts.get(key) ?? zero();
    row[cell.category] += cell.count;
    totals[cell.category] += cell.count;
    counts.set(key, row);
  }
  const line = (name: string, row: Record<CardCategory, number>) => {
    const values = CATEGORIES.map((category) => row[category]);
    return [name, ...values, values.reduce((a, b) => a + b, 0)];
  };
  const rows = [...counts].map(([key, row]) => line(label(key), row));
  return [...rows, line(TOTAL_LABEL, totals)];
}

const categoryHeaders = () => [...CATEGORIES.map((category) => CATEGORY_LABELS[category]), TOTAL_LABEL];

/**
 * The report's tables, in the order of the workbook's sheets:
 * 按类别与状态 (every status, both categories), 按区市 (every district, then any
 * other code found), 按月份 (every month of the range) and 明细 (each non-zero
 * combination of month, district, category and status).
 */
export function reportTables(report: CardReport): ReportTable[] {
  const otherDistricts = [...new Set(report.cells.map((cell) => cell.district))]
    .filter((code) => !districtByCode(code))
    .sort();
  return [
    {
      name: '按类别与状态',
      headers: ['状态', ...categoryHeaders()],
      labelColumns: 1,
      rows: byCategory(
        report,
        STATUSES,
        (cell) => cell.status,
        (status) => STATUS_LABELS[status],
      ),
      hasTotalRow: true,
    },
    {
      name: '按区市',
      headers: ['区市', ...categoryHeaders()],
      labelColumns: 1,
      rows: byCategory(
        report,
        [...DISTRICTS.map((district) => district.code), ...otherDistricts],
        (cell) => cell.district,
        districtLabel,
      ),
      hasTotalRow: true,
    },
    {
      name: '按月份',
      headers: ['月份', ...categoryHeaders()],
      labelColumns: 1,
      rows: byCategory(
        report,
        report.months,
        (cell) => cell.month,
        (month) => month,
      ),
      hasTotalRow: true,
    },
    {
      name: '明细',
      headers: ['月份', '区市', '类别', '状态', '数量'],
      labelColumns: 4,
      rows: report.cells.map((cell) => [
        cell.month,
        districtLabel(cell.district),
        CATEGORY_LABELS[cell.category],
        STATUS_LABELS[cell.status],
        cell.count,
      ]),
      hasTotalRow: false,
    },
  ];
}
