import {
  IconAddressBook,
  IconBuildingCommunity,
  IconCards,
  IconChartBar,
  IconCloudUpload,
  IconLayoutDashboard,
  IconSettings,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { ReminderNavBadge } from '../workbench/ReminderNavBadge';

export interface NavItem {
  path: string;
  label: string;
  description: string;
  icon: typeof IconLayoutDashboard;
  /** A live count shown beside the label (renders nothing when there is nothing to count). */
  badge?: ComponentType;
}

/** The app's sections, in the order they appear in the navigation. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: '工作台', description: '待办事项与到期提醒', icon: IconLayoutDashboard, badge: ReminderNavBadge },
  { path: '/applications', label: '申领登记', description: '商务精英类与名企优才类', icon: IconAddressBook },
  { path: '/cards', label: '英才卡', description: '审核进度与有效期', icon: IconCards },
  { path: '/reports', label: '统计报表', description: '申领数量统计与导出', icon: IconChartBar },
  { path: '/stations', label: '人才驿站', description: '认定、活动、评估与整改', icon: IconBuildingCommunity },
  { path: '/sync', label: '同步', description: '与中心服务器同步', icon: IconCloudUpload },
  { path: '/settings', label: '设置', description: '本机信息与偏好', icon: IconSettings },
];
