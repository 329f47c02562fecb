import { DEFAULT_WAITING_DAYS, MAX_WAITING_DAYS, MIN_WAITING_DAYS } from '../../src-shared/cards/reminders';
import type { TalentCardDb } from '../store/db';

/** N of the 工作台's "waiting at one step longer than N days", set in 设置; this device only. */
const KEY = 'reminder-waiting-days';

export async function waitingDays(db: TalentCardDb): Promise<number> {
  const value = (await db.meta.get(KEY))?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_WAITING_DAYS && value <= MAX_WAITING_DAYS
    ? value
    : DEFAULT_WAITING_DAYS;
}

export async function saveWaitingDays(db: TalentCardDb, days: number): Promise<void> {
  await db.meta.put({ key: KEY, value: days });
}
