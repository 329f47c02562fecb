import { hkdf } from '@noble/hashes/hkdf';
import { sha256 } from '@noble/hashes/sha2';
import { randomBytes } from '@noble/hashes/utils';

/** The device's data key: 32 random bytes, made once per profile, kept only wrapped. */
export const DATA_KEY_BYTES = 32;

export function newDataKey(): Uint8Array {
  return randomBytes(DATA_KEY_BYTES);
}

/**
 * The keys used at rest, each derived from the data key for one purpose so
 * that a search hash never reveals anything about the cipher key.
 */
export interface DataKeys {
  /** AES-256-GCM key for sealed fields and attachments. */
  fields: Uint8Array;
  /** HMAC-SHA-256 key for the search hashes of 证件号码. */
  search: Uint8Array;
}

export function deriveDataKeys(dataKey: Uint8Array): DataKeys {
  if (dataKey.length !== DATA_KEY_BYTES) throw new Error(`data key must be ${DATA_KEY_BYTES} bytes`);
  const info = (purpose: string) => new TextEncoder().encode(`talent-card/${purpose}/v1`);
  return {
    fields: hkdf(sha256, dataKey, undefined, info('fields'), 32),
    search: hkdf(sha256, dataKey, undefined, info('search'), 32),
  };
}
