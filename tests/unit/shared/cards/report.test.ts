import { describe, expect, it } from 'vitest';
import {
  buildReport,
  districtLabel,
  monthInShanghai,
  monthsBetween,
  type ReportSubject,
  rangeLabel,
  reportTables,
} from '../../../../src-shared/cards/report';

const subject = (
  createdAt: string,
  district: string,
  status: ReportSubject['status'],
  category?: ReportSubject['category'],
  deleted = false,
): ReportSubject => ({ createdAt, district, status, category, deleted });

describe('months', () => {
  it('takes the month in Weihai: 31 January 16:00 UTC is already February there', () => {
    expect(monthInShanghai('2026-01-31T15:59:59.000Z')).toBe('2026-01');
    expect(monthInShanghai('2026-01-31T16:00:00.000Z')).toBe('2026-02');
    expect(monthInShanghai('2025-12-31T16:00:00.000Z')).toBe('2026-01');
    expect(monthInShanghai('garbage')).toBeNull();
  });
  it('lists every month of a range across a new year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
    expect(() => monthsBetween('2026-13', '2027-01')).toThrow();
  });
});

const applications: ReportSubject[] = [
  subject('2026-01-05T02:00:00.000Z', 'HC', 'draft'), // no category: 商务精英类
  subject('2026-01-06T02:00:00.000Z', 'HC', 'draft', 'business-elite'),
  subject('2026-01-31T16:30:00.000Z', 'WD', 'issued', 'business-elite'), // February in Weihai
  subject('2026-02-10T02:00:00.000Z', 'WD', 'joint-audit', 'enterprise-talent'),
  subject('2026-04-10T02:00:00.000Z', 'GX', 'issued', 'enterprise-talent'),
  subject('2026-04-11T02:00:00.000Z', 'XX', 'returned', 'enterprise-talent'), // a code not in the list
  subject('2026-04-12T02:00:00.000Z', 'HC', 'issued', 'business-elite', true), // deleted: never counted
];

describe('buildReport', () => {
  it('counts by month × district × category × status, skipping deleted records', () => {
    const report = buildReport(applications, { from: null, to: null });
    expect(report.total).toBe(6);
    expect(report.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(report.cells).toEqual([
      { month: '2026-01', district: 'HC', category: 'business-elite', status: 'draft', count: 2 },
      { month: '2026-02', district: 'WD', category: 'business-elite', status: 'issued', count: 1 },
      { month: '2026-02', district: 'WD', category: 'enterprise-talent', status: 'joint-audit', count: 1 },
      { month: '2026-04', district: 'GX', category: 'enterprise-talent', status: 'issued', count: 1 },
      { month: '2026-04', district: 'XX', category: 'enterprise-talent', status: 'returned', count: 1 },
    ]);
  });
  it('keeps to the month range, both ends included, and lists its months even when empty', () => {
    const report = buildReport(applications, { from: '2026-02', to: '2026-05' });
    expect(report.total).toBe(4);
    expect(report.months).toEqual(['2026-02', '2026-03', '2026-04', '2026-05']);
    expect(buildReport(applications, { from: '2026-02', to: '2026-02' }).total).toBe(2);
    expect(buildReport(applications, { from: null, to: '2026-01' }).months).toEqual(['2026-01']);
    const none = buildReport(applications, { from: '2027-01', to: '2027-02' });
    expect(none).toMatchObject({ total: 0, cells: [], months: ['2027-01', '2027-02'] });
    expect(buildReport([], { from: null, to: null })).toMatchObject({ total: 0, months: [] });
  });
  it('says how many records have an unreadable date instead of failing', () => {
    const report = buildReport([...applications, subject('', 'HC', 'draft')], { from: null, to: null });
    expect(report).toMatchObject({ total: 6, unreadable: 1 });
  });
});

describe('reportTables', () => {
  const report = buildReport(applications, { from: null, to: null });
  const tables = reportTables(report);
  const table = (name: string) => {
    const found = tables.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  };
  const row = (name: string, label: string) => table(name).rows.find((cells) => cells[0] === label);

  it('has the four sheets with Chinese headers', () => {
    expect(tables.map((t) => [t.name, t.headers])).toEqual([
      ['按类别与状态', ['状态', '商务精英类', '名企优才类', '合计']],
      ['按区市', ['区市', '商务精英类', '名企优才类', '合计']],
      ['按月份', ['月份', '商务精英类', '名企优才类', '合计']],
      ['明细', ['月份', '区市', '类别', '状态', '数量']],
    ]);
  });
  it('按类别与状态: every status, with row and column totals', () => {
    const rows = table('按类别与状态').rows;
    expect(rows).toHaveLength(18 + 1);
    expect(row('按类别与状态', '草稿')).toEqual(['草稿', 2, 0, 2]);
    expect(row('按类别与状态', '已发放')).toEqual(['已发放', 1, 1, 2]);
    expect(row('按类别与状态', '联合审核')).toEqual(['联合审核', 0, 1, 1]);
    expect(row('按类别与状态', '已注销')).toEqual(['已注销', 0, 0, 0]);
    expect(rows.at(-1)).toEqual(['合计', 3, 3, 6]);
  });
  it('按区市: every district in the official order, then codes not in the list', () => {
    const rows = table('按区市').rows;
    expect(rows.map((cells) => cells[0])).toEqual([
      '环翠区',
      '文登区',
      '荣成市',
      '乳山市',
      '火炬高技术产业开发区',
      '经济技术开发区',
      '临港经济技术开发区',
      '南海新区',
      '综合保税区',
      '市级（市直）',
      '其他（XX）',
      '合计',
    ]);
    expect(row('按区市', '文登区')).toEqual(['文登区', 1, 1, 2]);
    expect(row('按区市', '其他（XX）')).toEqual(['其他（XX）', 0, 1, 1]);
    expect(rows.at(-1)).toEqual(['合计', 3, 3, 6]);
  });
  it('按月份: every month of the range, empty months as 0', () => {
    expect(table('按月份').rows).toEqual([
      ['2026-01', 2, 0, 2],
      ['2026-02', 1, 1, 2],
      ['2026-03', 0, 0, 0],
      ['2026-04', 0, 2, 2],
      ['合计', 3, 3, 6],
    ]);
  });
  it('明细: one row per non-zero combination, in labels', () => {
    expect(table('明细').rows).toEqual([
      ['2026-01', '环翠区', '商务精英类', '草稿', 2],
      ['2026-02', '文登区', '商务精英类', '已发放', 1],
      ['2026-02', '文登区', '名企优才类', '联合审核', 1],
      ['2026-04', '火炬高技术产业开发区', '名企优才类', '已发放', 1],
      ['2026-04', '其他（XX）', '名企优才类', '退回补正', 1],
    ]);
  });
  it('labels', () => {
    expect(districtLabel('RC')).toBe('荣成市');
    expect(districtLabel('')).toBe('其他（未填）');
    expect(rangeLabel(report)).toBe('2026-01 至 2026-04');
    expect(rangeLabel(buildReport([], { from: null, to: null }))).toBe('无数据');
  });
});
