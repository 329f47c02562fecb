import type { CardCategory, Step, StepField } from '../../src-shared/cards/workflow';
import { STEP_FIELD_LABELS } from '../../src-shared/cards/workflow';

/** A step's field as the staff see it: the step's own words for its date and number where it has them. */
export function stepFieldLabel(step: Step | undefined, field: string): string {
  if (field === 'date' && step?.dateLabel) return step.dateLabel;
  if (field === 'reference' && step?.referenceLabel) return step.referenceLabel;
  return STEP_FIELD_LABELS[field as StepField] ?? field;
}

/** 落地 (商务精英类) and 正式引进 (名企优才类), the event that extends a card to 5 years, in each category's words. */
export interface LandingWords {
  /** 记录落地 */
  action: string;
  /** 落地日期 */
  dateLabel: string;
  /** 落地 — as in 落地后有效期至 */
  short: string;
  /** 项目落地 — as in 项目落地后延长至… */
  event: string;
  /** Examples of evidence, for the dialog. */
  evidenceHint: string;
}

export const LANDING_WORDS: Record<CardCategory, LandingWords> = {
  'business-elite': {
    action: '记录落地',
    dateLabel: '落地日期',
    short: '落地',
    event: '项目落地',
    evidenceHint: '如项目注册登记的营业执照、正式签订的投资协议',
  },
  'enterprise-talent': {
    action: '记录正式引进',
    dateLabel: '正式引进日期',
    short: '引进',
    event: '人才正式引进',
    evidenceHint: '全职引进：劳动合同与社会保险缴纳证明；柔性引进：工作合同与报酬支付证明',
  },
};

/** The fields a 落地 (引进) event records beyond its date. */
export const LANDING_FIELD_LABELS: Record<string, string> = { evidence: '证明材料', note: '备注' };
