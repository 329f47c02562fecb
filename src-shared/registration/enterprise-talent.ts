import type { EligibilityCode, Introduction } from './application';

/**
 * 名企优才类 (威人社字〔2023〕4 号, 一、（二）): the talent must meet one of the
 * conditions ①–⑤, worded here exactly as the notice words them.
 */
export interface EligibilityCondition {
  code: EligibilityCode;
  /** ① … ⑤ */
  mark: string;
  text: string;
  /** What usually proves it (a hint for staff; not from the notice). */
  evidence: string;
}

export const ELIGIBILITY_CONDITIONS: readonly EligibilityCondition[] = [
  {
    code: '1',
    mark: '①',
    text: '入选国家、省级人才工程及持其他地市市级人才服务绿卡的高层次人才',
    evidence: '人才工程入选文件或证书、其他地市人才服务绿卡',
  },
  {
    code: '2',
    mark: '②',
    text: '世界 500 强或中国 500 强企业高级管理人员',
    evidence: '任职文件或劳动合同，以及该企业入选 500 强的依据',
  },
  {
    code: '3',
    mark: '③',
    text: '在重点领域和关键技术岗位上有 3 年以上工作经历、企业急需紧缺专业的博士学位人员或有较好创新创业业绩的正高级职称人员',
    evidence: '工作经历证明，以及博士学位证书或正高级职称证书、创新创业业绩材料',
  },
  {
    code: '4',
    mark: '④',
    text: '年薪高于 40 万元的急需紧缺人才',
    evidence: '劳动合同或聘用协议中的年薪约定、工资或个税缴纳记录',
  },
  {
    code: '5',
    mark: '⑤',
    text: '其他经市委人才工作领导小组办公室同意纳入的',
    evidence: '市委人才工作领导小组办公室同意纳入的文件',
  },
];

export function eligibilityCondition(code: string | null | undefined): EligibilityCondition | null {
  return ELIGIBILITY_CONDITIONS.find((condition) => condition.code === code) ?? null;
}

export interface IntroductionWay {
  value: Introduction;
  label: string;
  /** What the notice requires of this way, and so what the evidence is. */
  requirement: string;
  evidence: string;
}

export const INTRODUCTION_WAYS: readonly IntroductionWay[] = [
  {
    value: 'full-time',
    label: '全职引进',
    requirement: '引进单位应当按照规定为其缴纳社会保险费',
    evidence: '社会保险缴费证明',
  },
  {
    value: 'flexible',
    label: '柔性引进',
    requirement: '应当与合作单位签订目标明确的工作合同，接受合作单位支付的报酬',
    evidence: '工作合同',
  },
];

export function introductionWay(value: string | null | undefined): IntroductionWay | null {
  return INTRODUCTION_WAYS.find((way) => way.value === value) ?? null;
}
