import Dexie, { type EntityTable } from 'dexie';
import type { BridgeError, KeyProtection, ProtectedDataKey } from '../../src-shared/bridge/contract';
import { newDataKey } from '../../src-shared/crypto/data-key';
import { nextTryAt, type SignInThrottle, waitText, wrongSecretMessage } from '../../src-shared/crypto/sign-in-limit';
import {
  secretProblem,
  unwrapWithSecret,
  type WrappedKey,
  WrongSecret,
  wrapWithSecret,
} from '../../src-shared/crypto/staff-secret';

/**
 * The keyring: who may sign in on this device and the data key each of them
 * unwraps. Its own small IndexedDB database, apart from the records, because
 * it must be read before the records can be.
 *
 * The data key is sealed twice: first by the OS key store (through the
 * desktop bridge), then under each staff member's PIN or password. Opening
 * takes both the secret and the same OS account on the same machine.
 */
export const KEYRING_DATABASE_NAME = 'talent-card-keys';

/** The records database this keyring opens, and how its key is protected. */
export interface ProfileEntry {
  key: 'profile';
  /** Name of the IndexedDB database holding the records. */
  database: string;
  protection: KeyProtection;
  createdAt: string;
  /** Databases of earlier profiles, kept untouched (e.g. one whose OS key was lost). */
  previous: string[];
}

export interface StaffEntry {
  name: string;
  wrapped: WrappedKey;
  createdAt: string;
}

interface ThrottleEntry extends SignInThrottle {
  key: 'throttle';
}

type KeyringDb = Dexie & {
  settings: EntityTable<ProfileEntry | ThrottleEntry, 'key'>;
  staff: EntityTable<StaffEntry, 'name'>;
};

/** What the keyring needs of the desktop bridge. */
export interface OsKeyStore {
  protect(key: Uint8Array): Promise<ProtectedDataKey>;
  unprotect(sealed: Uint8Array, protection: KeyProtection): Promise<Uint8Array>;
}

export type KeyringFailure =
  | { code: 'invalid'; message: string }
  | { code: 'unknown-staff'; message: string }
  | { code: 'wrong-secret'; message: string; retryAt: string | null }
  | { code: 'throttled'; message: string; retryAt: string }
  | { code: 'os-key-changed'; message: string }
  | { code: 'os-unavailable'; message: string };

export type Unlocked = { ok: true; dataKey: Uint8Array; profile: ProfileEntry; staffName: string };
export type KeyringResult = Unlocked | ({ ok: false } & KeyringFailure);

/** A bridge error, as thrown by an OsKeyStore. */
export class OsKeyStoreError extends Error {
  constructor(readonly error: BridgeError) {
    super(error.message);
    this.name = 'OsKeyStoreError';
  }
}

const NAME_MAX = 20;

function nameProblem(name: string): string | null {
  if (!name.trim()) return '请输入工作人员姓名';
  if ([...name.trim()].length > NAME_MAX) return `姓名不能超过 ${NAME_MAX} 个字`;
  return null;
}

function osFailure(error: unknown): { ok: false } & KeyringFailure {
  if (error instanceof OsKeyStoreError) {
    const code = error.error.code === 'os-key-changed' ? 'os-key-changed' : 'os-unavailable';
    return { ok: false, code, message: error.error.message };
  }
  throw error;
}

export interface Keyring {
  /** The profile and the staff who can sign in; null profile before first use. */
  state(): Promise<{ profile: ProfileEntry | null; staff: string[] }>;
  /**
   * First use, or recovery: a new data key for a new (empty) records database,
   * and its first staff member. An earlier profile's database is kept, and
   * its staff entries are dropped (they unwrap the old key only).
   */
  createProfile(staffName: string, secret: string, database: string, now?: Date): Promise<KeyringResult>;
  /** Another staff member, added by one who is signed in (and so holds the data key). */
  addStaff(dataKey: Uint8Array, staffName: string, secret: string, now?: Date): Promise<KeyringResult>;
  /** Signs in: rate-limited across the device, the count kept across restarts. */
  signIn(staffName: string, secret: string, now?: Date): Promise<KeyringResult>;
  close(): void;
}

