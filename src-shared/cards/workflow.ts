import type { Role } from '../api/roles';
import { isCalendarDate } from './validity';

/**
 * The review workflows of the two card categories (威人社字〔2023〕4 号, 三、申领方式),
 * as data: which step leads from which status to which, who may take it,
 * and what it must record. The store, the sync authority and the UI all read
 * this one table; nothing else decides what may happen next.
 */

export type CardCategory = 'business-elite' | 'enterprise-talent';

export const CATEGORY_LABELS: Record<CardCategory, string> = {
  'business-elite': '商务精英类',
  'enterprise-talent': '名企优才类',
};

export type ApplicationStatus =
  | 'draft'
  // 商务精英类: the window registers, prints, has it stamped and submits it.
  | 'registered'
  | 'awaiting-seal'
  | 'sealed'
  | 'submitted'
  | 'joint-review'
  | 'talent-office'
  // 名企优才类: the enterprise's online application, the district's recommendation, the city window.
  | 'online-recorded'
  | 'district-recommended'
  | 'city-window'
  | 'joint-audit'
  // Both: the decision, the card, and the ways out.
  | 'approved'
  | 'card-made'
  | 'issued'
  | 'returned'
  | 'rejected'
  | 'withdrawn'
  | 'revoked';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  registered: '已登记',
  'awaiting-seal': '待盖章',
  sealed: '已盖章',
  submitted: '已报送',
  'joint-review': '联合研究',
  'talent-office': '报人才办',
  'online-recorded': '网上申请已记录',
  'district-recommended': '区市已推荐',
  'city-window': '已报市窗口',
  'joint-audit': '联合审核',
  approved: '已同意',
  'card-made': '已制卡',
  issued: '已发放',
  returned: '退回补正',
  rejected: '未通过',
  withdrawn: '已撤回',
  revoked: '已注销',
};

/** What a step must record, each a short text in the staff's words or a date. */
export type StepField = 'date' | 'reference' | 'opinion' | 'items' | 'reason' | 'cardNumber' | 'issueDate';

export const STEP_FIELD_LABELS: Record<StepField, string> = {
  date: '日期',
  reference: '文号或编号',
  opinion: '推荐意见',
  items: '需补正的事项',
  reason: '原因',
  cardNumber: '卡号',
  issueDate: '发放日期',
};

export type StepId =
  | 'register'
  | 'print'
  | 'file-seal'
  | 'submit'
  | 'start-joint-review'
  | 'report-talent-office'
  | 'record-online'
  | 'recommend'
  | 'report-city'
  | 'start-joint-audit'
  | 'approve'
  | 'make-card'
  | 'issue'
  | 'return'
  | 'reject'
  | 'resubmit'
  | 'withdraw'
  | 'revoke';

export interface Step {
  id: StepId;
  /** The button's words. */
  label: string;
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  /** Who may take it: a window (区市窗口, or the city's own window) or the city's review. */
  roles: readonly Role[];
  needs: readonly StepField[];
  /** Where `date` is needed, what the date is of. */
  dateLabel?: string;
  referenceLabel?: string;
}

const WINDOWS: readonly Role[] = ['district', 'city'];
const CITY: readonly Role[] = ['city'];

/** Review steps at which the city may send an application back or refuse it. */
const BUSINESS_REVIEW: readonly ApplicationStatus[] = ['submitted', 'joint-review', 'talent-office'];
const ENTERPRISE_REVIEW: readonly ApplicationStatus[] = ['city-window', 'joint-audit'];

function decisionSteps(
  review: readonly ApplicationStatus[],
  last: ApplicationStatus,
  restart: ApplicationStatus,
): Step[] {
  return [
    {
      id: 'approve',
      label: '记录同意',
      from: [last],
      to: 'approved',
      roles: CITY,
      needs: ['date'],
      dateLabel: '同意日期',
    },
    { id: 'make-card', label: '制卡', from: ['approved'], to: 'card-made', roles: CITY, needs: [] },
    {
      id: 'issue',
      label: '发放英才卡',
      from: ['card-made'],
      to: 'issued',
      roles: CITY,
      needs: ['cardNumber', 'issueDate'],
    },
    { id: 'return', label: '退回补正', from: review, to: 'returned', roles: CITY, needs: ['items'] },
    { id: 'reject', label: '记录未通过', from: review, to: 'rejected', roles: CITY, needs: ['reason'] },
    { id: 'resubmit', label: '补正后重新办理', from: ['returned'], to: restart, roles: WINDOWS, needs: [] },
    { id: 'revoke', label: '注销英才卡', from: ['issued'], to: 'revoked', roles: CITY, needs: ['reason'] },
  ];
}

