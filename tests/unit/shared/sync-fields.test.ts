import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyChanges,
  type FieldChanges,
  fieldChanges,
  formatPath,
  jsonEqual,
  mergeChanges,
  parsePath,
} from '../../../src-shared/sync/fields';

const applicant = { name: '张𠮷', phone: '13906311234', address: '环翠区新威路 1 号' };
const base = { status: 'registered', applicant, resume: { entries: [{ from: '2020-01' }] }, photo: null };

describe('field paths', () => {
  it('splits a plain object into its direct keys, keeps arrays and deeper values whole', () => {
    const current = {
      ...base,
      applicant: { ...applicant, phone: '13906319999' },
      resume: { entries: [{ from: '2021-01' }] },
    };
    expect(fieldChanges(base, current)).toEqual({
      'applicant/phone': { base: '13906311234', value: '13906319999' },
      'resume/entries': { base: [{ from: '2020-01' }], value: [{ from: '2021-01' }] },
    });
  });

  it('treats a missing key as null: a new field has base null, a removed one value null', () => {
    const { photo: _photo, ...withoutPhoto } = base;
    expect(fieldChanges(withoutPhoto, { ...withoutPhoto, sealedScan: 'ab12' })).toEqual({
      sealedScan: { base: null, value: 'ab12' },
    });
    expect(fieldChanges(base, withoutPhoto)).toEqual({});
    const { status: _status, ...withoutStatus } = base;
    expect(fieldChanges(base, withoutStatus)).toEqual({ status: { base: 'registered', value: null } });
    expect(applyChanges(base, fieldChanges(base, withoutStatus))).toEqual({ ...base, status: null });
  });

  it('keeps a value that turns from an object to null (or back) as one field', () => {
    const quota = { extraPlaces: 2, documentNumber: '威人才办〔2024〕3号' };
    expect(fieldChanges({ quotaException: null }, { quotaException: quota })).toEqual({
      quotaException: { base: null, value: quota },
    });
    expect(fieldChanges({ quotaException: quota }, { quotaException: [] })).toEqual({
      quotaException: { base: quota, value: [] },
    });
  });

  it('escapes / and ~ in keys so every path reads back', () => {
    expect(formatPath('a/b', 'c~d')).toBe('a~1b/c~0d');
    expect(parsePath('a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(parsePath('status')).toEqual(['status']);
    const a = { 'x/y': { 'p/q': 1 } };
    const b = { 'x/y': { 'p/q': 2 } };
    expect(applyChanges(a, fieldChanges(a, b))).toEqual(b);
  });

  it('compares values deeply, with missing equal to null', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: null }, {})).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, [1])).toBe(false);
  });
});

describe('merging a device’s changes into the server’s state', () => {
  it('takes a field the server still has at its base, and keeps both sides’ different fields', () => {
    const server = { ...base, applicant: { ...applicant, address: '环翠区统一路 2 号' } };
    const result = mergeChanges(server, { 'applicant/phone': { base: applicant.phone, value: '13906319999' } });
    expect(result).toEqual({
      data: { ...base, applicant: { ...applicant, address: '环翠区统一路 2 号', phone: '13906319999' } },
      applied: ['applicant/phone'],
      conflicts: [],
    });
  });

  it('keeps the server’s value where both changed a field and reports both values', () => {
    const server = { ...base, applicant: { ...applicant, phone: '13906310000' } };
    const result = mergeChanges(server, {
      'applicant/phone': { base: applicant.phone, value: '13906319999' },
      status: { base: 'registered', value: 'awaiting-seal' },
    });
    expect(result.conflicts).toEqual([{ field: 'applicant/phone', local: '13906319999', server: '13906310000' }]);
    expect(result.data).toEqual({ ...server, status: 'awaiting-seal' });
    expect(result.applied).toEqual(['status']);
  });

  it('counts the same change made on both sides as applied, not a conflict', () => {
    const server = { ...base, status: 'sealed' };
    expect(mergeChanges(server, { status: { base: 'registered', value: 'sealed' } })).toEqual({
      data: server,
      applied: ['status'],
      conflicts: [],
    });
  });

  it('lets bookkeeping fields follow the content: never a conflict, taken when anything else is', () => {
    const server = { ...base, updatedBy: '市人才发展院', updatedAt: '2026-11-20T03:00:00.000Z' };
    const changes: FieldChanges = {
      status: { base: 'registered', value: 'awaiting-seal' },
      updatedBy: { base: '王窗口', value: '李窗口' },
      updatedAt: { base: '2026-11-20T01:00:00.000Z', value: '2026-11-20T02:00:00.000Z' },
    };
    const taken = mergeChanges(server, changes);
    expect(taken.conflicts).toEqual([]);
    expect(taken.data).toMatchObject({ status: 'awaiting-seal', updatedBy: '李窗口' });
    const lost = mergeChanges({ ...server, status: 'sealed' }, changes);
    expect(lost.conflicts.map((conflict) => conflict.field)).toEqual(['status']);
    expect(lost.data).toMatchObject({ status: 'sealed', updatedBy: '市人才发展院' });
  });

  it('refuses a sub-field of a value the server turned into something other than an object', () => {
    const server = { ...base, applicant: ['not', 'an', 'object'] };
    const result = mergeChanges(server, { 'applicant/phone': { base: applicant.phone, value: '13906319999' } });
    expect(result.data).toEqual(server);
    expect(result.conflicts).toEqual([{ field: 'applicant/phone', local: '13906319999', server: server.applicant }]);
  });

  it('creates the object for a sub-field when the server has none', () => {
    expect(mergeChanges({}, { 'applicant/phone': { base: null, value: '1' } }).data).toEqual({
      applicant: { phone: '1' },
    });
  });
});

