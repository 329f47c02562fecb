import { districtByCode } from '../../../src-shared/codes/districts';
import { maskPhone } from '../../../src-shared/registration/mask';
import { latestEvaluation, nextEvaluationDue } from '../../../src-shared/stations/evaluation';
import { policyById, policyTitle } from '../../../src-shared/stations/policy';
import {
  ACTIVITY_KIND_LABELS,
  DESIGNATION_ROUTE_LABELS,
  EVALUATION_ITEMS,
  EVALUATION_OUTCOME_LABELS,
  STATION_FUNCTION_LABELS,
  STATION_STATUS_LABELS,
  STATION_TYPE_LABELS,
  type Station,
  type StationActivity,
  type StationContact,
  type StationEvent,
  type StationStatus,
} from '../../../src-shared/stations/station';
import { STATION_STEPS } from '../../../src-shared/stations/workflow';

/**
 * The stations' export as plain tables, one per sheet (驿站, 活动, 评估, 历史):
 * what staff read, in Chinese, with phones masked (DESIGN.md §4). Pure:
 * the stations and their files in, rows out; workbook.ts lays them out.
 */

/** One station with its history (oldest first) and its activity log (any order). */
export interface StationFile {
  station: Station;
  events: readonly StationEvent[];
  activities: readonly StationActivity[];
}

export type SheetCell = string | number;

export interface StationSheet {
  name: string;
  headers: string[];
  rows: SheetCell[][];
  /** Columns (0-based) holding counts, scores or amounts: right-aligned. */
  numberColumns: number[];
}

/** 第十六条's six items, short enough for a column header. */
export const EVALUATION_ITEM_HEADERS: readonly string[] = [
  '（一）发展及服务基层',
  '（二）辐射带动',
  '（三）人才队伍建设',
  '（四）交流活动与服务人次',
  '（五）管理运行',
  '（六）计划总结与信息',
];

const districtName = (code: string) => districtByCode(code)?.label ?? code;
const statusLabel = (status: StationStatus) => STATION_STATUS_LABELS[status] ?? status;

/** 张三（主任）138****0000；李四 0631-***0505 */
export function contactText(contacts: readonly StationContact[]): string {
  return contacts
    .map((c) => {
      const phone = c.phone ? maskPhone(c.phone) : '';
      // The full-width bracket already separates; a bare name needs a space before the number.
      return c.title ? `${c.name}（${c.title}）${phone}` : `${c.name}${phone ? ` ${phone}` : ''}`;
    })
    .join('；');
}

/** 示范站: the latest evaluation made it one (a later evaluation decides afresh). */
export function isModelStation(station: Station, events: readonly StationEvent[]): boolean {
  if (station.status === 'revoked') return false;
  return latestEvaluation(events)?.evaluation?.outcome === 'demonstration';
}

function stationRow({ station, events }: StationFile): SheetCell[] {
  return [
    station.name,
    STATION_TYPE_LABELS[station.type],
    station.hostName,
    station.hostUscc,
    districtName(station.district),
    station.hostAddress,
    contactText(station.contacts),
    station.functions.map((f) => STATION_FUNCTION_LABELS[f]).join('、'),
    DESIGNATION_ROUTE_LABELS[station.route],
    statusLabel(station.status),
    isModelStation(station, events) ? '是' : '否',
    station.policyVersion ? policyTitle(policyById(station.policyVersion)) : '',
    station.designation?.approvalDate ?? '',
    station.designation?.plaqueDate ?? '',
    nextEvaluationDue(station, events, policyById(station.policyVersion)) ?? '',
    station.rectification?.deadline ?? '',
    station.revokedOn ?? '',
  ];
}

const byDate = <T extends { date: string; createdAt: string }>(a: T, b: T) =>
  a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

const live = <T extends { deleted: boolean }>(rows: readonly T[]) => rows.filter((row) => !row.deleted);

/** 0.1 steps add up in binary with a tail (85.5 + 90.1 …): a total is shown to one decimal, as scored. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** The four sheets, stations in the order given; within a station, everything oldest first. */
export function stationSheets(files: readonly StationFile[]): StationSheet[] {
  const stations: StationSheet = {
    name: '驿站',
    headers: [
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
    ],
    rows: files.map(stationRow),
    numberColumns: [],
  };

  const activities: StationSheet = {
    name: '活动',
    headers: ['驿站', '日期', '类型', '名称', '参加人数', '服务高层次人才人次', '成效'],
    rows: files.flatMap(({ station, activities: log }) =>
      live(log)
        .sort(byDate)
        .map((a) => [
          station.name,
          a.date,
          ACTIVITY_KIND_LABELS[a.kind],
          a.title,
          a.participants,
          a.expertsServed,
          a.outcomes,
        ]),
    ),
    numberColumns: [4, 5],
  };

  const evaluations: StationSheet = {
    name: '评估',
    headers: [
      '驿站',
      '评估日期',
      '应评估日期',
      ...EVALUATION_ITEM_HEADERS,
      '总分',
      '活动场次',
      '服务人次',
      '结论',
      '补助（万元）',
      '文号',
      '整改事项',
      '整改期限',
    ],
    rows: files.flatMap(({ station, events }) =>
      live(events)
        .filter((e) => e.step === 'evaluate' && e.evaluation)
        .sort(byDate)
        .map((e) => {
          const ev = e.evaluation as NonNullable<StationEvent['evaluation']>;
          const scores = EVALUATION_ITEMS.map((_, i) => ev.items[i]?.score ?? '');
          const total = oneDecimal(ev.items.reduce((sum, item) => sum + item.score, 0));
          return [
            station.name,
            e.date,
            ev.dueDate,
            ...scores,
            total,
            ev.activityCount,
            ev.servedCount,
            EVALUATION_OUTCOME_LABELS[ev.outcome],
            ev.subsidyWan ?? '',
            ev.decisionReference,
            ev.rectifyItems,
            ev.rectifyDeadline,
          ];
        }),
    ),
    numberColumns: [3, 4, 5, 6, 7, 8, 9, 10, 11, 13],
  };

  const history: StationSheet = {
    name: '历史',
    headers: ['驿站', '日期', '步骤', '由 → 至', '记录人'],
    rows: files.flatMap(({ station, events }) =>
      live(events)
        .sort(byDate)
        .map((e) => [
          station.name,
          e.date,
          // A step or status this version does not know (synced from a newer one) is shown as stored.
          STATION_STEPS.find((step) => step.id === e.step)?.label ?? e.step,
          e.from === e.to ? `${statusLabel(e.from)}（不变）` : `${statusLabel(e.from)} → ${statusLabel(e.to)}`,
          e.updatedBy,
        ]),
    ),
    numberColumns: [],
  };

  return [stations, activities, evaluations, history];
}