export function openKeyring(os: OsKeyStore, name = KEYRING_DATABASE_NAME): Keyring {
  const db = new Dexie(name) as KeyringDb;
  db.version(1).stores({ settings: 'key', staff: 'name' });

  const profileEntry = async () => (await db.settings.get('profile')) as ProfileEntry | undefined;
  const throttle = async (): Promise<SignInThrottle> =>
    ((await db.settings.get('throttle')) as ThrottleEntry | undefined) ?? { failures: 0, lastFailureAt: null };

  const saveThrottle = (value: SignInThrottle) => db.settings.put({ key: 'throttle', ...value } as ThrottleEntry);

  return {
    async state() {
      const [profile, staff] = await Promise.all([profileEntry(), db.staff.orderBy('name').primaryKeys()]);
      return { profile: profile ?? null, staff };
    },

    async createProfile(staffName, secret, database, now = new Date()) {
      const problem = nameProblem(staffName) ?? secretProblem(secret);
      if (problem) return { ok: false, code: 'invalid', message: problem };
      const dataKey = newDataKey();
      let sealed: ProtectedDataKey;
      try {
        sealed = await os.protect(dataKey);
      } catch (error) {
        return osFailure(error);
      }
      const wrapped = await wrapWithSecret(secret, sealed.sealed);
      const name = staffName.trim();
      const old = await profileEntry();
      const profile: ProfileEntry = {
        key: 'profile',
        database,
        protection: sealed.protection,
        createdAt: now.toISOString(),
        previous: old ? [...old.previous, old.database] : [],
      };
      await db.transaction('rw', db.settings, db.staff, async () => {
        await db.staff.clear();
        await db.staff.put({ name, wrapped, createdAt: now.toISOString() });
        await db.settings.put(profile);
        await saveThrottle({ failures: 0, lastFailureAt: null });
      });
      return { ok: true, dataKey, profile, staffName: name };
    },

    async addStaff(dataKey, staffName, secret, now = new Date()) {
      const problem = nameProblem(staffName) ?? secretProblem(secret);
      if (problem) return { ok: false, code: 'invalid', message: problem };
      const profile = await profileEntry();
      if (!profile) return { ok: false, code: 'invalid', message: '本机尚未设置工作人员' };
      const name = staffName.trim();
      if (await db.staff.get(name)) return { ok: false, code: 'invalid', message: `工作人员“${name}”已存在` };
      let sealed: ProtectedDataKey;
      try {
        sealed = await os.protect(dataKey);
      } catch (error) {
        return osFailure(error);
      }
      await db.staff.put({ name, wrapped: await wrapWithSecret(secret, sealed.sealed), createdAt: now.toISOString() });
      return { ok: true, dataKey, profile, staffName: name };
    },

    async signIn(staffName, secret, now = new Date()) {
      const profile = await profileEntry();
      const entry = await db.staff.get(staffName.trim());
      if (!profile || !entry) return { ok: false, code: 'unknown-staff', message: '本机没有这位工作人员' };
      const before = await throttle();
      const retryAt = nextTryAt(before, now);
      if (retryAt) {
        return { ok: false, code: 'throttled', message: `尝试次数过多，请 ${waitText(retryAt, now)}后再试`, retryAt };
      }
      let sealed: Uint8Array;
      try {
        sealed = await unwrapWithSecret(secret, entry.wrapped);
      } catch (error) {
        if (!(error instanceof WrongSecret)) throw error;
        const after: SignInThrottle = { failures: before.failures + 1, lastFailureAt: now.toISOString() };
        await saveThrottle(after);
        return {
          ok: false,
          code: 'wrong-secret',
          message: wrongSecretMessage(after, now),
          retryAt: nextTryAt(after, now),
        };
      }
      if (before.failures) await saveThrottle({ failures: 0, lastFailureAt: null });
      try {
        const dataKey = await os.unprotect(sealed, profile.protection);
        return { ok: true, dataKey, profile, staffName: entry.name };
      } catch (error) {
        return osFailure(error);
      }
    },

    close() {
      db.close();
    },
  };
}
