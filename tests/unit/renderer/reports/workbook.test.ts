import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../../../src-renderer/reports/load-report';
import { reportWorkbook, workbookFileName } from '../../../../src-renderer/reports/workbook';
import { createDraft, saveApplication, setStatus } from '../../../../src-renderer/store/applications';
import type { ApplicationRow, TalentCardDb } from '../../../../src-renderer/store/db';
import type { Actor } from '../../../../src-renderer/store/device';
import type { MonthRange } from '../../../../src-shared/cards/report';
import {
  type ApplicationStatus,
  CATEGORY_LABELS,
  type CardCategory,
  STATUS_LABELS,
} from '../../../../src-shared/cards/workflow';
import { DISTRICTS } from '../../../../src-shared/codes/districts';
import { actor, freshDb } from '../store/helpers';

/*
 * The must-show check of 导出 Excel: a store seeded through the store's own
 * functions, the report built from the store, the workbook's bytes written
 * by src-renderer/reports/workbook.ts — then the bytes OPENED again with
 * exceljs (reading, a separate path from writing) and every number of every
 * sheet compared with counts the test makes itself from the stored rows.
 * The test's counts share nothing with src-shared/cards/report.ts: the month
 * is taken by adding 8 hours (Weihai has no daylight saving) and the labels
 * straight from the code lists.
 */

const windowOf = (districtCode: string, staffName: string): Actor => ({ ...actor, districtCode, staffName });
const HC = actor;
const WD = windowOf('WD', '李窗口');
const GX = windowOf('GX', '赵窗口');
const CITY = windowOf('SJ', '市窗口');

interface Seed {
  by: Actor;
  /** When the application was made (its createdAt). */
  at: string;
  name: string;
  category: CardCategory;
  /** The statuses it went through after 草稿, each a day apart. */
  path: ApplicationStatus[];
}

const BUSINESS_TO_ISSUED: ApplicationStatus[] = [
  'registered',
  'awaiting-seal',
  'sealed',
  'submitted',
  'joint-review',
  'talent-office',
  'approved',
  'card-made',
  'issued',
];

const SEEDS: Seed[] = [
  { by: HC, at: '2025-11-03T01:00:00.000Z', name: '张一', category: 'business-elite', path: BUSINESS_TO_ISSUED },
  { by: HC, at: '2025-11-20T01:00:00.000Z', name: '张二', category: 'business-elite', path: ['registered'] },
  { by: HC, at: '2025-11-21T01:00:00.000Z', name: '张三', category: 'business-elite', path: [] },
  { by: WD, at: '2025-12-02T01:00:00.000Z', name: '李一', category: 'business-elite', path: ['withdrawn'] },
  {
    by: WD,
    at: '2025-12-15T01:00:00.000Z',
    name: '李二',
    category: 'enterprise-talent',
    path: ['online-recorded', 'district-recommended', 'city-window', 'joint-audit'],
  },
  // 23:30 on 31 December in UTC is 07:30 on 1 January in Weihai: a January application.
  {
    by: WD,
    at: '2025-12-31T23:30:00.000Z',
    name: '李三',
    category: 'enterprise-talent',
    path: ['online-recorded', 'district-recommended', 'city-window', 'joint-audit', 'approved', 'card-made', 'issued'],
  },
  // 16:30 on 31 January in UTC is 00:30 on 1 February in Weihai.
  { by: GX, at: '2026-01-31T16:30:00.000Z', name: '赵一', category: 'enterprise-talent', path: ['online-recorded'] },
  {
    by: GX,
    at: '2026-01-10T01:00:00.000Z',
    name: '赵二',
    category: 'enterprise-talent',
    path: ['online-recorded', 'district-recommended', 'city-window', 'joint-audit', 'returned'],
  },
  {
    by: GX,
    at: '2026-02-14T01:00:00.000Z',
    name: '赵三',
    category: 'business-elite',
    path: ['registered', 'awaiting-seal', 'sealed', 'submitted', 'joint-review', 'rejected'],
  },
  { by: CITY, at: '2026-02-20T01:00:00.000Z', name: '市一', category: 'business-elite', path: BUSINESS_TO_ISSUED },
  {
    by: CITY,
    at: '2026-03-01T01:00:00.000Z',
    name: '市二',
    category: 'business-elite',
    path: [...BUSINESS_TO_ISSUED, 'revoked'],
  },
  { by: CITY, at: '2026-03-05T01:00:00.000Z', name: '市三', category: 'enterprise-talent', path: [] },
  { by: HC, at: '2026-03-09T01:00:00.000Z', name: '张四', category: 'enterprise-talent', path: ['online-recorded'] },
  { by: HC, at: '2026-03-10T01:00:00.000Z', name: '张五', category: 'business-elite', path: ['registered'] },
  // Made in April and deleted on another device: the tombstone is in the store and must not be counted.
  { by: HC, at: '2026-04-02T01:00:00.000Z', name: '张六', category: 'business-elite', path: ['registered'] },
];

