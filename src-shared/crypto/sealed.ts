import { gcm } from '@noble/ciphers/aes';
import { randomBytes } from '@noble/ciphers/webcrypto';

/**
 * AES-256-GCM for values kept at rest on the device. Synchronous on purpose:
 * the store seals and opens fields inside IndexedDB transactions, which
 * close as soon as they wait on anything that is not IndexedDB (Web Crypto
 * included).
 *
 * A sealed value is one byte array: the format version, a fresh 12-byte
 * nonce, then the ciphertext with its 16-byte tag.
 */
const VERSION = 1;
const NONCE_BYTES = 12;
const HEADER_BYTES = 1 + NONCE_BYTES;
const TAG_BYTES = 16;

/** Opening failed: wrong key, or bytes changed since they were sealed. */
export class SealBroken extends Error {
  constructor() {
    super('加密数据无法解开：密钥不对，或数据已被改动');
    this.name = 'SealBroken';
  }
}

export function seal(key: Uint8Array, plain: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const body = gcm(key, nonce).encrypt(plain);
  const out = new Uint8Array(HEADER_BYTES + body.length);
  out[0] = VERSION;
  out.set(nonce, 1);
  out.set(body, HEADER_BYTES);
  return out;
}

/** Whether a stored value is a sealed one (rather than a value kept before sealing began). */
export function isSealed(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length >= HEADER_BYTES + TAG_BYTES && value[0] === VERSION;
}

export function open(key: Uint8Array, sealed: Uint8Array): Uint8Array {
  if (!isSealed(sealed)) throw new SealBroken();
  try {
    return gcm(key, sealed.subarray(1, HEADER_BYTES)).decrypt(sealed.subarray(HEADER_BYTES));
  } catch {
    throw new SealBroken();
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Seals any JSON value (a string, an object, a list). */
export function sealJson(key: Uint8Array, value: unknown): Uint8Array {
  return seal(key, encoder.encode(JSON.stringify(value)));
}

export function openJson<T = unknown>(key: Uint8Array, sealed: Uint8Array): T {
  return JSON.parse(decoder.decode(open(key, sealed))) as T;
}
