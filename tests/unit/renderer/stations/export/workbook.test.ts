import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStationFiles } from '../../../../../src-renderer/stations/export/load-export';
import { stationsWorkbook, stationsWorkbookFileName } from '../../../../../src-renderer/stations/export/workbook';
import type { TalentCardDb } from '../../../../../src-renderer/store/db';
import type { Actor } from '../../../../../src-renderer/store/device';
import {
  createStation,
  deleteActivity,
  type StationStepRequest,
  saveActivity,
  takeStationStep,
} from '../../../../../src-renderer/store/stations';
import type { Role } from '../../../../../src-shared/api/roles';
import { type EvaluationInput, emptyEvaluationInput } from '../../../../../src-shared/stations/evaluation';
import type { ActivityInput } from '../../../../../src-shared/stations/rules';
import { emptyStationFields, type StationFields } from '../../../../../src-shared/stations/station';
import { actor, freshDb } from '../../store/helpers';

/*
 * 导出 Excel of the stations: a store seeded only through the store's own
 * functions (createStation, takeStationStep, saveActivity, deleteActivity),
 * the workbook built from it, its bytes OPENED again with exceljs and the
 * cells compared with values written out here by hand — never computed by
 * the code under test. Dates worked out by hand:
 * - 公示 from Monday 2021-05-10 runs 5 working days to Friday 2021-05-14;
 * - approved 2021-05-20: evaluations due 2023-05-20, 2025-05-20, 2027-05-20.
 */

const HC = actor; // 王窗口, 环翠区 window
const WD: Actor = { ...actor, districtCode: 'WD', staffName: '李窗口' };
const CITY: Actor = { ...actor, districtCode: 'SJ', staffName: '市窗口' };

/** 12:00 in UTC: the same calendar day in any test machine's zone from UTC−11 to UTC+11. */
const at = (date: string) => new Date(`${date}T12:00:00.000Z`);

let db: TalentCardDb;
afterEach(() => db?.close());

function fields(overrides: Partial<StationFields>): StationFields {
  return {
    ...emptyStationFields(),
    conditions: { venue: '场地 300 平方米', industry: '周边园区', experts: '专家 20 人', management: '制度齐全' },
    conditionEvidence: { venue: ['sha-a'], industry: ['sha-b'], experts: ['sha-c'], management: ['sha-d'] },
    ...overrides,
  };
}

async function station(by: Actor, made: string, value: Partial<StationFields>): Promise<string> {
  const created = await createStation(db, by, fields(value), at(made));
  if (!created.ok) throw new Error(`${created.message} ${JSON.stringify(created.fields)}`);
  return created.value.id;
}

async function step(
  by: Actor,
  role: Role,
  stationId: string,
  id: StationStepRequest['step'],
  data: Record<string, string>,
  extra: Partial<StationStepRequest> = {},
  /** The day it is recorded; the step's own date unless it is recorded later. */
  recordedOn = data.date ?? '',
): Promise<void> {
  const date = data.date ?? '';
  const request = { stationId, step: id, data, evidence: [], ...extra };
  const result = await takeStationStep(db, by, role, request, at(recordedOn));
  if (!result.ok) throw new Error(`${id} ${date}: ${result.message} ${JSON.stringify(result.fields)}`);
}

async function activity(
  by: Actor,
  stationId: string,
  input: Omit<ActivityInput, 'stationId' | 'photos'>,
): Promise<string> {
  const saved = await saveActivity(db, by, { ...input, stationId, photos: [] }, undefined, at(input.date));
  if (!saved.ok) throw new Error(`${saved.message} ${JSON.stringify(saved.fields)}`);
  return saved.value.id;
}

function evaluation(scores: string[], rest: Partial<EvaluationInput>): EvaluationInput {
  return { ...emptyEvaluationInput(), items: scores.map((score) => ({ score, note: '' })), ...rest };
}

