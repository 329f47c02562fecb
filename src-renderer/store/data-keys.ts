import { type DataKeys, deriveDataKeys } from '../../src-shared/crypto/data-key';

/**
 * The keys of the open profile, held in memory only while a staff member is
 * signed in. The store seals and opens personal fields with them; without
 * them it refuses to read or write those tables.
 */
let current: DataKeys | null = null;

/** The store was used before anyone signed in. */
export class StoreLocked extends Error {
  constructor() {
    super('尚未登录，本机数据未解锁');
    this.name = 'StoreLocked';
  }
}

export function setDataKey(dataKey: Uint8Array): void {
  current = deriveDataKeys(dataKey);
}

export function clearDataKey(): void {
  current?.fields.fill(0);
  current?.search.fill(0);
  current = null;
}

export function hasDataKey(): boolean {
  return current !== null;
}

export function dataKeys(): DataKeys {
  if (!current) throw new StoreLocked();
  return current;
}