// Properties over generated records: a few shared keys so edits overlap, nested objects, arrays, odd keys.
const key = fc.constantFrom('status', 'applicant', 'resume', 'photo', 'updatedBy', 'a/b', 'c~d');
const subKey = fc.constantFrom('name', 'phone', 'x/y', 'list');
const scalar = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 3 }), fc.constantFrom('', '张𠮷', 'x', 'y'));
const deep = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(subKey, scalar, { maxKeys: 2 }));
const value = fc.oneof(scalar, fc.array(deep, { maxLength: 2 }), fc.dictionary(subKey, deep, { maxKeys: 3 }));
const record = fc.dictionary(key, value, { maxKeys: 6 });

/** Whether two changed paths touch the same data (equal, or one is the whole of the other's object). */
function overlaps(p: string, q: string): boolean {
  const [pk, ps] = parsePath(p);
  const [qk, qs] = parsePath(q);
  return pk === qk && (ps === undefined || qs === undefined || ps === qs);
}

describe('field changes and merge, as properties', () => {
  it('applying fieldChanges(a, b) to a yields b', () => {
    fc.assert(
      fc.property(record, record, (a, b) => {
        // Equal up to missing ≡ null (a removed key comes back as null).
        expect(jsonEqual(applyChanges(a, fieldChanges(a, b)), b)).toBe(true);
        expect(fieldChanges(applyChanges(a, fieldChanges(a, b)), b)).toEqual({});
      }),
    );
  });

  it('merging into an unchanged server state yields the local state, without conflicts', () => {
    fc.assert(
      fc.property(record, record, (base, local) => {
        const merged = mergeChanges(base, fieldChanges(base, local));
        expect(merged.conflicts).toEqual([]);
        expect(jsonEqual(merged.data, local)).toBe(true);
      }),
    );
  });

  it('merges disjoint edits to their union', () => {
    fc.assert(
      fc.property(record, record, record, (base, local, other) => {
        const mine = fieldChanges(base, local);
        const theirs = Object.fromEntries(
          Object.entries(fieldChanges(base, other)).filter(([p]) => !Object.keys(mine).some((q) => overlaps(p, q))),
        );
        const server = applyChanges(base, theirs);
        const merged = mergeChanges(server, mine);
        expect(merged.conflicts).toEqual([]);
        expect(jsonEqual(merged.data, applyChanges(server, mine))).toBe(true);
        for (const path of Object.keys(theirs)) {
          expect(fieldChanges(server, merged.data)[path]).toBeUndefined();
        }
      }),
    );
  });

  it('never loses the server’s value: every field either takes the local value or is reported', () => {
    fc.assert(
      fc.property(record, record, record, (base, local, server) => {
        const changes = fieldChanges(base, local);
        const merged = mergeChanges(server, changes);
        const conflicted = new Set(merged.conflicts.map((conflict) => conflict.field));
        for (const [path, change] of Object.entries(changes)) {
          if (conflicted.has(path)) continue;
          if (merged.applied.includes(path)) continue;
          // Only a bookkeeping field whose content was not taken is neither.
          expect(['updatedBy']).toContain(path);
          expect(change).toBeDefined();
        }
        // Merging the same changes again changes nothing more.
        expect(mergeChanges(merged.data, changes).data).toEqual(merged.data);
      }),
    );
  });
});
