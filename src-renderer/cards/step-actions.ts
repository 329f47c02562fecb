import type { Role } from '../../src-shared/api/roles';
import { ROLE_LABELS } from '../../src-shared/api/roles';
import {
  allowedSteps,
  type CardCategory,
  STATUS_LABELS,
  type Step,
  type StepId,
  WORKFLOWS,
} from '../../src-shared/cards/workflow';
import type { Application } from '../../src-shared/registration/application';
import { LANDING_ROLES } from '../store/review';

/** Steps done on their own screens (the registration wizard's 核对 step), linked to rather than taken here. */
export const OWN_SCREEN_STEPS: readonly StepId[] = ['register', 'print', 'file-seal'];

export interface CardActions {
  /** Taken on the card page, each with its dialog. */
  steps: Step[];
  /** Open on the registration screen. */
  screens: Step[];
  /** 记录落地 / 记录正式引进 may be recorded. */
  landing: boolean;
}

/** What this device's role may do with the card now, as the workflow allows it. */
export function cardActions(
  application: Pick<Application, 'status' | 'card' | 'landing'>,
  category: CardCategory,
  role: Role,
): CardActions {
  const allowed = allowedSteps(category, application.status, role);
  return {
    steps: allowed.filter((step) => !OWN_SCREEN_STEPS.includes(step.id)),
    screens: allowed.filter((step) => OWN_SCREEN_STEPS.includes(step.id)),
    landing:
      application.status === 'issued' &&
      Boolean(application.card) &&
      !application.landing &&
      LANDING_ROLES.includes(role),
  };
}

export function hasActions(actions: CardActions): boolean {
  return actions.steps.length > 0 || actions.screens.length > 0 || actions.landing;
}

/** Why a role has nothing to do with the card now, in Chinese. */
export function noActionReason(
  application: Pick<Application, 'status' | 'card' | 'landing'>,
  category: CardCategory,
  role: Role,
): string {
  const status = STATUS_LABELS[application.status];
  if (role === 'admin') return '本机以管理员身份登记到服务器：管理员只管理账号与设备，不办理英才卡的审核步骤。';
  const others = (['city', 'district'] as const).filter(
    (other) => other !== role && allowedSteps(category, application.status, other).length > 0,
  );
  const [other] = others;
  if (application.status === 'issued') {
    const landed = application.landing ? '，落地（引进）已记录' : '';
    return other ? `英才卡已发放${landed}；注销英才卡由${ROLE_LABELS[other]}办理。` : `英才卡已发放${landed}。`;
  }
  if (other) return `当前状态为“${status}”，下一步由${ROLE_LABELS[other]}办理，本机（${ROLE_LABELS[role]}）无需操作。`;
  const ends = WORKFLOWS[category].some((step) => step.from.includes(application.status));
  return ends ? `当前状态为“${status}”，本机暂无可办理的步骤。` : `当前状态为“${status}”，办理已结束。`;
}
