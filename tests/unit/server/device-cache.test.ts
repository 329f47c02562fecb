import { describe, expect, it } from 'vitest';
import { DeviceCache, TOKEN_CACHE_MS } from '../../../src-server/auth/device-cache';

const device = { id: 'd1', name: '环翠', role: 'district', district: 'HC' } as const;

describe('the device cache', () => {
  it('trusts a checked token for a short while only', () => {
    let now = 0;
    const cache = new DeviceCache(() => now);
    cache.remember('hash', device);
    expect(cache.get('hash')).toEqual(device);
    now = TOKEN_CACHE_MS + 1;
    expect(cache.get('hash')).toBeNull();
  });

  it('forgets every token of a revoked device at once', () => {
    const cache = new DeviceCache(() => 0);
    cache.remember('a', device);
    cache.remember('b', { ...device, id: 'd2' });
    cache.forgetDevice('d1');
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).not.toBeNull();
  });

  it('asks for a last-seen write at most once a minute per device', () => {
    let now = 0;
    const cache = new DeviceCache(() => now);
    expect(cache.touchDue('d1')).toBe(true);
    expect(cache.touchDue('d1')).toBe(false);
    expect(cache.touchDue('d2')).toBe(true);
    now = 60_000;
    expect(cache.touchDue('d1')).toBe(true);
  });
});
