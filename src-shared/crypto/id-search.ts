import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

/**
 * Search by 证件号码 without keeping it readable: keyed hashes (HMAC-SHA-256
 * under the device's search key) of the whole number and of each of its
 * tails. Without the key the hashes say nothing; with it, an exact tail
 * typed in the search box is found by one index lookup.
 */

/** The shortest tail searched for (the list page's rule). */
export const MIN_ID_TAIL = 3;

const encoder = new TextEncoder();

function keyedHash(key: Uint8Array, purpose: string, text: string): string {
  // 16 bytes are plenty to tell numbers apart and keep the index small.
  return bytesToHex(hmac(sha256, key, encoder.encode(`${purpose}\u0000${text}`)).subarray(0, 16));
}

/** Normalised as typed: the check character X in upper case. */
function normalise(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}

/** The key for finding the same person's other applications (type and number together). */
export function idNumberKey(key: Uint8Array, idType: string, idNumber: string): string {
  return keyedHash(key, `id:${idType}`, normalise(idNumber));
}

/** One hash per tail of MIN_ID_TAIL characters or more. */
export function idTailKeys(key: Uint8Array, idNumber: string): string[] {
  const id = normalise(idNumber);
  const tails: string[] = [];
  for (let length = MIN_ID_TAIL; length <= id.length; length++) tails.push(idTailKey(key, id.slice(-length)));
  return tails;
}

/** The hash to look up for a tail typed in the search box. */
export function idTailKey(key: Uint8Array, tail: string): string {
  return keyedHash(key, 'tail', normalise(tail));
}
