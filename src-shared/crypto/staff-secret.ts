/**
 * The staff member's PIN or password: what counts as one, and how it wraps
 * the data key (PBKDF2-SHA-256, then AES-256-GCM, through Web Crypto). A
 * wrong secret fails the GCM tag, so it is told apart from a damaged key.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; stored with each wrap so it can be raised later. */
export const PBKDF2_ITERATIONS = 600_000;

const PIN = /^\d{6,12}$/;

/** Why a new secret is refused, or null when it will do. */
export function secretProblem(secret: string): string | null {
  if (!secret) return '请输入 PIN 或密码';
  if (/^\d+$/.test(secret)) {
    if (!PIN.test(secret)) return 'PIN 须为 6 至 12 位数字';
    if (
      /^(\d)\1+$/.test(secret) ||
      '01234567890123456789'.includes(secret) ||
      '98765432109876543210'.includes(secret)
    ) {
      return 'PIN 不能是重复或连续的数字';
    }
    return null;
  }
  if ([...secret].length < 8) return '密码至少 8 个字符（或使用 6 至 12 位数字的 PIN）';
  if ([...secret].length > 128) return '密码不能超过 128 个字符';
  return null;
}

/** A data key wrapped under one staff member's secret. */
export interface WrappedKey {
  salt: Uint8Array;
  iterations: number;
  iv: Uint8Array;
  /** AES-GCM ciphertext and tag of the protected key. */
  data: Uint8Array;
}

/** The secret did not open the wrap. */
export class WrongSecret extends Error {
  constructor() {
    super('PIN 或密码不正确');
    this.name = 'WrongSecret';
  }
}

async function secretKey(secret: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function wrapWithSecret(
  secret: string,
  payload: Uint8Array,
  iterations = PBKDF2_ITERATIONS,
): Promise<WrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await secretKey(secret, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, payload as BufferSource));
  return { salt, iterations, iv, data };
}

export async function unwrapWithSecret(secret: string, wrapped: WrappedKey): Promise<Uint8Array> {
  const key = await secretKey(secret, wrapped.salt, wrapped.iterations);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: wrapped.iv as BufferSource },
        key,
        wrapped.data as BufferSource,
      ),
    );
  } catch {
    throw new WrongSecret();
  }
}
