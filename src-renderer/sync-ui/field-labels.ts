import type { SyncedTable } from '../../src-shared/records/record';
import { STATION_STEPS } from '../../src-shared/stations/workflow';
import { parsePath } from '../../src-shared/sync/fields';

/** What each kind of synced record is called. */
export const TABLE_LABELS: Record<SyncedTable, string> = {
  applications: '申领登记表',
  projects: '招商项目',
  events: '状态记录',
  enterprises: '企业',
  stations: '人才驿站',
  stationEvents: '驿站档案记录',
  stationActivities: '驿站活动',
  audit: '审计日志',
};

/** Fields every synced record has (DESIGN.md §3). */
const RECORD_FIELDS: Record<string, string> = {
  deleted: '删除',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  updatedBy: '修改人',
  deviceId: '设备',
};

/**
 * A station step's fields as its event keeps them (`details/experts`), named
 * as the step's form names them (src-shared/stations/workflow.ts); keys that
 * several steps name differently get one general name, and the values a
 * step adds of its own (the 公示 end, 沿用原政策) are named here.
 */
function stepDetailLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const step of STATION_STEPS) for (const field of step.fields) labels[`details/${field.key}`] ??= field.label;
  return {
    ...labels,
    'details/date': '日期',
    'details/opinion': '意见',
    'details/reference': '文号',
    'details/reason': '原因',
    'details/year': '年度',
    'details/end': '公示结束日期',
    'details/estimated': '公示期为估算',
    'details/policyContinued': '沿用原政策',
  };
}

/** Labels by field path as the sync protocol writes it (`applicant/phone`), in the words of the official form. */
const FIELD_LABELS: Record<SyncedTable, Record<string, string>> = {
  applications: {
    number: '申领编号',
    category: '类别',
    status: '状态',
    district: '登记区市',
    applicant: '申领人员信息',
    'applicant/name': '姓名',
    'applicant/gender': '性别',
    'applicant/birthMonth': '出生年月',
    'applicant/ethnicity': '民族',
    'applicant/nativePlace': '籍贯',
    'applicant/politicalStatus': '政治面貌',
    'applicant/education': '文化程度',
    'applicant/school': '毕业院校',
    'applicant/currentPosition': '现任职务',
    'applicant/idType': '证件类型',
    'applicant/idNumber': '证件号码',
    'applicant/phone': '联系电话',
    photo: '照片',
    resume: '工作简历',
    'resume/entries': '工作简历',
    'resume/remark': '工作简历备注',
    'resume/overlapsConfirmed': '已确认简历时间重叠',
    projectId: '招商项目',
    unitOpinion: '申领单位意见',
    'unitOpinion/unitName': '申领单位',
    'unitOpinion/opinion': '申领单位意见',
    'unitOpinion/handler': '经办人',
    'unitOpinion/date': '填表日期',
    sealedScan: '盖章件',
    enterpriseId: '企业',
    eligibility: '引才条件',
    eligibilityEvidence: '引才条件证明材料',
    introduction: '引进方式',
    introductionEvidence: '引进方式证明材料',
  },
  projects: {
    name: '项目名称',
    amountWan: '项目金额（万元）',
    district: '落地区市',
    negotiatingUnit: '洽谈部门（单位）',
    overview: '招商项目整体概况及落地预期',
    quotaException: '一事一议',
    'quotaException/extraPlaces': '一事一议追加名额',
    'quotaException/documentNumber': '批准文号',
    'quotaException/documentDate': '批准日期',
  },
  events: {
    applicationId: '申领登记表',
    from: '原状态',
    to: '新状态',
    reason: '原因',
  },
  enterprises: {
    name: '企业名称',
    uscc: '统一社会信用代码',
    district: '所在区市',
    contactName: '联系人',
    contactPhone: '联系电话',
  },
  stations: {
    name: '驿站名称',
    type: '驿站类型',
    hostName: '依托单位',
    hostUscc: '依托单位统一社会信用代码',
    district: '所在区市',
    hostAddress: '依托单位地址',
    contacts: '联系人',
    functions: '职责功能',
    conditions: '申报条件说明',
    'conditions/venue': '场地设施与经费说明',
    'conditions/industry': '产业资源与辐射说明',
    'conditions/experts': '专家群体说明',
    'conditions/management': '制度与队伍说明',
    conditionEvidence: '申报条件证明材料',
    'conditionEvidence/venue': '场地设施与经费证明材料',
    'conditionEvidence/industry': '产业资源与辐射证明材料',
    'conditionEvidence/experts': '专家群体证明材料',
    'conditionEvidence/management': '制度与队伍证明材料',
    route: '申报途径',
    policyVersion: '政策版本',
    status: '状态',
    publicity: '公示期',
    'publicity/start': '公示开始日期',
    'publicity/end': '公示结束日期',
    'publicity/estimated': '公示期为估算',
    designation: '核准公布',
    'designation/approvalDate': '核准日期',
    'designation/reference': '核准批复文号',
    'designation/plaqueDate': '授牌日期',
    rectification: '整改',
    'rectification/items': '整改事项',
    'rectification/deadline': '整改期限',
    'rectification/orderedOn': '责令整改日期',
    revokedOn: '取消称号日期',
  },
  stationEvents: {
    stationId: '人才驿站',
    step: '办理步骤',
    from: '原状态',
    to: '新状态',
    date: '日期',
    details: '办理内容',
    ...stepDetailLabels(),
    evidence: '材料',
    evaluation: '评估',
    'evaluation/dueDate': '应评估日期',
    'evaluation/periodStart': '评估期起始日期',
    'evaluation/items': '评估项目得分',
    'evaluation/activityCount': '活动场次',
    'evaluation/servedCount': '服务高层次人才人次',
    'evaluation/outcome': '评估结论',
    'evaluation/subsidyWan': '建站补助（万元）',
    'evaluation/decisionReference': '决定文号',
    'evaluation/rectifyItems': '整改事项',
    'evaluation/rectifyDeadline': '整改期限',
  },
  stationActivities: {
    stationId: '人才驿站',
    kind: '活动类型',
    title: '活动名称',
    date: '活动日期',
    participants: '参加人数',
    expertsServed: '服务高层次人才人次',
    outcomes: '成效',
    photos: '照片和材料',
  },
  audit: {
    chain: '设备链',
    seq: '序号',
    at: '时间',
    actor: '工作人员',
    district: '区市',
    action: '操作',
    subject: '对象',
    'subject/table': '对象类别',
    'subject/id': '对象编号',
    'subject/label': '对象名称',
    detail: '说明',
    prevHash: '上一条哈希',
    hash: '哈希',
  },
};

/** The Chinese name of a field, or its path when none is known (never nothing). */
export function fieldLabel(table: string, path: string): string {
  const known = FIELD_LABELS[table as SyncedTable]?.[path] ?? RECORD_FIELDS[path];
  return known ?? parsePath(path).join(' / ');
}

export function tableLabel(table: string): string {
  return TABLE_LABELS[table as SyncedTable] ?? table;
}
