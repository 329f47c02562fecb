import { createHash } from 'node:crypto';
import { attachmentAccess, saveAttachment } from './attachments';
import type { Database, Queryable } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { ApiError } from './errors';

/** Largest chunk of a resumable upload (docs/sync-protocol.md §4). */
export const UPLOAD_CHUNK_LIMIT = 1024 * 1024;

/** Uploads nobody continued for this long are dropped when another starts. */
const STALE_UPLOAD_DAYS = 7;

export type UploadState =
  | { state: 'complete' }
  | { state: 'partial'; offset: number; length: number }
  | { state: 'none' };

/** Whether one of the districts that uploaded the attachment is readable by the device. */
async function readable(db: Queryable, device: AuthenticatedDevice, sha256: string): Promise<boolean> {
  return (await attachmentAccess(db, device, sha256)) === 'readable';
}

/** Where the device's district stands with an attachment: it has it, it is half way, or nothing. */
export async function uploadState(db: Queryable, device: AuthenticatedDevice, sha256: string): Promise<UploadState> {
  if (await readable(db, device, sha256)) return { state: 'complete' };
  const [row] = await db.query<{ received: number; length: number }>(
    'SELECT received, length FROM attachment_uploads WHERE sha256 = $1 AND district = $2',
    [sha256, device.district],
  );
  return row ? { state: 'partial', offset: row.received, length: row.length } : { state: 'none' };
}

export interface Chunk {
  offset: number;
  length: number;
  bytes: Buffer;
}

const offsetMismatch = (offset: number) =>
  new ApiError(409, 'upload-offset-mismatch', undefined, { headers: { 'Upload-Offset': String(offset) } });

type ChunkOutcome = { state: 'partial'; offset: number } | { state: 'complete' } | { state: 'hash-mismatch' };

/** Stores one chunk in order; the whole content once the last one arrives. */
async function receiveChunk(db: Database, device: AuthenticatedDevice, sha256: string, chunk: Chunk) {
  return db.transaction(async (tx): Promise<ChunkOutcome> => {
    if (await readable(tx, device, sha256)) return { state: 'complete' };
    const key = [sha256, device.district];
    const [upload] = await tx.query<{ received: number; length: number }>(
      'SELECT received, length FROM attachment_uploads WHERE sha256 = $1 AND district = $2 FOR UPDATE',
      key,
    );
    if (!upload) {
      if (chunk.offset !== 0) throw offsetMismatch(0);
      await tx.query(`DELETE FROM attachment_uploads WHERE updated_at < now() - make_interval(days => $1)`, [
        STALE_UPLOAD_DAYS,
      ]);
      await tx.query('INSERT INTO attachment_uploads (sha256, district, length) VALUES ($1, $2, $3)', [
        ...key,
        chunk.length,
      ]);
    } else {
      if (upload.length !== chunk.length) throw new ApiError(409, 'upload-length-mismatch');
      if (upload.received !== chunk.offset) throw offsetMismatch(upload.received);
    }
    if (chunk.offset + chunk.bytes.length > chunk.length) throw new ApiError(400, 'upload-chunk-too-long');
    const received = chunk.offset + chunk.bytes.length;
    if (chunk.bytes.length > 0) {
      await tx.query(
        'INSERT INTO attachment_upload_chunks (sha256, district, "offset", content) VALUES ($1, $2, $3, $4)',
        [...key, chunk.offset, chunk.bytes],
      );
    }
    await tx.query(
      'UPDATE attachment_uploads SET received = $3, updated_at = now() WHERE sha256 = $1 AND district = $2',
      [...key, received],
    );
    if (received < chunk.length) return { state: 'partial', offset: received };
    const parts = await tx.query<{ content: Uint8Array }>(
      'SELECT content FROM attachment_upload_chunks WHERE sha256 = $1 AND district = $2 ORDER BY "offset"',
      key,
    );
    // The upload ends here whether or not the hash matches: a wrong one starts again from 0.
    await tx.query('DELETE FROM attachment_uploads WHERE sha256 = $1 AND district = $2', key);
    const content = Buffer.concat(parts.map((part) => Buffer.from(part.content)));
    if (createHash('sha256').update(content).digest('hex') !== sha256) return { state: 'hash-mismatch' };
    await saveAttachment(tx, device.district, sha256, content);
    return { state: 'complete' };
  });
}

/**
 * One chunk of a resumable upload: stored when it continues exactly where
 * the district's upload stands (else 409 with the server's offset). The last
 * chunk completes the attachment, in the same transaction, when the bytes
 * hash to `sha256`; otherwise the upload is dropped and 400 hash-mismatch
 * answered. The result is `complete`, or the offset to continue from.
 */
export async function uploadChunk(
  db: Database,
  device: AuthenticatedDevice,
  sha256: string,
  chunk: Chunk,
): Promise<{ complete: true } | { complete: false; offset: number }> {
  const outcome = await receiveChunk(db, device, sha256, chunk);
  if (outcome.state === 'hash-mismatch') throw new ApiError(400, 'hash-mismatch');
  return outcome.state === 'partial' ? { complete: false, offset: outcome.offset } : { complete: true };
}
