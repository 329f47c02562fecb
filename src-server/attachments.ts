import { createHash } from 'node:crypto';
import { canReadDistrict, type Principal } from '../src-shared/api/roles';
import type { Database, Queryable } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { ApiError } from './errors';

/**
 * Stores a photo or scan by the SHA-256 of its bytes, once however many
 * devices upload it; the uploading device's district may read it from then on.
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

/** Whether an attachment is stored at all, and whether one of the districts that uploaded it is readable. */
export async function attachmentAccess(
  db: Queryable,
  principal: Principal,
  sha256: string,
): Promise<'absent' | 'hidden' | 'readable'> {
  const districts = await db.query<{ district: string }>(
    'SELECT district FROM attachment_districts WHERE sha256 = $1',
    [sha256],
  );
  if (districts.length === 0) return 'absent';
  return districts.some((row) => canReadDistrict(principal, row.district)) ? 'readable' : 'hidden';
}

/** An attachment's bytes, if one of the districts that uploaded it is readable by the principal. */
export async function readAttachment(db: Queryable, principal: Principal, sha256: string): Promise<Buffer> {
  const access = await attachmentAccess(db, principal, sha256);
  if (access === 'absent') throw new ApiError(404, 'attachment-not-found');
  if (access === 'hidden') throw new ApiError(403, 'other-district');
  const [row] = await db.query<{ content: Uint8Array }>('SELECT content FROM attachments WHERE sha256 = $1', [sha256]);
  if (!row) throw new ApiError(404, 'attachment-not-found');
  return Buffer.from(row.content);
}