/** 公示 from 2021-05-10, approved 2021-05-20. */
async function designate(stationId: string, by: Actor, applied: string, plaqueDate: string): Promise<void> {
  await step(by, 'district', stationId, 'apply', { date: applied, recommendation: '同意推荐' });
  await step(CITY, 'city', stationId, 'select', { date: '2021-04-15', experts: '王专家、赵专家', opinion: '符合条件' });
  await step(CITY, 'city', stationId, 'publicize', { date: '2021-05-10' });
  // Recorded once the plaque is handed over.
  const publish = { date: '2021-05-20', reference: '威人才办〔2021〕5号', plaqueDate };
  await step(CITY, 'city', stationId, 'publish', publish, {}, plaqueDate);
}

interface Seeded {
  huancui: string;
  wendeng: string;
  torch: string;
  gone: string;
}

async function seed(): Promise<Seeded> {
  // 环翠: designated, one plan, evaluated twice, the second time made a 示范站.
  const huancui = await station(HC, '2021-02-20', {
    name: '环翠区高层次人才驿站',
    type: 'comprehensive',
    hostName: '威海市环翠区人才服务中心',
    hostUscc: '91371000ma3c00001q', // typed in lower case: stored upper case
    district: 'HC',
    hostAddress: '威海市环翠区青岛北路 1 号',
    contacts: [
      { name: '张三', title: '主任', phone: '13812345678' },
      { name: '李四', title: '', phone: '0631-5190505' },
    ],
    functions: ['consulting', 'liaison'],
    route: 'district',
  });
  await designate(huancui, HC, '2021-03-01', '2021-05-28');
  await activity(HC, huancui, {
    kind: 'lecture',
    title: '院士专家讲座',
    date: '2021-09-10',
    participants: '60',
    expertsServed: '8',
    outcomes: '签订合作意向 2 项',
  });
  await step(HC, 'district', huancui, 'plan', { date: '2022-01-20', year: '2022' }, { evidence: ['sha-plan-2022'] });
  await activity(HC, huancui, {
    kind: 'matchmaking',
    title: '校企交流对接会',
    date: '2022-06-18',
    participants: '45',
    expertsServed: '12',
    outcomes: '',
  });
  await step(
    CITY,
    'city',
    huancui,
    'evaluate',
    { date: '2023-05-18' },
    { evaluation: evaluation(['90', '85.5', '80', '88', '92', '75'], { outcome: 'pass' }) },
  );
  await activity(HC, huancui, {
    kind: 'roadshow',
    title: '项目路演',
    date: '2024-04-12',
    participants: '30',
    expertsServed: '6',
    outcomes: '3 个项目进入洽谈',
  });
  const removed = await activity(HC, huancui, {
    kind: 'salon',
    title: '误录的沙龙',
    date: '2024-05-01',
    participants: '99',
    expertsServed: '99',
    outcomes: '',
  });
  const deleted = await deleteActivity(db, HC, removed, at('2024-05-02'));
  if (!deleted.ok) throw new Error(deleted.message);
  await step(
    CITY,
    'city',
    huancui,
    'evaluate',
    { date: '2025-05-19' },
    {
      evaluation: evaluation(['95', '95', '95', '95', '95', '95'], {
        outcome: 'demonstration',
        subsidyWan: '15',
        decisionReference: '威人社〔2025〕21号',
      }),
    },
  );

  // 文登: designated, ordered to rectify, title revoked after the deadline.
  const wendeng = await station(WD, '2021-02-25', {
    name: '文登区创业人才驿站',
    type: 'entrepreneurship',
    hostName: '威海某创业孵化器有限公司',
    hostUscc: '91371081MA3P00002J',
    district: 'WD',
    hostAddress: '威海市文登区世纪大道 8 号',
    contacts: [{ name: '王五', title: '副主任', phone: '0631 8451234' }],
    functions: ['transfer', 'recruitment'],
    route: 'district',
  });
  await designate(wendeng, WD, '2021-03-02', '2021-05-20');
  await activity(WD, wendeng, {
    kind: 'training',
    title: '创业培训',
    date: '2022-03-05',
    participants: '25',
    expertsServed: '2',
    outcomes: '',
  });
  await step(
    CITY,
    'city',
    wendeng,
    'evaluate',
    { date: '2023-05-18' },
    {
      evaluation: evaluation(['60', '55', '50', '58', '62', '40'], {
        outcome: 'rectify',
        rectifyItems: '活动场次不足，工作计划未按时报送',
        rectifyDeadline: '2023-11-30',
      }),
    },
  );
  await step(CITY, 'city', wendeng, 'revoke', {
    date: '2023-12-05',
    reference: '威人社〔2023〕40号',
    reason: '整改期满仍未正常发挥作用',
  });

  // 高区: a draft straight from a 市直单位, nothing recorded yet; the most recently changed.
  const torch = await station(CITY, '2026-01-05', {
    name: '火炬高新区人才服务驿站',
    type: 'service',
    hostName: '威海某研究院',
    hostUscc: '12371000MB12345673',
    district: 'GX',
    hostAddress: '威海市高区文化西路 2 号',
    contacts: [{ name: '赵六', title: '', phone: '13900001111' }],
    functions: [],
    conditions: { venue: '', industry: '', experts: '', management: '' },
    conditionEvidence: { venue: [], industry: [], experts: [], management: [] },
    route: 'city-unit',
  });

  // Deleted on another device: the tombstone sync leaves (no store function deletes a station).
  const gone = await station(HC, '2026-02-01', {
    name: '已删除的驿站',
    hostName: '某单位',
    hostUscc: '91371000MA3C00001Q',
    district: 'HC',
    hostAddress: '某地',
    contacts: [{ name: '某人', title: '', phone: '13700000000' }],
  });
  await db.stations.update(gone, { deleted: true });
  return { huancui, wendeng, torch, gone };
}

