import type { StationCondition, StationStatus, StationType } from '../../src-shared/stations/station';

/** Badge colours of the statuses: on file green, on the way blue, stopped red or gray. */
export const STATION_STATUS_COLORS: Record<StationStatus, string> = {
  draft: 'gray',
  applied: 'blue',
  selected: 'indigo',
  'not-selected': 'red',
  publicizing: 'orange',
  designated: 'green',
  rectifying: 'yellow',
  revoked: 'dark',
};

/** 第五条 in one line per type, for choosing a type. */
export const STATION_TYPE_DESCRIPTIONS: Record<StationType, string> = {
  innovation: '设在高校院所或产业集群重点企业、园区，面向专业人才开展学术技术交流',
  entrepreneurship: '设在众创空间、孵化器、双创基地，面向创业人才开展创业培训、路演与洽谈',
  service: '依托行业协会、中介机构、人才公寓等，面向各类人才提供“一站式、保姆式”服务',
  comprehensive: '依托人才服务机构、人力资源中介机构，综合以上三类的服务内容',
};

/** 第六条's numbering, as staff refer to the conditions: 条件（一）… */
export const CONDITION_NUMBERS: Record<StationCondition, string> = {
  venue: '（一）',
  industry: '（二）',
  experts: '（三）',
  management: '（四）',
};

/** 基本信息 can no longer change once the file is closed (the store refuses it too). */
export function basicInfoLocked(status: StationStatus): boolean {
  return status === 'revoked' || status === 'not-selected';
}
