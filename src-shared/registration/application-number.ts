/**
 * 申领编号: unique across devices without asking the server, and never reused.
 *
 *   2026HC-7F3K9Q-0001
 *   │   │  │      └ per-device sequence within the year, never decremented
 *   │   │  └ the device's code (6 Crockford base-32 characters, made once per device)
 *   │   └ the registering window's district (src-shared/codes/districts)
 *   └ year of registration
 *
 * Two devices can only collide if they drew the same 30-bit device code; the
 * server rejects a duplicate number when it syncs, so a collision is caught,
 * not silently kept.
 */

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const DEVICE_CODE_LENGTH = 6;

export function isDeviceCode(value: string): boolean {
  return value.length === DEVICE_CODE_LENGTH && [...value].every((char) => CROCKFORD.includes(char));
}

/** A device code from random bytes (one byte per character, 5 bits used). */
export function deviceCodeFrom(randomBytes: Uint8Array): string {
  if (randomBytes.length < DEVICE_CODE_LENGTH) throw new Error('not enough random bytes');
  return [...randomBytes.slice(0, DEVICE_CODE_LENGTH)].map((byte) => CROCKFORD[byte % 32]).join('');
}

export function formatApplicationNumber(
  year: number,
  districtCode: string,
  deviceCode: string,
  sequence: number,
): string {
  return `${year}${districtCode}-${deviceCode}-${String(sequence).padStart(4, '0')}`;
}

const PATTERN = /^(\d{4})([A-Z]{2})-([0-9A-HJKMNP-TV-Z]{6})-(\d{4,})$/;

export function parseApplicationNumber(
  number: string,
): { year: number; districtCode: string; deviceCode: string; sequence: number } | null {
  const match = PATTERN.exec(number);
  if (!match) return null;
  const [, year, districtCode, deviceCode, sequence] = match as unknown as [string, string, string, string, string];
  return { year: Number(year), districtCode, deviceCode, sequence: Number(sequence) };
}
