import {
  districtByCode,
  EDUCATION_LEVELS,
  ETHNICITIES,
  GENDERS,
  ID_TYPES,
  labelOf,
  POLITICAL_STATUSES,
} from '../../src-shared/codes';
import type { ApplicationExport } from '../../src-shared/registration/export';
import { formatAmountWan } from '../../src-shared/registration/rules/amount';
import type { PrintedField } from './coverage';

/**
 * Every piece of user text the form prints, exactly as printed, with the
 * field it comes from. The layout prints these strings and nothing else of
 * the user's, so checking them is checking the page.
 */
export interface FormFields {
  number: PrintedField;
  name: PrintedField;
  gender: PrintedField;
  birthMonth: PrintedField;
  ethnicity: PrintedField;
  nativePlace: PrintedField;
  politicalStatus: PrintedField;
  education: PrintedField;
  school: PrintedField;
  currentPosition: PrintedField;
  idNumber: PrintedField;
  phone: PrintedField;
  resume: Array<{ period: PrintedField; organisation: PrintedField; position: PrintedField }>;
  remark: PrintedField;
  projectName: PrintedField;
  amount: PrintedField;
  district: PrintedField;
  negotiatingUnit: PrintedField;
  overview: PrintedField;
  opinion: PrintedField;
  unitName: PrintedField;
  handler: PrintedField;
  date: PrintedField;
}

const field = (path: string, label: string, text: string): PrintedField => ({ path, label, text });
const code = (list: Parameters<typeof labelOf>[0], value: string) => labelOf(list, value) ?? '';

/** "2025-06-01" → "2025年6月1日", the date style of official documents; anything else as typed. */
export function formatFormDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
}

/** "2019-03—2021-06", or "2019-03—至今" for a post still held. */
export function formatPeriod(from: string, to: string | null): string {
  return `${from}—${to ?? '至今'}`;
}

export function formFields(data: ApplicationExport): FormFields {
  const { application, project } = data;
  const { applicant, resume, unitOpinion } = application;
  const idType = applicant.idType === 'resident-id' ? '' : `（${code(ID_TYPES, applicant.idType)}）`;
  return {
    number: field('number', '申领编号', application.number),
    name: field('applicant.name', '姓名', applicant.name),
    gender: field('applicant.gender', '性别', code(GENDERS, applicant.gender)),
    birthMonth: field('applicant.birthMonth', '出生年月', applicant.birthMonth),
    ethnicity: field('applicant.ethnicity', '民族', code(ETHNICITIES, applicant.ethnicity)),
    nativePlace: field('applicant.nativePlace', '籍贯', applicant.nativePlace),
    politicalStatus: field(
      'applicant.politicalStatus',
      '政治面貌',
      code(POLITICAL_STATUSES, applicant.politicalStatus),
    ),
    education: field('applicant.education', '文化程度', code(EDUCATION_LEVELS, applicant.education)),
    school: field('applicant.school', '毕业院校', applicant.school),
    currentPosition: field('applicant.currentPosition', '现任职务', applicant.currentPosition),
    idNumber: field('applicant.idNumber', '证件号码', `${applicant.idNumber}${idType}`),
    phone: field('applicant.phone', '联系电话', applicant.phone),
    resume: resume.entries.map((entry, index) => {
      const path = `resume.entries.${index}`;
      const label = `工作简历第 ${index + 1} 段的`;
      return {
        period: field(`${path}.from`, `${label}起止年月`, formatPeriod(entry.from, entry.to)),
        organisation: field(`${path}.organisation`, `${label}单位`, entry.organisation),
        position: field(`${path}.position`, `${label}职务`, entry.position),
      };
    }),
    remark: field('resume.remark', '工作简历备注', resume.remark),
    projectName: field('project.name', '项目名称', project?.name ?? ''),
    amount: field('project.amountWan', '项目金额', project ? `${formatAmountWan(project.amountWan)} 万元` : ''),
    district: field('project.district', '落地区市', project ? (districtByCode(project.district)?.label ?? '') : ''),
    negotiatingUnit: field('project.negotiatingUnit', '洽谈部门（单位）', project?.negotiatingUnit ?? ''),
    overview: field('project.overview', '招商项目整体概况及落地预期', project?.overview ?? ''),
    opinion: field('unitOpinion.opinion', '申领单位意见', unitOpinion.opinion),
    unitName: field('unitOpinion.unitName', '申领单位', unitOpinion.unitName),
    handler: field('unitOpinion.handler', '经办人', unitOpinion.handler),
    date: field('unitOpinion.date', '填表日期', formatFormDate(unitOpinion.date)),
  };
}

/** The fields in the order they appear on the form: the first unprintable character named is the first one met. */
export function fieldsInFormOrder(fields: FormFields): PrintedField[] {
  return [
    fields.number,
    fields.name,
    fields.gender,
    fields.birthMonth,
    fields.ethnicity,
    fields.nativePlace,
    fields.politicalStatus,
    fields.education,
    fields.school,
    fields.currentPosition,
    fields.idNumber,
    fields.phone,
    ...fields.resume.flatMap((entry) => [entry.period, entry.organisation, entry.position]),
    fields.remark,
    fields.projectName,
    fields.amount,
    fields.district,
    fields.negotiatingUnit,
    fields.overview,
    fields.opinion,
    fields.unitName,
    fields.handler,
    fields.date,
  ];
}
