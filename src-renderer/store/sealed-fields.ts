import { isSealed, open, openJson, seal, sealJson } from '../../src-shared/crypto/sealed';

/**
 * Which values are kept sealed (AES-GCM) in IndexedDB: the personal fields of
 * the records (证件号码, 联系电话, the résumé, stations' contacts), the sync
 * tables' copies of records, and every attachment's bytes (photos, scans).
 * Paths are dotted; a path's whole value is sealed as JSON.
 */
export const SEALED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  applications: ['applicant.idNumber', 'applicant.phone', 'resume'],
  enterprises: ['contactPhone'],
  stations: ['contacts'],
  bases: ['data'],
  pushes: ['mutation', 'sent'],
  conflicts: ['fields'],
};

/** Attachments: `bytes` is sealed as raw bytes and read back as `blob`. */
export const ATTACHMENTS_TABLE = 'attachments';

function parentOf(
  row: Record<string, unknown>,
  path: readonly string[],
  copy: boolean,
): Record<string, unknown> | null {
  let node = row;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (!next || typeof next !== 'object') return null;
    node[part] = copy ? { ...(next as Record<string, unknown>) } : next;
    node = node[part] as Record<string, unknown>;
  }
  return node;
}

/** A copy of the row with its personal fields sealed; the caller's object is left as it was. */
export function sealRow(
  key: Uint8Array,
  paths: readonly string[],
  row: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...row };
  for (const dotted of paths) {
    const path = dotted.split('.');
    const parent = parentOf(out, path, true);
    const name = path[path.length - 1] as string;
    if (parent && name in parent && parent[name] !== undefined && !isSealed(parent[name])) {
      parent[name] = sealJson(key, parent[name]);
    }
  }
  return out;
}

/** The row with its sealed fields opened (rows kept before sealing began pass through). */
export function openRow(
  key: Uint8Array,
  paths: readonly string[],
  row: Record<string, unknown>,
): Record<string, unknown> {
  const out = { ...row };
  for (const dotted of paths) {
    const path = dotted.split('.');
    const parent = parentOf(out, path, true);
    const name = path[path.length - 1] as string;
    if (parent && isSealed(parent[name])) parent[name] = openJson(key, parent[name] as Uint8Array);
  }
  return out;
}

/** Stored attachment: bytes sealed; `blob` only on rows kept before sealing began. */
export function sealAttachment(key: Uint8Array, row: Record<string, unknown>): Record<string, unknown> {
  const { bytes, blob, ...rest } = row;
  if (bytes instanceof Uint8Array) return { ...rest, sealed: seal(key, bytes) };
  if (isSealed(row.sealed)) return row;
  // A Blob cannot be read inside a transaction; callers read it first (see keepAttachment).
  if (blob !== undefined) throw new Error('attachment must be given as bytes to be stored sealed');
  return row;
}

export function openAttachment(key: Uint8Array, row: Record<string, unknown>): Record<string, unknown> {
  if (!isSealed(row.sealed)) return row;
  const { sealed, ...rest } = row;
  const bytes = open(key, sealed as Uint8Array);
  return { ...rest, blob: new Blob([bytes as BlobPart], { type: String(row.type ?? '') }) };
}
