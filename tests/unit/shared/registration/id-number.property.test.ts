import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdType } from '../../../../src-shared/registration/application';
import { parseIdNumber } from '../../../../src-shared/registration/rules/id-number';
import { isoCheck, TODAY } from './fixtures';

// Province codes written out here rather than imported, so the test does not share the code's table.
const PROVINCES = ['11', '13', '21', '31', '37', '44', '50', '54', '65'];
const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1900, 0, 1);
const LAST_DAY = Date.UTC(2025, 5, 15); // TODAY

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A real birth date between 1900-01-01 and TODAY, as YYYYMMDD. */
const birthDate = fc.integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / DAY_MS }).map((offset) => {
  const d = new Date(FIRST_DAY + offset * DAY_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
});

const residentBody = fc
  .tuple(fc.constantFrom(...PROVINCES), digits(4), birthDate, digits(3))
  .map((parts) => parts.join(''));
const permitBody = fc
  .tuple(fc.constantFrom('810000', '820000', '830000'), birthDate, digits(3))
  .map((parts) => parts.join(''));
const foreignBody = fc
  .tuple(fc.constant('9'), fc.constantFrom(...PROVINCES), digits(3), birthDate, digits(3))
  .map((parts) => parts.join(''));

/** A different character for position `at`: another digit in the body, another of 0–9/X for the check. */
function mutate(id: string, at: number, shift: number): string {
  const alphabet = at === 17 ? '0123456789X' : '0123456789';
  const current = alphabet.indexOf(id[at] ?? '');
  const replacement = alphabet[(current + shift) % alphabet.length] ?? '';
  return id.slice(0, at) + replacement + id.slice(at + 1);
}

const cases: [string, IdType, fc.Arbitrary<string>][] = [
  ['居民身份证', 'resident-id', residentBody],
  ['港澳台居民居住证', 'hmt-residence-permit', permitBody],
  ['外国人永久居留身份证 (2023)', 'foreign-permanent-residence', foreignBody],
];

describe.each(cases)('%s check character', (_name, type, body) => {
  it('accepts every valid body with its computed check character and reads it back', () => {
    fc.assert(
      fc.property(body, (b) => {
        const id = b + isoCheck(b);
        const result = parseIdNumber(type, id, TODAY);
        expect(result).toEqual({
          ok: true,
          value: {
            idNumber: id,
            birthDate: `${b.slice(6, 10)}-${b.slice(10, 12)}-${b.slice(12, 14)}`,
            gender: Number(b[16]) % 2 === 1 ? '1' : '2',
          },
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses the number when any single character is changed', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (b, at, shift) => {
        const id = b + isoCheck(b);
        const changed = mutate(id, at, at === 17 ? shift : ((shift - 1) % 9) + 1);
        expect(changed).not.toBe(id);
        expect(parseIdNumber(type, changed, TODAY).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses every wrong check character with the check message', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 1, max: 10 }), (b, shift) => {
        const wrong = mutate(b + isoCheck(b), 17, shift);
        const result = parseIdNumber(type, wrong, TODAY);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.message).toContain('未通过校验');
      }),
      { numRuns: 300 },
    );
  });
});
