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
export function checkAutoLockMinutes(
  value: string | number,
): { ok: true; value: number } | { ok: false; message: string } {
  const text = String(value).trim();
  if (text === '') return { ok: false, message: '请填写自动锁定时间（分钟）' };
  const minutes = Number(text);
  if (!inRange(minutes)) {
    return {
      ok: false,
      message: `自动锁定时间须为 ${MIN_AUTO_LOCK_MINUTES} 到 ${MAX_AUTO_LOCK_MINUTES} 之间的整数（分钟）`,
    };
  }
  return { ok: true, value: minutes };
}
