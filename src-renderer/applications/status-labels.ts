import type { ApplicationStatus } from '../../src-shared/registration/application';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  registered: '已登记',
  'awaiting-seal': '待盖章',
  sealed: '已盖章',
  withdrawn: '已撤回',
  rejected: '未通过',
};

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  draft: 'gray',
  registered: 'blue',
  'awaiting-seal': 'orange',
  sealed: 'teal',
  withdrawn: 'gray',
  rejected: 'red',
};
