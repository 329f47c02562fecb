import { CHECK_BYTES } from '../../src-shared/backup/format';
import { normalizePassphrase } from '../../src-shared/backup/passphrase';

/**
 * The backup's own key, from its passphrase (never the profile's data key:
 * a profile re-created after the OS key store changed has a new one, and
 * its backups must still open). Web Crypto, as nothing here runs inside an
 * IndexedDB transaction.
 */
export interface BackupKey {
  key: CryptoKey;
  /** Compared with the header's `check` before decrypting. */
  check: Uint8Array;
}

const KEY_BITS = 256;

/** The bytes over a plain ArrayBuffer, as Web Crypto takes them; copied only when they are not (an archive is large). */
const bufferOf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> =>
  bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);

export async function deriveBackupKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<BackupKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(normalizePassphrase(passphrase)),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: bufferOf(salt), iterations },
      material,
      KEY_BITS + CHECK_BYTES * 8,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, KEY_BITS / 8), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const check = bits.slice(KEY_BITS / 8);
  bits.fill(0);
  return { key, check };
}

export async function encryptArchive(
  key: CryptoKey,
  iv: Uint8Array,
  additionalData: Uint8Array,
  plain: Uint8Array,
): Promise<Uint8Array> {
  const params = { name: 'AES-GCM', iv: bufferOf(iv), additionalData: bufferOf(additionalData) };
  return new Uint8Array(await crypto.subtle.encrypt(params, key, bufferOf(plain)));
}

/** Rejects when the bytes or the header were changed (or the key is wrong). */
export async function decryptArchive(
  key: CryptoKey,
  iv: Uint8Array,
  additionalData: Uint8Array,
  ciphertext: Uint8Array,
): Promise<Uint8Array> {
  const params = { name: 'AES-GCM', iv: bufferOf(iv), additionalData: bufferOf(additionalData) };
  return new Uint8Array(await crypto.subtle.decrypt(params, key, bufferOf(ciphertext)));
}

/** Equal bytes, in time that does not depend on where they differ. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index += 1) difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}
