/**
 * Field paths and the field-by-field merge of the sync protocol
 * (docs/sync-protocol.md §1, §2 step 6).
 *
 * A field is a top-level key of a record's data; when the value is a plain
 * object (not an array, not null) on BOTH sides being compared, each of its
 * direct keys is a field of its own, written `key/sub`. Arrays and deeper
 * values are one field. A `/` or `~` inside a key is escaped as in JSON
 * Pointer (RFC 6901): `~1` and `~0`, so every path reads back unambiguously.
 *
 * A missing key and `null` are the same value here: a field that one side
 * lacks has the value `null` there, and removing a key is the change
 * `{ base: old, value: null }`, which stores `null`. Records never rely on
 * the difference (optional values are stored as `null`).
 */

export type JsonObject = Record<string, unknown>;

/** One changed field: the value the change was based on and the new value. */
export interface FieldChange {
  base: unknown;
  value: unknown;
}

export type FieldChanges = Record<string, FieldChange>;

/** A field both sides changed: the local value is reported, the server's kept. */
export interface FieldConflict {
  field: string;
  local: unknown;
  server: unknown;
}

export interface MergeResult {
  data: JsonObject;
  /** Paths whose local value the result holds (taken, or already equal). */
  applied: string[];
  conflicts: FieldConflict[];
}

/**
 * Who made the last change and where: every change carries them, so two
 * concurrent edits always both change them. They never conflict; they follow
 * the content they describe (taken whenever another change is taken).
 */
export const BOOKKEEPING_FIELDS: readonly string[] = ['updatedAt', 'updatedBy', 'deviceId'];

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep equality of JSON values; a missing value (undefined) equals null. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  const left = a ?? null;
  const right = b ?? null;
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => jsonEqual(item, right[index]));
  }
  const l = left as JsonObject;
  const r = right as JsonObject;
  const keys = new Set([...Object.keys(l), ...Object.keys(r)]);
  for (const key of keys) if (!jsonEqual(l[key], r[key])) return false;
  return true;
}

const escapeKey = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapeKey = (key: string) => key.replaceAll('~1', '/').replaceAll('~0', '~');

/** `[key]` or `[key, sub]` of a path. */
export function parsePath(path: string): [string] | [string, string] {
  const slash = path.indexOf('/');
  if (slash < 0) return [unescapeKey(path)];
  return [unescapeKey(path.slice(0, slash)), unescapeKey(path.slice(slash + 1))];
}

export function formatPath(key: string, sub?: string): string {
  return sub === undefined ? escapeKey(key) : `${escapeKey(key)}/${escapeKey(sub)}`;
}

/** The fields in which `current` differs from `base`, each with both values (null where missing). */
export function fieldChanges(base: JsonObject, current: JsonObject): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(current)])) {
    const before = base[key] ?? null;
    const after = current[key] ?? null;
    if (isPlainObject(before) && isPlainObject(after)) {
      for (const sub of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (!jsonEqual(before[sub], after[sub])) {
          changes[formatPath(key, sub)] = { base: before[sub] ?? null, value: after[sub] ?? null };
        }
      }
    } else if (!jsonEqual(before, after)) {
      changes[formatPath(key)] = { base: before, value: after };
    }
  }
  return changes;
}

/** Marks a sub-field whose parent is neither an object nor empty: it cannot be read or written. */
const NOT_AN_OBJECT = Symbol('not an object');

function readPath(data: JsonObject, path: string): unknown {
  // NOT_AN_OBJECT when `key/sub` names a sub-field of a value that is not an object.
  const [key, sub] = parsePath(path);
  const value = data[key] ?? null;
  if (sub === undefined) return value;
  if (value === null) return null;
  return isPlainObject(value) ? (value[sub] ?? null) : NOT_AN_OBJECT;
}

/** The value of a field (null where missing, or where its parent is not an object). */
export function readField(data: JsonObject, path: string): unknown {
  const value = readPath(data, path);
  return value === NOT_AN_OBJECT ? null : value;
}

/** `data` with the field at `path` set (a copy; the input is not changed). */
function writePath(data: JsonObject, path: string, value: unknown): JsonObject {
  const [key, sub] = parsePath(path);
  if (sub === undefined) return { ...data, [key]: value };
  const parent = data[key];
  return { ...data, [key]: { ...(isPlainObject(parent) ? parent : {}), [sub]: value } };
}

/** Every change's value written over `data`, whatever the base was. */
export function applyChanges(data: JsonObject, changes: FieldChanges): JsonObject {
  let result = data;
  for (const [path, change] of Object.entries(changes)) {
    if (readPath(result, path) !== NOT_AN_OBJECT) result = writePath(result, path, change.value);
  }
  return result;
}

/**
 * Merges a device's changes into the server's current data, field by field:
 * where the server still has the change's `base` (nobody else touched the
 * field) the local value is taken; where it already has the local value
 * nothing changes; otherwise both changed the field, the server's value is
 * kept and the local one reported as a conflict. Bookkeeping fields
 * ({@link BOOKKEEPING_FIELDS}) are taken when anything else is, and never
 * conflict.
 */
export function mergeChanges(serverData: JsonObject, changes: FieldChanges): MergeResult {
  const isBookkeeping = (path: string) => BOOKKEEPING_FIELDS.includes(path);
  const paths = Object.keys(changes);
  const content = paths.filter((path) => !isBookkeeping(path));
  // Only bookkeeping changed (unusual): they are ordinary fields then.
  const deferred = content.length > 0 ? paths.filter(isBookkeeping) : [];
  let data = serverData;
  let taken = false;
  const applied: string[] = [];
  const conflicts: FieldConflict[] = [];
  for (const path of content.length > 0 ? content : paths) {
    const change = changes[path] as FieldChange;
    const server = readPath(data, path);
    if (server === NOT_AN_OBJECT) {
      conflicts.push({ field: path, local: change.value, server: data[parsePath(path)[0]] ?? null });
    } else if (jsonEqual(server, change.value)) {
      applied.push(path);
    } else if (jsonEqual(server, change.base)) {
      data = writePath(data, path, change.value);
      applied.push(path);
      taken = true;
    } else {
      conflicts.push({ field: path, local: change.value, server });
    }
  }
  if (taken) {
    for (const path of deferred) {
      data = writePath(data, path, (changes[path] as FieldChange).value);
      applied.push(path);
    }
  }
  return { data, applied, conflicts };
}
