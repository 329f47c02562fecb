import { v7 as uuidv7 } from 'uuid';
import { deviceCodeFrom } from '../../src-shared/registration/application-number';
import type { TalentCardDb } from './db';

export interface DeviceIdentity {
  deviceId: string;
  /** Short code used in 申领编号. */
  deviceCode: string;
}

/** Who works on this device and for which window; set in 设置. */
export interface StaffProfile {
  districtCode: string;
  staffName: string;
}

/** The acting device and person, stamped on every record written. */
export interface Actor extends DeviceIdentity, StaffProfile {}

/** This device's identity, made once on first use and kept. */
export async function deviceIdentity(db: TalentCardDb): Promise<DeviceIdentity> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await db.meta.get('device');
    if (existing) return existing.value as DeviceIdentity;
    const identity: DeviceIdentity = {
      deviceId: uuidv7(),
      deviceCode: deviceCodeFrom(crypto.getRandomValues(new Uint8Array(8))),
    };
    await db.meta.put({ key: 'device', value: identity });
    return identity;
  });
}

export async function staffProfile(db: TalentCardDb): Promise<StaffProfile | null> {
  const entry = await db.meta.get('profile');
  return (entry?.value as StaffProfile | undefined) ?? null;
}

export async function saveStaffProfile(db: TalentCardDb, profile: StaffProfile): Promise<void> {
  await db.meta.put({ key: 'profile', value: profile });
}

/** The actor for writes, or null while 设置 has no profile yet. */
export async function currentActor(db: TalentCardDb): Promise<Actor | null> {
  const [identity, profile] = await Promise.all([deviceIdentity(db), staffProfile(db)]);
  return profile ? { ...identity, ...profile } : null;
}
