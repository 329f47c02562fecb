import type { ApplicationStatus, CardCategory } from '../cards/workflow';
import type { SyncedRecord } from '../records/record';

/** 证件类型 */
export type IdType =
  | 'resident-id' // 居民身份证
  | 'hmt-residence-permit' // 港澳台居民居住证
  | 'foreign-permanent-residence' // 外国人永久居留身份证
  | 'passport' // 护照
  | 'travel-permit'; // 往来通行证（港澳居民来往内地通行证、台湾居民来往大陆通行证）

/** 性别 (GB/T 2261.1 codes: 1 男, 2 女). */
export type Gender = '1' | '2';

/** 工作简历 entry. Months are "YYYY-MM"; `to` is null for 至今. */
export interface ResumeEntry {
  from: string;
  to: string | null;
  organisation: string;
  position: string;
}

export interface Resume {
  entries: ResumeEntry[];
  /** Free text printed under the entries. */
  remark: string;
  /** Staff confirmed that overlapping periods are correct (e.g. concurrent posts). */
  overlapsConfirmed: boolean;
}

/** 申领人员信息 — every field of the official form. Codes are those of src-shared/codes. */
export interface Applicant {
  /** 姓名 */
  name: string;
  /** 性别 */
  gender: Gender | '';
  /** 出生年月, "YYYY-MM" */
  birthMonth: string;
  /** 民族 (GB/T 3304 numeric code) */
  ethnicity: string;
  /** 籍贯 */
  nativePlace: string;
  /** 政治面貌 (GB/T 4762 code) */
  politicalStatus: string;
  /** 文化程度 (GB/T 4658 code) */
  education: string;
  /** 毕业院校 */
  school: string;
  /** 现任职务 */
  currentPosition: string;
  /** 证件类型 */
  idType: IdType;
  /** 证件号码, stored normalised */
  idNumber: string;
  /** 联系电话, stored normalised */
  phone: string;
}

/** 申领单位意见 — the applying unit (招商任务部门) and its opinion. */
export interface UnitOpinion {
  unitName: string;
  opinion: string;
  /** 经办人 */
  handler: string;
  /** "YYYY-MM-DD" */
  date: string;
}

/**
 * Where an application stands in its category's review workflow
 * (src-shared/cards/workflow.ts). `withdrawn` and `rejected` free the
 * project's place.
 */
export type { ApplicationStatus } from '../cards/workflow';

/** The 威海英才卡 as issued: recorded by the city with the 发放 step. */
export interface IssuedCard {
  /** 卡号 */
  number: string;
  /** "YYYY-MM-DD" */
  issuedOn: string;
  /** 注销: the day and why, or null while the card stands. */
  revokedOn: string | null;
  revokeReason: string | null;
}

/** 落地 (商务精英类) or 正式引进 (名企优才类): extends the green channel to 5 years. */
export interface Landing {
  /** "YYYY-MM-DD" */
  date: string;
  /** SHA-256 (hex) of evidence files in the attachments table. */
  evidence: string[];
  note: string;
}

/** 名企优才类 引才条件 ①–⑤ (src-shared/registration/enterprise-talent.ts has the policy's words). */
export type EligibilityCode = '1' | '2' | '3' | '4' | '5';

/** 全职引进 (the unit pays social insurance) or 柔性引进 (a work contract). */
export type Introduction = 'full-time' | 'flexible';

/**
 * One person's application for one category: the 申领登记表 (商务精英类) or
 * the 名企优才类 record. Both live in one table; `category` says which. The
 * other category's fields stay empty (null, [] or blank), so 商务精英类 code
 * reads every field it always did.
 */
export interface Application extends SyncedRecord {
  /** 申领编号, unique across devices, never reused. */
  number: string;
  category: CardCategory;
  status: ApplicationStatus;
  /** The district (区市) of the window that registered it. */
  district: string;
  applicant: Applicant;
  /** SHA-256 (hex) of the photo in the attachments table, or null. */
  photo: string | null;
  resume: Resume;
  /** 商务精英类: the InvestmentProject this applicant belongs to; null for 名企优才类. */
  projectId: string | null;
  /** 商务精英类 only (the 名企优才类 enterprise applies online); blank otherwise. */
  unitOpinion: UnitOpinion;
  /** SHA-256 (hex) of the filed stamped copy (scan or photo) in the attachments table, or null. */
  sealedScan: string | null;
  /** The card once issued, else null. */
  card: IssuedCard | null;
  /** The project's 落地, once recorded, else null. */
  landing: Landing | null;
  /** 名企优才类: the 冲击新目标企业 (Enterprise) recruiting the talent; null for 商务精英类. */
  enterpriseId: string | null;
  /** 名企优才类: which of the conditions ①–⑤ the talent meets. */
  eligibility: EligibilityCode | null;
  /** SHA-256 (hex) of the files proving the condition, in the attachments table. */
  eligibilityEvidence: string[];
  /** 名企优才类: 全职引进 or 柔性引进. */
  introduction: Introduction | null;
  /** SHA-256 (hex) of the social insurance record (全职) or the work contract (柔性). */
  introductionEvidence: string[];
}

/** 一事一议: extra places for a major project, with the approving document. */
export interface QuotaException {
  extraPlaces: number;
  /** 文号, e.g. 威人才办〔2024〕3号 */
  documentNumber: string;
  /** "YYYY-MM-DD" */
  documentDate: string;
}

/** 在谈重点招商引资项目. */
export interface InvestmentProject extends SyncedRecord {
  /** 项目名称 */
  name: string;
  /** 项目金额 in 万元, as a normalised decimal string (up to 4 decimals) so no float rounding. */
  amountWan: string;
  /** 落地区市 */
  district: string;
  /** 洽谈部门（单位） */
  negotiatingUnit: string;
  /** 招商项目整体概况及落地预期 */
  overview: string;
  quotaException: QuotaException | null;
}
