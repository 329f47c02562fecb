import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '../../../src-shared/registration/mask';

describe('masks', () => {
  it('hides the middle of an 18-character 证件号码', () => {
    expect(maskIdNumber('370102199003071234')).toBe('3701**********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps short passport and permit numbers mostly hidden, whatever their length', () => {
    expect(maskIdNumber('E1234567')).toBe('******67');
    expect(maskIdNumber('1234567')).toBe('*****67');
    expect(maskIdNumber('E12345678')).toBe('******678');
    expect(maskIdNumber('H1234567801')).toBe('********801');
    expect(maskIdNumber('12')).toBe('**');
    expect(maskIdNumber('')).toBe('');
    for (let length = 1; length <= 20; length++) {
      const masked = maskIdNumber('9'.repeat(length));
      expect(masked).toHaveLength(length);
      expect(masked.replaceAll('*', '').length).toBeLessThanOrEqual(Math.ceil(length / 2));
    }
  });

  it('hides the middle of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0631-5190505')).toBe('0631-***0505');
    expect(maskPhone('0631-5190505-123')).toBe('0631-***0505');
    expect(maskPhone('5190505')).toBe('*****05');
    expect(maskPhone('')).toBe('');
  });
});
