import { Badge } from '@mantine/core';
import { reminderCount } from '../../src-shared/cards/reminders';
import { stationReminderCount } from '../../src-shared/stations/reminders';
import { useReminders } from './use-reminders';
import { useStationReminders } from './use-station-reminders';

/** The 工作台 item's count in the navigation: every reminder the 工作台 lists, applications and stations. */
export function ReminderNavBadge() {
  const lists = useReminders();
  const stationLists = useStationReminders();
  const count = (lists ? reminderCount(lists) : 0) + (stationLists ? stationReminderCount(stationLists) : 0);
  if (count === 0) return null;
  return (
    <Badge
      size="sm"
      color="orange"
      circle={count < 10}
      aria-label={`待办提醒 ${count} 项`}
      data-testid="nav-reminder-count"
    >
      {count > 999 ? '999+' : count}
    </Badge>
  );
}
