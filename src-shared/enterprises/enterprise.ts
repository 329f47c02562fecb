import type { RecordFields, SyncedRecord } from '../records/record';

/**
 * 冲击新目标企业: the enterprise that recruits 名企优才类 talents, identified
 * by its 统一社会信用代码. Synced; on the server it belongs to its district.
 */
export interface Enterprise extends SyncedRecord {
  /** 企业名称 */
  name: string;
  /** 统一社会信用代码, stored normalised: 18 upper-case characters with a correct check character. */
  uscc: string;
  /** 所在区市 (a landing district, src-shared/codes/districts). */
  district: string;
  /** 联系人 */
  contactName: string;
  /** 联系电话, stored normalised as the applicant's phone is. */
  contactPhone: string;
}

export type EnterpriseFields = RecordFields<Enterprise>;
