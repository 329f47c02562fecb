import type { ApplicationStatus } from '../../src-shared/registration/application';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  registered: '已登记',
  withdrawn: '已撤回',
  rejected: '未通过',
};
