import { base64ToBytes, bytesToBase64 } from '../registration/export';

/**
 * Rows as JSON that come back exactly as they were stored: IndexedDB keeps
 * values JSON cannot say (a property set to `undefined`, byte arrays, dates,
 * NaN), and a restore must not quietly drop or change them. Such a value is
 * written as `{"$backup": kind, "v": …}`; an ordinary object that happens to
 * have a `$backup` key is wrapped the same way, so reading never mistakes it.
 */
const TAG = '$backup';

type Tagged =
  | { [TAG]: 'undefined' }
  | { [TAG]: 'bytes'; v: string }
  | { [TAG]: 'date'; v: string }
  | { [TAG]: 'number'; v: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { [TAG]: 'object'; v: Record<string, unknown> };

function encodeValue(value: unknown): unknown {
  if (value === undefined) return { [TAG]: 'undefined' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { [TAG]: 'number', v: 'NaN' };
    if (value === Number.POSITIVE_INFINITY) return { [TAG]: 'number', v: 'Infinity' };
    if (value === Number.NEGATIVE_INFINITY) return { [TAG]: 'number', v: '-Infinity' };
    if (Object.is(value, -0)) return { [TAG]: 'number', v: '-0' };
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return { [TAG]: 'bytes', v: bytesToBase64(value) };
  if (value instanceof Date) return { [TAG]: 'date', v: value.toISOString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  const prototype = Object.getPrototypeOf(value);
  // A Blob, Map or class instance would come out as `{}`: better no backup than one that loses data.
  if (prototype !== Object.prototype && prototype !== null) {
    throw new Error(`cannot keep a ${String(prototype?.constructor?.name)} in a backup`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = encodeValue(item);
  return TAG in out ? { [TAG]: 'object', v: out } : out;
}

const NUMBERS: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
  '-0': -0,
};

function decodeObject(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = decodeValue(item);
  return out;
}

function decodeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const record = value as Record<string, unknown>;
  if (!(TAG in record)) return decodeObject(record);
  const tagged = record as Tagged;
  switch (tagged[TAG]) {
    case 'undefined':
      return undefined;
    case 'bytes':
      return base64ToBytes(tagged.v);
    case 'date':
      return new Date(tagged.v);
    case 'number':
      if (!(tagged.v in NUMBERS)) throw new Error(`unknown number ${tagged.v}`);
      return NUMBERS[tagged.v];
    case 'object':
      return decodeObject(tagged.v);
    default:
      throw new Error(`unknown tag ${String((tagged as Record<string, unknown>)[TAG])}`);
  }
}

export function encodeRows(rows: readonly unknown[]): string {
  return JSON.stringify(rows.map(encodeValue));
}

/** The rows again; throws on text that is not a list written by {@link encodeRows}. */
export function decodeRows(text: string): unknown[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new Error('rows must be a list');
  return parsed.map(decodeValue);
}
