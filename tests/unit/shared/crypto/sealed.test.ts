import { describe, expect, it } from 'vitest';
import { deriveDataKeys, newDataKey } from '../../../../src-shared/crypto/data-key';
import { idNumberKey, idTailKey, idTailKeys } from '../../../../src-shared/crypto/id-search';
import { isSealed, open, openJson, SealBroken, seal, sealJson } from '../../../../src-shared/crypto/sealed';

describe('sealed values', () => {
  const key = deriveDataKeys(newDataKey()).fields;

  it('opens what it sealed, and never seals the same value to the same bytes', () => {
    const value = { idNumber: '37010219900307123X', entries: ['2015–2020 山东大学'] };
    const a = sealJson(key, value);
    const b = sealJson(key, value);
    expect(isSealed(a)).toBe(true);
    expect(a).not.toEqual(b);
    expect(openJson(key, a)).toEqual(value);
    expect(openJson(key, b)).toEqual(value);
  });

  it('refuses a changed byte and a wrong key', () => {
    const sealed = seal(key, new TextEncoder().encode('13912345678'));
    for (const at of [1, 13, sealed.length - 1]) {
      const changed = sealed.slice();
      changed[at] = (changed[at] as number) ^ 1;
      expect(() => open(key, changed)).toThrow(SealBroken);
    }
    expect(() => open(deriveDataKeys(newDataKey()).fields, sealed)).toThrow(SealBroken);
  });

  it('tells sealed bytes from values kept before sealing', () => {
    expect(isSealed('37010219900307123X')).toBe(false);
    expect(isSealed(new Uint8Array(5))).toBe(false);
    expect(isSealed(null)).toBe(false);
  });
});

describe('keyed hashes of the 证件号码', () => {
  const { search } = deriveDataKeys(newDataKey());

  it('finds a tail typed in either case, and every tail of three characters or more', () => {
    const tails = idTailKeys(search, '37010219900307123x');
    expect(tails).toHaveLength(16);
    expect(tails).toContain(idTailKey(search, '23X'));
    expect(tails).toContain(idTailKey(search, '0307123x'));
    expect(tails).not.toContain(idTailKey(search, '3X'));
    expect(tails).not.toContain(idTailKey(search, '1234'));
  });

  it('depends on the key and the 证件类型, and shows no digits', () => {
    const other = deriveDataKeys(newDataKey()).search;
    const resident = idNumberKey(search, 'resident-id', 'E12345678');
    expect(resident).not.toBe(idNumberKey(search, 'passport', 'E12345678'));
    expect(resident).not.toBe(idNumberKey(other, 'resident-id', 'E12345678'));
    expect(resident).toMatch(/^[0-9a-f]{32}$/);
    expect(idTailKey(search, '5678')).not.toBe(idTailKey(other, '5678'));
  });
});
