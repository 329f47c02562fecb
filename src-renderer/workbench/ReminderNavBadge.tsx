import { Badge } from '@mantine/core';
import { reminderCount } from '../../src-shared/cards/reminders';
import { useReminders } from './use-reminders';

/** The 工作台 item's count in the navigation: every reminder the 工作台 lists. */
export function ReminderNavBadge() {
  const lists = useReminders();
  const count = lists ? reminderCount(lists) : 0;
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