export const WORKFLOWS: Record<CardCategory, readonly Step[]> = {
  'business-elite': [
    { id: 'register', label: '完成登记', from: ['draft'], to: 'registered', roles: WINDOWS, needs: [] },
    {
      id: 'print',
      label: '打印申领登记表',
      from: ['registered', 'awaiting-seal'],
      to: 'awaiting-seal',
      roles: WINDOWS,
      needs: [],
    },
    {
      id: 'file-seal',
      label: '归档盖章件',
      from: ['awaiting-seal', 'sealed'],
      to: 'sealed',
      roles: WINDOWS,
      needs: [],
    },
    {
      id: 'submit',
      label: '报送人才创新发展院',
      from: ['sealed'],
      to: 'submitted',
      roles: WINDOWS,
      needs: ['date', 'reference'],
      dateLabel: '报送日期',
      referenceLabel: '电子政务办公平台文号',
    },
    {
      id: 'start-joint-review',
      label: '开始联合研究',
      from: ['submitted'],
      to: 'joint-review',
      roles: CITY,
      needs: [],
    },
    {
      id: 'report-talent-office',
      label: '报人才办',
      from: ['joint-review'],
      to: 'talent-office',
      roles: CITY,
      needs: ['date'],
      dateLabel: '报送日期',
    },
    ...decisionSteps(BUSINESS_REVIEW, 'talent-office', 'registered'),
    {
      id: 'withdraw',
      label: '撤回申领',
      from: [
        'draft',
        'registered',
        'awaiting-seal',
        'sealed',
        'submitted',
        'joint-review',
        'talent-office',
        'returned',
      ],
      to: 'withdrawn',
      roles: WINDOWS,
      needs: ['reason'],
    },
  ],
  'enterprise-talent': [
    {
      id: 'record-online',
      label: '记录网上申请',
      from: ['draft'],
      to: 'online-recorded',
      roles: WINDOWS,
      needs: ['date', 'reference'],
      dateLabel: '网上申请日期',
      referenceLabel: '英才威海网申请编号',
    },
    {
      id: 'recommend',
      label: '出具推荐意见',
      from: ['online-recorded'],
      to: 'district-recommended',
      roles: WINDOWS,
      needs: ['opinion'],
    },
    {
      id: 'report-city',
      label: '报市高层次人才服务窗口',
      from: ['district-recommended'],
      to: 'city-window',
      roles: WINDOWS,
      needs: ['date'],
      dateLabel: '报送日期',
    },
    {
      id: 'start-joint-audit',
      label: '开始联合审核',
      from: ['city-window'],
      to: 'joint-audit',
      roles: CITY,
      needs: [],
    },
    ...decisionSteps(ENTERPRISE_REVIEW, 'joint-audit', 'online-recorded'),
    {
      id: 'withdraw',
      label: '撤回申领',
      from: ['draft', 'online-recorded', 'district-recommended', 'city-window', 'joint-audit', 'returned'],
      to: 'withdrawn',
      roles: WINDOWS,
      needs: ['reason'],
    },
  ],
};

/** The steps a role may take from a status, in the workflow's order. */
export function allowedSteps(category: CardCategory, status: ApplicationStatus, role: Role): Step[] {
  return WORKFLOWS[category].filter((step) => step.from.includes(status) && step.roles.includes(role));
}

export function findStep(category: CardCategory, id: StepId): Step | undefined {
  return WORKFLOWS[category].find((step) => step.id === id);
}

/** The step that moves `from` → `to` for a role, if there is one. */
export function stepBetween(
  category: CardCategory,
  from: ApplicationStatus,
  to: ApplicationStatus,
  role: Role,
): Step | undefined {
  return WORKFLOWS[category].find((step) => step.from.includes(from) && step.to === to && step.roles.includes(role));
}

/** The step's data as the staff entered it; every field it needs, trimmed. */
export type StepData = Partial<Record<StepField, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Why the data cannot be recorded with the step, field by field (Chinese), or an empty object. */
export function stepDataErrors(step: Step, data: StepData): Partial<Record<StepField, string>> {
  const errors: Partial<Record<StepField, string>> = {};
  for (const field of step.needs) {
    const value = data[field]?.trim() ?? '';
    const label =
      field === 'date'
        ? (step.dateLabel ?? '日期')
        : field === 'reference'
          ? (step.referenceLabel ?? '文号')
          : STEP_FIELD_LABELS[field];
    if (!value) errors[field] = `请填写${label}`;
    else if ((field === 'date' || field === 'issueDate') && !DATE.test(value))
      errors[field] = `${label}应为“年-月-日”，例如 2026-03-01`;
    else if ((field === 'date' || field === 'issueDate') && !isCalendarDate(value))
      errors[field] = `${label}没有这一天，请核对`;
    else if (value.length > 500) errors[field] = `${label}过长（最多 500 字）`;
  }
  return errors;
}
