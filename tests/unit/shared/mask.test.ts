import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '../../../src-shared/registration/mask';

describe('masks', () => {
  it('hides the middle of a 证件号码', () => {
    expect(maskIdNumber('370102199003071234')).toBe('3701**********1234');
    expect(maskIdNumber('E12345678')).toBe('E123*5678');
    expect(maskIdNumber('AB1234')).toBe('****34');
    expect(maskIdNumber('')).toBe('');
  });

  it('hides the middle of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0631-5190505')).toBe('0631-***0505');
    expect(maskPhone('0631-5190505-123')).toBe('0631-***0505');
    expect(maskPhone('')).toBe('');
  });
});