/* ---- Reading the workbook back. ---- */

type Cell = string | number;

async function openWorkbook(bytes: Uint8Array): Promise<Map<string, Cell[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const sheets = new Map<string, Cell[][]>();
  workbook.eachSheet((sheet) => {
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: Cell[] = [];
      for (let column = 1; column <= sheet.columnCount; column++) {
        const value = row.getCell(column).value;
        if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
          throw new Error(`${sheet.name} row ${row.number} column ${column}: ${JSON.stringify(value)}`);
        }
        // An empty cell reads back as null; the sheets show it blank either way.
        cells.push(value ?? '');
      }
      rows.push(cells);
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

function sheetOf(sheets: Map<string, Cell[][]>, name: string): Cell[][] {
  const rows = sheets.get(name);
  if (!rows) throw new Error(`no sheet ${name}`);
  return rows;
}

const POLICY = '《威海市高层次人才驿站管理暂行办法》（威人组发〔2020〕10号）';

const STATION_HEADERS = [
  '名称',
  '类型',
  '依托单位',
  '统一社会信用代码',
  '区市',
  '地址',
  '联系人',
  '职责功能',
  '申报途径',
  '状态',
  '示范站',
  '政策版本',
  '认定日期',
  '授牌日期',
  '下次评估',
  '整改期限',
  '取消称号日期',
];

const HUANCUI_ROW = [
  '环翠区高层次人才驿站',
  '综合型',
  '威海市环翠区人才服务中心',
  '91371000MA3C00001Q',
  '环翠区',
  '威海市环翠区青岛北路 1 号',
  '张三（主任）138****5678；李四 0631-***0505',
  '交流对接的纽带、咨询服务的阵地',
  '经区市人力资源社会保障部门推荐',
  '已认定',
  '是',
  POLICY,
  '2021-05-20',
  '2021-05-28',
  '2027-05-20',
  '',
  '',
];

const WENDENG_ROW = [
  '文登区创业人才驿站',
  '创业型',
  '威海某创业孵化器有限公司',
  '91371081MA3P00002J',
  '文登区',
  '威海市文登区世纪大道 8 号',
  '王五（副主任）0631-***1234',
  '柔性引才的平台、成果转化的桥梁',
  '经区市人力资源社会保障部门推荐',
  '已取消称号',
  '否',
  POLICY,
  '2021-05-20',
  '2021-05-20',
  '',
  '2023-11-30',
  '2023-12-05',
];

const TORCH_ROW = [
  '火炬高新区人才服务驿站',
  '服务型',
  '威海某研究院',
  '12371000MB12345673',
  '火炬高技术产业开发区',
  '威海市高区文化西路 2 号',
  '赵六 139****1111',
  '',
  '市直单位直接申报',
  '草稿',
  '否',
  '',
  '',
  '',
  '',
  '',
  '',
];

const ACTIVITY_HEADERS = ['驿站', '日期', '类型', '名称', '参加人数', '服务高层次人才人次', '成效'];

const EVALUATION_HEADERS = [
  '驿站',
  '评估日期',
  '应评估日期',
  '（一）发展及服务基层',
  '（二）辐射带动',
  '（三）人才队伍建设',
  '（四）交流活动与服务人次',
  '（五）管理运行',
  '（六）计划总结与信息',
  '总分',
  '活动场次',
  '服务人次',
  '结论',
  '补助（万元）',
  '文号',
  '整改事项',
  '整改期限',
];

describe('导出 Excel of the stations, opened again and checked cell by cell', () => {
  it('writes every live station with its activities, evaluations and history', async () => {
    db = freshDb();
    await seed();
    const files = await loadStationFiles(db);
    const sheets = await openWorkbook(await stationsWorkbook(files, new Date('2026-05-20T02:00:00.000Z')));

    expect([...sheets.keys()]).toEqual(['驿站', '活动', '评估', '历史']);

    // 驿站: the deleted one left out; most recently changed first, as the list shows them.
    const stations = sheetOf(sheets, '驿站');
    expect(stations).toHaveLength(1 + 3);
    expect(stations[0]).toEqual(STATION_HEADERS);
    expect(stations[1]).toEqual(TORCH_ROW);
    expect(stations[2]).toEqual(HUANCUI_ROW);
    expect(stations[3]).toEqual(WENDENG_ROW);

    // 活动: the removed activity left out; each station's oldest first.
    const activities = sheetOf(sheets, '活动');
    expect(activities).toHaveLength(1 + 4);
    expect(activities[0]).toEqual(ACTIVITY_HEADERS);
    expect(activities[1]).toEqual([
      '环翠区高层次人才驿站',
      '2021-09-10',
      '专家讲座',
      '院士专家讲座',
      60,
      8,
      '签订合作意向 2 项',
    ]);
    expect(activities[2]).toEqual(['环翠区高层次人才驿站', '2022-06-18', '交流对接', '校企交流对接会', 45, 12, '']);
    expect(activities[3]).toEqual([
      '环翠区高层次人才驿站',
      '2024-04-12',
      '项目路演',
      '项目路演',
      30,
      6,
      '3 个项目进入洽谈',
    ]);
    expect(activities[4]).toEqual(['文登区创业人才驿站', '2022-03-05', '培训', '创业培训', 25, 2, '']);

    // 评估: counts are the activity log's for each period (approval or last evaluation → this one).
    const evaluations = sheetOf(sheets, '评估');
    expect(evaluations).toHaveLength(1 + 3);
    expect(evaluations[0]).toEqual(EVALUATION_HEADERS);
    expect(evaluations[1]).toEqual([
      '环翠区高层次人才驿站',
      '2023-05-18',
      '2023-05-20',
      90,
      85.5,
      80,
      88,
      92,
      75,
      510.5,
      2,
      20,
      '合格',
      '',
      '',
      '',
      '',
    ]);
    expect(evaluations[2]).toEqual([
      '环翠区高层次人才驿站',
      '2025-05-19',
      '2025-05-20',
      95,
      95,
      95,
      95,
      95,
      95,
      570,
      1,
      6,
      '确定为示范站',
      15,
      '威人社〔2025〕21号',
      '',
      '',
    ]);
    expect(evaluations[3]).toEqual([
      '文登区创业人才驿站',
      '2023-05-18',
      '2023-05-20',
      60,
      55,
      50,
      58,
      62,
      40,
      325,
      1,
      2,
      '限期整改',
      '',
      '',
      '活动场次不足，工作计划未按时报送',
      '2023-11-30',
    ]);

    // 历史: 7 steps of 环翠, 6 of 文登, none of the draft.
    const history = sheetOf(sheets, '历史');
    expect(history).toHaveLength(1 + 13);
    expect(history[0]).toEqual(['驿站', '日期', '步骤', '由 → 至', '记录人']);
    expect(history.slice(1, 8)).toEqual([
      ['环翠区高层次人才驿站', '2021-03-01', '记录申报', '草稿 → 已申报', '王窗口'],
      ['环翠区高层次人才驿站', '2021-04-15', '认定入选', '已申报 → 拟入选', '市窗口'],
      ['环翠区高层次人才驿站', '2021-05-10', '开始公示', '拟入选 → 公示中', '市窗口'],
      ['环翠区高层次人才驿站', '2021-05-20', '核准公布并授牌', '公示中 → 已认定', '市窗口'],
      ['环翠区高层次人才驿站', '2022-01-20', '报送年度工作计划', '已认定（不变）', '王窗口'],
      ['环翠区高层次人才驿站', '2023-05-18', '记录评估', '已认定（不变）', '市窗口'],
      ['环翠区高层次人才驿站', '2025-05-19', '记录评估', '已认定（不变）', '市窗口'],
    ]);
    expect(history[8]).toEqual(['文登区创业人才驿站', '2021-03-02', '记录申报', '草稿 → 已申报', '李窗口']);
    expect(history[12]).toEqual(['文登区创业人才驿站', '2023-05-18', '记录评估', '已认定 → 整改中', '市窗口']);
    expect(history[13]).toEqual(['文登区创业人才驿站', '2023-12-05', '取消称号', '整改中 → 已取消称号', '市窗口']);
  });

  it('exports only the stations shown, in the order shown, skipping deleted and unknown ids', async () => {
    db = freshDb();
    const ids = await seed();
    const files = await loadStationFiles(db, [ids.wendeng, ids.gone, 'no-such-id', ids.huancui, ids.wendeng]);
    const sheets = await openWorkbook(await stationsWorkbook(files, new Date('2026-05-20T02:00:00.000Z')));
    expect(sheetOf(sheets, '驿站')).toEqual([STATION_HEADERS, WENDENG_ROW, HUANCUI_ROW]);
    expect(sheetOf(sheets, '活动').map((row) => row[0])).toEqual([
      '驿站',
      '文登区创业人才驿站',
      '环翠区高层次人才驿站',
      '环翠区高层次人才驿站',
      '环翠区高层次人才驿站',
    ]);
    expect(sheetOf(sheets, '评估')).toHaveLength(1 + 3);
    expect(sheetOf(sheets, '历史')).toHaveLength(1 + 13);
  });

  it('writes the headers alone when there is nothing to export', async () => {
    db = freshDb();
    const sheets = await openWorkbook(await stationsWorkbook(await loadStationFiles(db), new Date()));
    expect(sheetOf(sheets, '驿站')).toEqual([STATION_HEADERS]);
    expect(sheetOf(sheets, '活动')).toEqual([ACTIVITY_HEADERS]);
    expect(sheetOf(sheets, '评估')).toEqual([EVALUATION_HEADERS]);
    expect(sheetOf(sheets, '历史')).toEqual([['驿站', '日期', '步骤', '由 → 至', '记录人']]);
  });

  it('is saved as 威海市高层次人才驿站-YYYYMMDD.xlsx', () => {
    expect(stationsWorkbookFileName('2026-05-20')).toBe('威海市高层次人才驿站-20260520.xlsx');
  });
});
