import { describe, expect, it } from 'vitest';
import {
  freeTriesLeft,
  nextTryAt,
  waitAfterFailures,
  wrongSecretMessage,
} from '../../../../src-shared/crypto/sign-in-limit';
import {
  secretProblem,
  unwrapWithSecret,
  WrongSecret,
  wrapWithSecret,
} from '../../../../src-shared/crypto/staff-secret';

describe('staff secrets', () => {
  it('takes a PIN of 6–12 digits that is not a run, or a password of 8 characters or more', () => {
    expect(secretProblem('246810')).toBeNull();
    expect(secretProblem('窗口密码2026年')).toBeNull();
    expect(secretProblem('')).toBe('请输入 PIN 或密码');
    expect(secretProblem('12345')).toBe('PIN 须为 6 至 12 位数字');
    expect(secretProblem('111111')).toBe('PIN 不能是重复或连续的数字');
    expect(secretProblem('123456')).toBe('PIN 不能是重复或连续的数字');
    expect(secretProblem('987654')).toBe('PIN 不能是重复或连续的数字');
    expect(secretProblem('abc')).toMatch(/^密码至少 8 个字符/);
  });

  it('unwraps with the same secret only', async () => {
    const payload = crypto.getRandomValues(new Uint8Array(32));
    const wrapped = await wrapWithSecret('246810', payload, 1000);
    expect(await unwrapWithSecret('246810', wrapped)).toEqual(payload);
    await expect(unwrapWithSecret('246811', wrapped)).rejects.toThrow(WrongSecret);
    expect(wrapped.data).not.toEqual(payload);
  });
});

describe('wrong-secret limit', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('lets five wrong tries go, then waits 30 s, doubling to at most 15 minutes', () => {
    expect([0, 4, 5, 6, 7, 20].map(waitAfterFailures)).toEqual([0, 0, 30, 60, 120, 900]);
    const throttle = { failures: 5, lastFailureAt: now.toISOString() };
    expect(nextTryAt(throttle, now)).toBe('2026-11-23T10:00:30.000Z');
    expect(nextTryAt(throttle, new Date('2026-11-23T10:00:30Z'))).toBeNull();
    expect(wrongSecretMessage(throttle, now)).toBe('PIN 或密码不正确，已连续错误 5 次，请 30 秒后再试');
    expect(wrongSecretMessage({ failures: 2, lastFailureAt: now.toISOString() }, now)).toBe(
      'PIN 或密码不正确，再错 3 次后须等待才能再试',
    );
    expect(freeTriesLeft({ failures: 9, lastFailureAt: null })).toBe(0);
  });
});
