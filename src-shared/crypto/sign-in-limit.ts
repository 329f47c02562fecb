/**
 * Wrong PINs are rate-limited on the device: the first few are free, then
 * each further wrong try makes the next one wait, doubling up to a ceiling.
 * The count survives a restart, and a right secret clears it.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;

/** Seconds to wait before the next try after `failures` wrong ones in a row. */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

export interface SignInThrottle {
  failures: number;
  /** ISO time of the last wrong try, or null. */
  lastFailureAt: string | null;
}

/** When the next try is allowed (ISO), or null when it is allowed now. */
export function nextTryAt(throttle: SignInThrottle, now: Date): string | null {
  const wait = waitAfterFailures(throttle.failures);
  if (!wait || !throttle.lastFailureAt) return null;
  const at = new Date(Date.parse(throttle.lastFailureAt) + wait * 1000);
  return at > now ? at.toISOString() : null;
}

/** Tries left before waiting begins. */
export function freeTriesLeft(throttle: SignInThrottle): number {
  return Math.max(0, FREE_ATTEMPTS - throttle.failures);
}

/** The message after a wrong try. */
export function wrongSecretMessage(throttle: SignInThrottle, now: Date): string {
  const at = nextTryAt(throttle, now);
  if (at) return `PIN 或密码不正确，已连续错误 ${throttle.failures} 次，请 ${waitText(at, now)}后再试`;
  return `PIN 或密码不正确，再错 ${freeTriesLeft(throttle)} 次后须等待才能再试`;
}

export function waitText(at: string, now: Date): string {
  const seconds = Math.max(1, Math.ceil((Date.parse(at) - now.getTime()) / 1000));
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}
