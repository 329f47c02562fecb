import { createHash } from 'node:crypto';
import { canReadDistrict, type Principal } from '../src-shared/api/roles';
import { CITY_LEVEL_CODE } from '../src-shared/codes/districts';
import { ATTACHMENT_FIELDS, SYNCED_TABLES } from '../src-shared/records/record';
import { parsePath } from '../src-shared/sync/fields';
import type { Database, Queryable } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { ApiError } from './errors';

/**
 * Stores a photo or scan by the SHA-256 of its bytes, once however many
 * devices upload it; the uploading device's district may read it from then on
 * (and, for the city's uploads, the districts whose records refer to it).
 */
export async function storeAttachment(db: Database, device: AuthenticatedDevice, sha256: string, content: Buffer) {
  if (createHash('sha256').update(content).digest('hex') !== sha256) throw new ApiError(400, 'hash-mismatch');
  await db.transaction((tx) => saveAttachment(tx, device.district, sha256, content));
  return { sha256, size: content.length };
}

/** Stores checked bytes once and lets `district` read them. Call inside a transaction. */
export async function saveAttachment(tx: Queryable, district: string, sha256: string, content: Buffer): Promise<void> {
  await tx.query(
    'INSERT INTO attachments (sha256, size, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING',
    [sha256, content.length, content],
  );
  await tx.query(
    'INSERT INTO attachment_districts (sha256, district) VALUES ($1, $2) ON CONFLICT (sha256, district) DO NOTHING',
    [sha256, district],
  );
}

/**
 * The containment documents that find `sha256` in one attachment field of a
 * record's data (a top-level key or `key/sub`, src-shared/sync/fields.ts):
 * the field holding the fingerprint itself, or a list that includes it.
 * (JSONB containment does not let a nested list contain a bare string, so
 * both shapes are asked for.)
 */
function fieldDocuments(path: string, sha256: string): string[] {
  const [key, sub] = parsePath(path);
  const at = (value: unknown) => JSON.stringify(sub === undefined ? { [key]: value } : { [key]: { [sub]: value } });
  return [at(sha256), at([sha256])];
}

/**
 * The tables with attachment fields, with their fields: the shape of
 * {@link REFERRING_DISTRICTS_SQL}, whose parameters are each table's name and
 * then its fields' containment documents, in this order.
 */
const ATTACHMENT_TABLES = SYNCED_TABLES.flatMap((table) => {
  const fields = ATTACHMENT_FIELDS[table] ?? [];
  return fields.length > 0 ? [{ table, fields }] : [];
});

/**
 * The districts of the live records that refer to an attachment in one of
 * their table's attachment fields. Only placeholders are filled in from the
 * request; the text is built once from ATTACHMENT_FIELDS. Each condition is a
 * JSONB containment (`@>`) that the GIN index records_data_containment
 * (migration 0003) answers on PostgreSQL and PGlite alike.
 */
const REFERRING_DISTRICTS_SQL = (() => {
  let next = 1;
  const param = () => `$${next++}`;
  const tables = ATTACHMENT_TABLES.map(({ fields }) => {
    const table = param();
    const documents = fields.flatMap(() => [param(), param()]).map((p) => `data @> ${p}::jsonb`);
    return `(tbl = ${table} AND (${documents.join(' OR ')}))`;
  });
  return `SELECT DISTINCT district FROM records WHERE NOT deleted AND (${tables.join(' OR ')})`;
})();

/** The query for {@link referringDistricts}: its text and its parameters for one attachment. */
export function referringDistrictsQuery(sha256: string): { sql: string; params: string[] } {
  const params = ATTACHMENT_TABLES.flatMap(({ table, fields }) => [
    table,
    ...fields.flatMap((path) => fieldDocuments(path, sha256)),
  ]);
  return { sql: REFERRING_DISTRICTS_SQL, params };
}

/** The districts of the live records that refer to the attachment (in an attachment field of their table). */
export async function referringDistricts(db: Queryable, sha256: string): Promise<string[]> {
  const { sql, params } = referringDistrictsQuery(sha256);
  const rows = await db.query<{ district: string }>(sql, params);
  return rows.map((row) => row.district);
}

/**
 * Whether an attachment is stored at all, and whether the principal may read
 * it (docs/sync-protocol.md §4):
 * - a district that uploaded it is readable by the principal; or
 * - the city (市级, CITY_LEVEL_CODE) uploaded it and a live record that the
 *   principal may read refers to it in one of its table's ATTACHMENT_FIELDS:
 *   the 认定 materials the city files on a district's 人才驿站, the photo it
 *   attaches to a district's application.
 * A reference does not open another district's upload: a district window may
 * write any fingerprint into its own records, and a district proves it holds
 * the bytes by uploading them (§4). The city may write every district's
 * records, so its files are the ones a district's records legitimately name
 * without that district having uploaded them.
 */
export async function attachmentAccess(
  db: Queryable,
  principal: Principal,
  sha256: string,
): Promise<'absent' | 'hidden' | 'readable'> {
  const rows = await db.query<{ district: string }>('SELECT district FROM attachment_districts WHERE sha256 = $1', [
    sha256,
  ]);
  if (rows.length === 0) return 'absent';
  const uploaders = rows.map((row) => row.district);
  if (uploaders.some((district) => canReadDistrict(principal, district))) return 'readable';
  if (!uploaders.includes(CITY_LEVEL_CODE)) return 'hidden';
  const referring = await referringDistricts(db, sha256);
  return referring.some((district) => canReadDistrict(principal, district)) ? 'readable' : 'hidden';
}

/** An attachment's bytes, if the principal may read it ({@link attachmentAccess}). */
export async function readAttachment(db: Queryable, principal: Principal, sha256: string): Promise<Buffer> {
  const access = await attachmentAccess(db, principal, sha256);
  if (access === 'absent') throw new ApiError(404, 'attachment-not-found');
  if (access === 'hidden') throw new ApiError(403, 'other-district');
  const [row] = await db.query<{ content: Uint8Array }>('SELECT content FROM attachments WHERE sha256 = $1', [sha256]);
  if (!row) throw new ApiError(404, 'attachment-not-found');
  return Buffer.from(row.content);
}
