import { jsonEqual } from '../sync/fields';

/**
 * What a restore does with one record the backup holds, when the profile
 * already has data: newer data on this device is never overwritten.
 *
 * - `add`: only in the backup;
 * - `replace`: the backup's copy was changed later (`updatedAt`);
 * - `keep`: this device's copy differs and was changed at the same time or
 *   later: it stays, and staff are shown it;
 * - `same`: both copies say the same; nothing to do.
 */
export type RecordDecision = 'add' | 'replace' | 'keep' | 'same';

export interface Versioned {
  updatedAt: string;
}

/** An instant as milliseconds; an unreadable one sorts first, so it never wins over a readable one. */
function instant(value: string): number {
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
}

export function decideRecord(device: Versioned | undefined, backup: Versioned): RecordDecision {
  if (!device) return 'add';
  if (jsonEqual(device, backup)) return 'same';
  return instant(backup.updatedAt) > instant(device.updatedAt) ? 'replace' : 'keep';
}

/** Rows that are only ever added (history, audit): a row is added when its id is missing, never changed. */
export function decideAppendOnly(device: unknown): 'add' | 'same' {
  return device === undefined ? 'add' : 'same';
}

/** The 申领编号 counters (`sequence:<year>`): a number once given is never given again. */
const COUNTER = /^sequence:\d{4}$/;

/**
 * The value a device-local setting takes when the backup has it too: this
 * device's, except a number counter, which takes the larger of the two so
 * that no 申领编号 already given (on either) is given again.
 */
export function mergeMetaValue(key: string, device: unknown, backup: unknown): { value: unknown; changed: boolean } {
  if (COUNTER.test(key) && typeof device === 'number' && typeof backup === 'number' && backup > device) {
    return { value: backup, changed: true };
  }
  return { value: device, changed: false };
}