const DAY = 86_400_000;
let db: TalentCardDb;

async function seed(): Promise<void> {
  for (const entry of SEEDS) {
    const made = new Date(entry.at);
    const draft = await createDraft(db, entry.by, made, entry.category);
    const saved = await saveApplication(
      db,
      entry.by,
      { ...draft, category: entry.category, applicant: { ...draft.applicant, name: entry.name } },
      new Date(made.getTime() + 60_000),
    );
    if (!saved.ok) throw new Error(saved.message);
    for (const [index, status] of entry.path.entries()) {
      const at = new Date(made.getTime() + (index + 1) * DAY);
      const card =
        status === 'issued'
          ? {
              card: {
                number: `WH-${entry.name}`,
                issuedOn: at.toISOString().slice(0, 10),
                revokedOn: null,
                revokeReason: null,
              },
            }
          : {};
      const moved = await setStatus(db, entry.by, draft.id, status, '测试', at, card);
      if (!moved.ok) throw new Error(moved.message);
    }
  }
  // The one direct write: a tombstone as sync leaves it (no store function deletes an application).
  const gone = (await db.applications.toArray()).find((row) => row.applicant.name === '张六');
  if (!gone) throw new Error('张六 was not seeded');
  await db.applications.update(gone.id, { deleted: true });
}

/* ---- The test's own counting, straight from the stored rows. ---- */

const monthOf = (instant: string) => new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 7);
const districtName = (code: string) => DISTRICTS.find((district) => district.code === code)?.label ?? code;
const categoryOf = (row: ApplicationRow): CardCategory =>
  (row.category as CardCategory | undefined) ?? 'business-elite';

async function storeRows(range: MonthRange): Promise<ApplicationRow[]> {
  const rows = await db.applications.toArray();
  return rows.filter((row) => {
    const month = monthOf(row.createdAt);
    return !row.deleted && (!range.from || month >= range.from) && (!range.to || month <= range.to);
  });
}

/* ---- Reading the workbook back. ---- */

type Cell = string | number | null;

