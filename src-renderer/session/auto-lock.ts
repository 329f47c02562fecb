import { checkWholeNumberSetting, type SettingCheck } from '../../src-shared/records/whole-number-setting';
import type { TalentCardDb } from '../store/db';

/** Minutes without activity before the app locks itself; set in 设置, this device only. */
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
export const MIN_AUTO_LOCK_MINUTES = 1;
export const MAX_AUTO_LOCK_MINUTES = 120;
const KEY = 'autoLockMinutes';

const inRange = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isInteger(value) &&
  value >= MIN_AUTO_LOCK_MINUTES &&
  value <= MAX_AUTO_LOCK_MINUTES;

export async function autoLockMinutes(db: TalentCardDb): Promise<number> {
  const value = (await db.meta.get(KEY))?.value;
  return inRange(value) ? value : DEFAULT_AUTO_LOCK_MINUTES;
}

export async function saveAutoLockMinutes(db: TalentCardDb, minutes: number): Promise<void> {
  await db.meta.put({ key: KEY, value: minutes });
}

/** The minutes typed as a whole number in range, or the Chinese reason they cannot be used. */
export function checkAutoLockMinutes(value: string | number): SettingCheck {
  return checkWholeNumberSetting(value, {
    name: '自动锁定时间',
    min: MIN_AUTO_LOCK_MINUTES,
    max: MAX_AUTO_LOCK_MINUTES,
    unit: '（分钟）',
  });
}
