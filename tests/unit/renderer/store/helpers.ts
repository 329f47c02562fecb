import 'fake-indexeddb/auto';
import { openDatabase, type TalentCardDb } from '../../../../src-renderer/store/db';
import type { Actor } from '../../../../src-renderer/store/device';

let counter = 0;

/** A fresh database on fake-indexeddb, unique per call. */
export function freshDb(): TalentCardDb {
  counter += 1;
  return openDatabase(`test-${Date.now()}-${counter}-${Math.random()}`);
}

export const actor: Actor = {
  deviceId: '0190f5a0-0000-7000-8000-000000000001',
  deviceCode: '7F3K9Q',
  districtCode: 'HC',
  staffName: '王窗口',
};
