import type { SyncedTable } from '../../src-shared/records/record';
import { parsePath } from '../../src-shared/sync/fields';

/** What each kind of synced record is called. */
export const TABLE_LABELS: Record<SyncedTable, string> = {
  applications: '申领登记表',
  projects: '招商项目',
  events: '状态记录',
  enterprises: '企业',
};

/** Fields every synced record has (DESIGN.md §3). */
const RECORD_FIELDS: Record<string, string> = {
  deleted: '删除',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  updatedBy: '修改人',
  deviceId: '设备',
};

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
};

/** The Chinese name of a field, or its path when none is known (never nothing). */
export function fieldLabel(table: string, path: string): string {
  const known = FIELD_LABELS[table as SyncedTable]?.[path] ?? RECORD_FIELDS[path];
  return known ?? parsePath(path).join(' / ');
}

export function tableLabel(table: string): string {
  return TABLE_LABELS[table as SyncedTable] ?? table;
}
