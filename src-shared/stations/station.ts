import type { RecordFields, SyncedRecord } from '../records/record';

/**
 * 高层次人才驿站 (威人组发〔2020〕10 号《威海市高层次人才驿站管理暂行办法》):
 * the station's file, its lifecycle events and its activity log. Three
 * synced tables: `stations`, `stationEvents` (append-only history) and
 * `stationActivities`.
 */

/** 第五条: the four types. */
export type StationType = 'innovation' | 'entrepreneurship' | 'service' | 'comprehensive';

export const STATION_TYPES: readonly StationType[] = ['innovation', 'entrepreneurship', 'service', 'comprehensive'];

export const STATION_TYPE_LABELS: Record<StationType, string> = {
  innovation: '创新型',
  entrepreneurship: '创业型',
  service: '服务型',
  comprehensive: '综合型',
};

/** 第八条: the six functions a station covers. */
export type StationFunction = 'liaison' | 'recruitment' | 'consulting' | 'leisure' | 'transfer' | 'fellowship';

export const STATION_FUNCTIONS: readonly StationFunction[] = [
  'liaison',
  'recruitment',
  'consulting',
  'leisure',
  'transfer',
  'fellowship',
];

export const STATION_FUNCTION_LABELS: Record<StationFunction, string> = {
  liaison: '交流对接的纽带',
  recruitment: '柔性引才的平台',
  consulting: '咨询服务的阵地',
  leisure: '休闲保健的基地',
  transfer: '成果转化的桥梁',
  fellowship: '人才联谊的空间',
};

/** 第六条: the four conditions, each shown with evidence. */
export type StationCondition = 'venue' | 'industry' | 'experts' | 'management';

export const STATION_CONDITIONS: readonly StationCondition[] = ['venue', 'industry', 'experts', 'management'];

export const STATION_CONDITION_LABELS: Record<StationCondition, string> = {
  venue: '（一）重视人才工作，具备场地、设施，提供配套资金和运行经费保障',
  industry: '（二）依托单位及周边产业资源密集，技术创新承接实力和科研基础较好，辐射效应较强',
  experts: '（三）有一定数量对接联系、项目合作的专家群体，能定期开展专家交流对接活动',
  management: '（四）规章制度较完备，有管理机构、服务体系和管理服务人员队伍',
};

/** Short names for tables and exports. */
export const STATION_CONDITION_SHORT: Record<StationCondition, string> = {
  venue: '场地设施与经费',
  industry: '产业资源与辐射',
  experts: '专家群体',
  management: '制度与队伍',
};

/** 第七条 (一): how the application reaches 市人力资源和社会保障局. */
export type DesignationRoute = 'district' | 'city-unit' | 'institution';

export const DESIGNATION_ROUTES: readonly DesignationRoute[] = ['district', 'city-unit', 'institution'];

export const DESIGNATION_ROUTE_LABELS: Record<DesignationRoute, string> = {
  district: '经区市人力资源社会保障部门推荐',
  'city-unit': '市直单位直接申报',
  institution: '高校院所直接申报',
};

export interface StationContact {
  name: string;
  /** 职务 */
  title: string;
  /** Stored normalised as the applicant's phone is. */
  phone: string;
}

export type StationStatus =
  | 'draft'
  | 'applied'
  | 'selected'
  | 'not-selected'
  | 'publicizing'
  | 'designated'
  | 'rectifying'
  | 'revoked';

export const STATION_STATUSES: readonly StationStatus[] = [
  'draft',
  'applied',
  'selected',
  'not-selected',
  'publicizing',
  'designated',
  'rectifying',
  'revoked',
];

export const STATION_STATUS_LABELS: Record<StationStatus, string> = {
  draft: '草稿',
  applied: '已申报',
  selected: '拟入选',
  'not-selected': '未入选',
  publicizing: '公示中',
  designated: '已认定',
  rectifying: '整改中',
  revoked: '已取消称号',
};

export interface Station extends SyncedRecord {
  /** 驿站名称 */
  name: string;
  type: StationType;
  /** 依托单位 */
  hostName: string;
  /** 依托单位统一社会信用代码, normalised (src-shared/cards/uscc.ts). */
  hostUscc: string;
  /** 所在区市 (a landing district); the district HR bureau that oversees it (第十四条). */
  district: string;
  hostAddress: string;
  contacts: StationContact[];
  functions: StationFunction[];
  /** How the host unit meets each condition, in the staff's words. */
  conditions: Record<StationCondition, string>;
  /** SHA-256 of each condition's evidence files (scans, photos). */
  conditionEvidence: Record<StationCondition, string[]>;
  route: DesignationRoute;
  /** The policy version (src-shared/stations/policy.ts) the designation is made under; set at 申报. */
  policyVersion: string | null;
  status: StationStatus;
  /** 公示 period, set by the 公示 step: first and last working day. */
  publicity: { start: string; end: string; estimated: boolean } | null;
  /** 公布, set by the step: the 人才办's approval and the plaque. */
  designation: { approvalDate: string; reference: string; plaqueDate: string } | null;
  /** The rectification ordered by the latest evaluation, while 整改中. */
  rectification: { items: string; deadline: string; orderedOn: string } | null;
  revokedOn: string | null;
}

