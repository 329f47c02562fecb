import type { Enterprise } from '../../../../src-shared/enterprises/enterprise';
import type { Application, InvestmentProject } from '../../../../src-shared/registration/application';

/** A fixed "today" so that date rules give the same answers every day: 2025-06-15, local time. */
export const TODAY = new Date(2025, 5, 15, 10, 30);

/**
 * The GB 11643 check character computed from the ISO 7064 MOD 11-2 definition
 * (weights 2^(18-i) mod 11, Σ ≡ 1 mod 11), not from the table the code uses,
 * so that the tests do not merely repeat the implementation.
 */
export function isoCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

export function withCheck(body: string): string {
  return body + isoCheck(body);
}

export function makeProject(overrides: Partial<InvestmentProject> = {}): InvestmentProject {
  return {
    id: 'project-1',
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    updatedBy: '王敏',
    deviceId: 'device-a',
    rev: 0,
    deleted: false,
    name: '威海智能装备产业园项目',
    amountWan: '120000',
    district: 'GX',
    negotiatingUnit: '威海火炬高技术产业开发区招商局',
    overview: '项目总投资 12 亿元，建设智能装备生产线。\n预计 2026 年投产。',
    quotaException: null,
    ...overrides,
  };
}

let serial = 0;

export function makeApplication(overrides: Partial<Application> = {}): Application {
  serial++;
  return {
    id: `application-${serial}`,
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    updatedBy: '王敏',
    deviceId: 'device-a',
    rev: 0,
    deleted: false,
    number: `2025GX-A1-${String(serial).padStart(4, '0')}`,
    category: 'business-elite',
    status: 'registered',
    district: 'GX',
    applicant: {
      name: '李明',
      gender: '2',
      birthMonth: '1949-12',
      ethnicity: '01',
      nativePlace: '山东威海',
      politicalStatus: '13',
      education: '14',
      school: '山东大学',
      currentPosition: '总经理',
      idType: 'resident-id',
      idNumber: '11010519491231002X',
      phone: '13812345678',
    },
    photo: null,
    resume: {
      entries: [
        { from: '1972-07', to: '1990-06', organisation: '威海第一机械厂', position: '技术员' },
        { from: '1990-06', to: null, organisation: '威海智能装备有限公司', position: '总经理' },
      ],
      remark: '',
      overlapsConfirmed: false,
    },
    projectId: 'project-1',
    unitOpinion: {
      unitName: '威海火炬高技术产业开发区招商局',
      opinion: '同意申领。',
      handler: '张强',
      date: '2025-06-01',
    },
    sealedScan: null,
    card: null,
    landing: null,
    enterpriseId: null,
    eligibility: null,
    eligibilityEvidence: [],
    introduction: null,
    introductionEvidence: [],
    ...overrides,
  };
}

/** A 统一社会信用代码 that passes GB 32100 (a real one, published by its holder). */
export const VALID_USCC = '91350100M000100Y43';

export function makeEnterprise(overrides: Partial<Enterprise> = {}): Enterprise {
  return {
    id: 'enterprise-1',
    createdAt: '2025-01-02T03:04:05.000Z',
    updatedAt: '2025-01-02T03:04:05.000Z',
    updatedBy: '王敏',
    deviceId: 'device-a',
    rev: 0,
    deleted: false,
    name: '威海海洋装备制造有限公司',
    uscc: VALID_USCC,
    district: 'GX',
    contactName: '刘洋',
    contactPhone: '0631-5190505',
    ...overrides,
  };
}

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

/** A complete 名企优才类 record for enterprise-1. */
export function makeTalentApplication(overrides: Partial<Application> = {}): Application {
  return makeApplication({
    category: 'enterprise-talent',
    status: 'online-recorded',
    projectId: null,
    unitOpinion: { unitName: '', opinion: '', handler: '', date: '' },
    enterpriseId: 'enterprise-1',
    eligibility: '4',
    eligibilityEvidence: [SHA_A],
    introduction: 'full-time',
    introductionEvidence: [SHA_B],
    ...overrides,
  });
}
