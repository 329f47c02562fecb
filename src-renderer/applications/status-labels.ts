import type { ApplicationStatus } from '../../src-shared/registration/application';

export { STATUS_LABELS } from '../../src-shared/cards/workflow';

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  draft: 'gray',
  registered: 'blue',
  'awaiting-seal': 'orange',
  sealed: 'teal',
  submitted: 'indigo',
  'joint-review': 'violet',
  'talent-office': 'violet',
  'online-recorded': 'blue',
  'district-recommended': 'indigo',
  'city-window': 'indigo',
  'joint-audit': 'violet',
  approved: 'green',
  'card-made': 'green',
  issued: 'teal',
  returned: 'yellow',
  rejected: 'red',
  withdrawn: 'gray',
  revoked: 'dark',
};