/** What staff type on the 基本信息 form. */
export type StationFields = Pick<
  Station,
  | 'name'
  | 'type'
  | 'hostName'
  | 'hostUscc'
  | 'district'
  | 'hostAddress'
  | 'contacts'
  | 'functions'
  | 'conditions'
  | 'conditionEvidence'
  | 'route'
>;

export function emptyStationFields(): StationFields {
  return {
    name: '',
    type: 'comprehensive',
    hostName: '',
    hostUscc: '',
    district: '',
    hostAddress: '',
    contacts: [{ name: '', title: '', phone: '' }],
    functions: [],
    conditions: { venue: '', industry: '', experts: '', management: '' },
    conditionEvidence: { venue: [], industry: [], experts: [], management: [] },
    route: 'district',
  };
}

/** The lifecycle fields a new station starts with. */
export const NEW_STATION_STATE: Pick<
  Station,
  'policyVersion' | 'status' | 'publicity' | 'designation' | 'rectification' | 'revokedOn'
> = {
  policyVersion: null,
  status: 'draft',
  publicity: null,
  designation: null,
  rectification: null,
  revokedOn: null,
};

/** 第十六条: the six items of the biennial evaluation, in the measures' order. */
export const EVALUATION_ITEMS: readonly string[] = [
  '（一）驿站发展及引领专家服务基层工作开展情况',
  '（二）驿站辐射带动周边地区科技创新、产业发展情况',
  '（三）驿站人才队伍建设、各级人才工程称号入选情况',
  '（四）驿站举办人才交流活动场次、服务高层次人才人次情况',
  '（五）驿站管理运行情况',
  '（六）驿站制定上报工作计划、总结和信息情况',
];

/** 第十七条: what an evaluation concludes. 合格 keeps the title without more. */
export type EvaluationOutcome = 'pass' | 'commend' | 'demonstration' | 'rectify';

export const EVALUATION_OUTCOMES: readonly EvaluationOutcome[] = ['pass', 'commend', 'demonstration', 'rectify'];

export const EVALUATION_OUTCOME_LABELS: Record<EvaluationOutcome, string> = {
  pass: '合格',
  commend: '表扬',
  demonstration: '确定为示范站',
  rectify: '限期整改',
};

export interface EvaluationItemScore {
  score: number;
  note: string;
}

/** One evaluation, kept on its 评估 event. */
export interface StationEvaluation {
  /** The due date it answers (designation + 2, 4 … years). */
  dueDate: string;
  /** The activities counted: dated after `periodStart`'s day before and on or before the evaluation date. */
  periodStart: string;
  items: EvaluationItemScore[];
  /** Taken from the activity log when the evaluation is recorded. */
  activityCount: number;
  servedCount: number;
  outcome: EvaluationOutcome;
  /** 示范站: 建站补助 in 万元 (第九条, 5–20) and the decision document. */
  subsidyWan: number | null;
  decisionReference: string;
  /** 整改: the items and the deadline. */
  rectifyItems: string;
  rectifyDeadline: string;
}

export type StationStepId =
  | 'apply'
  | 'select'
  | 'not-select'
  | 'publicize'
  | 'object'
  | 'settle'
  | 'publish'
  | 'publicity-fail'
  | 'plan'
  | 'summary'
  | 'evaluate'
  | 'review-rectification'
  | 'revoke';

/** One step of a station's life. Events are only ever added (DESIGN.md §4). */
export interface StationEvent extends SyncedRecord {
  stationId: string;
  step: StationStepId;
  from: StationStatus;
  to: StationStatus;
  /** The day it happened (the step's main date), "YYYY-MM-DD". */
  date: string;
  /** The step's fields as recorded (workflow.ts), e.g. experts, 文号, the objection. */
  details: Record<string, string>;
  /** SHA-256 of the documents and photos filed with the step. */
  evidence: string[];
  evaluation: StationEvaluation | null;
}

/** 第八条's activities, for the log that feeds the evaluation. */
export type ActivityKind =
  | 'lecture'
  | 'matchmaking'
  | 'negotiation'
  | 'roadshow'
  | 'salon'
  | 'forum'
  | 'training'
  | 'consulting'
  | 'other';

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  'lecture',
  'matchmaking',
  'negotiation',
  'roadshow',
  'salon',
  'forum',
  'training',
  'consulting',
  'other',
];

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  lecture: '专家讲座',
  matchmaking: '交流对接',
  negotiation: '考察洽谈',
  roadshow: '项目路演',
  salon: '人才沙龙',
  forum: '论坛与技术交流',
  training: '培训',
  consulting: '政策咨询',
  other: '其他',
};

export interface StationActivity extends SyncedRecord {
  stationId: string;
  kind: ActivityKind;
  title: string;
  date: string;
  /** 参加人数 */
  participants: number;
  /** 服务高层次人才人次 (第十六条 (四)) */
  expertsServed: number;
  /** 成效 */
  outcomes: string;
  /** SHA-256 of the event photos and documents. */
  photos: string[];
}

export type ActivityFields = RecordFields<StationActivity>;