async function openWorkbook(bytes: Uint8Array): Promise<Map<string, Cell[][]>> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's reader takes a Buffer-like value; a fresh ArrayBuffer copy keeps it from sharing the writer's bytes.
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const sheets = new Map<string, Cell[][]>();
  workbook.eachSheet((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: Cell[] = [];
      for (let column = 1; column <= sheet.columnCount; column++) {
        const value = row.getCell(column).value;
        if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
          throw new Error(
            `sheet ${sheet.name} row ${row.number} column ${column}: unexpected ${JSON.stringify(value)}`,
          );
        }
        cells.push(value);
      }
      rows.push(cells);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

function sheet(sheets: Map<string, Cell[][]>, name: string): { header: Cell[]; body: Cell[][] } {
  const rows = sheets.get(name);
  if (!rows) throw new Error(`the workbook has no sheet ${name}`);
  const [header = [], ...body] = rows;
  return { header, body };
}

const CATEGORY_COLUMNS: CardCategory[] = ['business-elite', 'enterprise-talent'];

/** Checks a sheet of label × (商务精英类, 名企优才类, 合计) against the store, every number, and its 合计 row. */
function checkCategoryColumns(
  body: Cell[][],
  rows: ApplicationRow[],
  labelOf: (row: ApplicationRow) => string,
  expectedLabels: string[],
): void {
  expect(body.map((cells) => cells[0])).toEqual([...expectedLabels, '合计']);
  for (const cells of body) {
    const label = cells[0];
    const counted = label === '合计' ? rows : rows.filter((row) => labelOf(row) === label);
    const expected = [
      ...CATEGORY_COLUMNS.map((category) => counted.filter((row) => categoryOf(row) === category).length),
      counted.length,
    ];
    expect({ label, counts: cells.slice(1) }).toEqual({ label, counts: expected });
  }
}

async function checkWorkbook(range: MonthRange, expectedMonths: string[]): Promise<void> {
  const rows = await storeRows(range);
  const report = await loadReport(db, range);
  const bytes = await reportWorkbook(report, new Date('2026-05-20T02:00:00.000Z'));
  const sheets = await openWorkbook(bytes);

  expect([...sheets.keys()]).toEqual(['按类别与状态', '按区市', '按月份', '明细']);

  const byStatus = sheet(sheets, '按类别与状态');
  expect(byStatus.header).toEqual(['状态', '商务精英类', '名企优才类', '合计']);
  checkCategoryColumns(byStatus.body, rows, (row) => STATUS_LABELS[row.status], Object.values(STATUS_LABELS));

  const byDistrict = sheet(sheets, '按区市');
  expect(byDistrict.header).toEqual(['区市', '商务精英类', '名企优才类', '合计']);
  checkCategoryColumns(
    byDistrict.body,
    rows,
    (row) => districtName(row.district),
    DISTRICTS.map((district) => district.label),
  );

  const byMonth = sheet(sheets, '按月份');
  expect(byMonth.header).toEqual(['月份', '商务精英类', '名企优才类', '合计']);
  checkCategoryColumns(byMonth.body, rows, (row) => monthOf(row.createdAt), expectedMonths);

  const detail = sheet(sheets, '明细');
  expect(detail.header).toEqual(['月份', '区市', '类别', '状态', '数量']);
  const expectedDetail = new Map<string, number>();
  for (const row of rows) {
    const key = [
      monthOf(row.createdAt),
      districtName(row.district),
      CATEGORY_LABELS[categoryOf(row)],
      STATUS_LABELS[row.status],
    ].join('|');
    expectedDetail.set(key, (expectedDetail.get(key) ?? 0) + 1);
  }
  const foundDetail = new Map(detail.body.map((cells) => [cells.slice(0, 4).join('|'), cells[4]]));
  expect(detail.body).toHaveLength(foundDetail.size); // no combination twice
  expect(Object.fromEntries(foundDetail)).toEqual(Object.fromEntries(expectedDetail));
  // Every count is a number cell, not text that merely looks like one.
  for (const cells of detail.body) expect(typeof cells[4]).toBe('number');
}

beforeAll(() => {
  // Guards the counting above against a seed that silently made fewer records.
  expect(SEEDS).toHaveLength(15);
});
afterEach(() => db?.close());

describe('导出 Excel, opened again and checked against the store', () => {
  it('matches the store in every sheet, for all months', async () => {
    db = freshDb();
    await seed();
    const live = await storeRows({ from: null, to: null });
    // The seed covers both categories, four districts, many statuses and six months, one record deleted.
    expect(live).toHaveLength(14);
    expect(new Set(live.map(categoryOf))).toEqual(new Set(['business-elite', 'enterprise-talent']));
    expect(new Set(live.map((row) => row.district))).toEqual(new Set(['HC', 'WD', 'GX', 'SJ']));
    expect(new Set(live.map((row) => row.status)).size).toBeGreaterThanOrEqual(9);
    await checkWorkbook({ from: null, to: null }, ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
  });

  it('matches the store within a month range, the month boundaries taken in Weihai', async () => {
    db = freshDb();
    await seed();
    // 李三 (made 2025-12-31 23:30 UTC) is January's; 赵一 (2026-01-31 16:30 UTC) is February's.
    await checkWorkbook({ from: '2026-01', to: '2026-02' }, ['2026-01', '2026-02']);
    const january = await storeRows({ from: '2026-01', to: '2026-01' });
    expect(january.map((row) => row.applicant.name).sort()).toEqual(['李三', '赵二']);
  });

  it('matches the store when nothing falls in the range: every count 0', async () => {
    db = freshDb();
    await seed();
    await checkWorkbook({ from: '2024-01', to: '2024-02' }, ['2024-01', '2024-02']);
  });

  it('is saved as 威海英才卡统计-YYYYMMDD.xlsx', () => {
    expect(workbookFileName('2026-05-20')).toBe('威海英才卡统计-20260520.xlsx');
  });
});
