import { notifications } from '@mantine/notifications';

/**
 * Says a step was recorded. One notice per card: the next step's replaces
 * the last one, so a run of steps does not pile notices over the page.
 */
export function notifyCard(applicationId: string, title: string, message: string): void {
  const id = `card-${applicationId}`;
  notifications.hide(id);
  notifications.show({ id, color: 'teal', title, message });
}
