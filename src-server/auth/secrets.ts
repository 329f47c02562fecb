import { createHash, randomBytes, randomInt } from 'node:crypto';

/** SHA-256 (hex) of a secret: tokens and enrolment codes are stored only as this. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A device's bearer token: 256 random bits. */
export function newDeviceToken(): string {
  return `wh1.${randomBytes(32).toString('base64url')}`;
}

/** No 0/O, 1/I/L or U: nothing a person could misread or mistype. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 8;

/** A one-time enrolment code as a person reads it: `XXXX-XXXX` (about 39 bits). */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The code as stored (hashed): upper case, without spaces or dashes. */
export function normaliseEnrolmentCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}
