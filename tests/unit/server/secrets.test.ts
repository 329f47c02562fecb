import { describe, expect, it } from 'vitest';
import { hashPassword, newPassword, verifyPassword } from '../../../src-server/auth/passwords';
import { hashSecret, newDeviceToken, newEnrolmentCode, normaliseEnrolmentCode } from '../../../src-server/auth/secrets';
import { SignInLimiter } from '../../../src-server/auth/sign-in-limiter';

describe('enrolment codes', () => {
  it('are XXXX-XXXX without characters a person could misread', () => {
    const codes = Array.from({ length: 500 }, newEnrolmentCode);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('match however they are typed: case, spaces and dashes do not matter', () => {
    expect(normaliseEnrolmentCode(' ab2c - d3ef ')).toBe('AB2CD3EF');
    expect(hashSecret(normaliseEnrolmentCode('ab2c d3ef'))).toBe(hashSecret(normaliseEnrolmentCode('AB2C-D3EF')));
  });
});

describe('device tokens', () => {
  it('carry 256 random bits and are stored only as a hash', () => {
    const token = newDeviceToken();
    expect(token).toMatch(/^wh1\.[A-Za-z0-9_-]{43}$/);
    expect(newDeviceToken()).not.toBe(token);
    expect(hashSecret(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(token)).not.toContain(token.slice(4, 20));
  });
});

describe('passwords', () => {
  it('are kept as a salted scrypt hash that verifies only the same password', async () => {
    const stored = await hashPassword('正确的密码 correct');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain('correct');
    expect(await hashPassword('正确的密码 correct')).not.toBe(stored);
    expect(await verifyPassword('正确的密码 correct', stored)).toBe(true);
    expect(await verifyPassword('正确的密码 correcT', stored)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('are generated long enough when the admin gives none', () => {
    expect(newPassword()).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});

describe('the sign-in limiter', () => {
  it('locks a name after the allowed failures, for the window only, whatever its case', () => {
    let now = 0;
    const limiter = new SignInLimiter(3, 1000, () => now);
    limiter.failed('Staff');
    limiter.failed('staff');
    expect(limiter.locked('STAFF')).toBe(false);
    limiter.failed('staff');
    expect(limiter.locked('staff')).toBe(true);
    expect(limiter.locked('other')).toBe(false);
    now = 1001;
    expect(limiter.locked('staff')).toBe(false);
  });

  it('forgets earlier failures after a successful sign-in', () => {
    const limiter = new SignInLimiter(2, 1000, () => 0);
    limiter.failed('staff');
    limiter.succeeded('staff');
    limiter.failed('staff');
    expect(limiter.locked('staff')).toBe(false);
  });
});
