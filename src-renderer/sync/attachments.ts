import { keepAttachment, sha256Hex } from '../store/attachments';
import type { TalentCardDb } from '../store/db';
import { answerError, type ServerRequester, SyncError, send } from './transport';

/** Bytes per PATCH: the server takes chunks of up to 1 MiB. */
export const UPLOAD_CHUNK_BYTES = 512 * 1024;

const path = (sha256: string) => `/api/v1/attachments/${sha256}`;

export interface UploadProgress {
  /** Attachments finished in this sync, of those queued. */
  files: number;
  totalFiles: number;
  /** Bytes of the current attachment on the server, of its size. */
  bytes: number;
  totalBytes: number;
}

/** Where the server stands with an attachment: complete, or the offset to continue from. */
async function serverOffset(requester: ServerRequester, sha256: string): Promise<number | 'complete'> {
  const response = await send(requester, { method: 'HEAD', path: path(sha256) });
  if (response.status === 200) return 'complete';
  if (response.status === 404) return 0;
  if (response.status === 204 && typeof response.upload?.offset === 'number') return response.upload.offset;
  throw answerError(response);
}

/** Uploads one attachment from where the server stands, a chunk at a time; resumes after any interruption. */
async function uploadOne(
  requester: ServerRequester,
  sha256: string,
  blob: Blob,
  onBytes: (bytes: number) => void,
): Promise<void> {
  let offset = await serverOffset(requester, sha256);
  while (offset !== 'complete') {
    onBytes(offset);
    const chunk = new Uint8Array(await blob.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
    const response = await send(requester, {
      method: 'PATCH',
      path: path(sha256),
      body: chunk,
      upload: { offset, length: blob.size },
    });
    if (response.status === 201) offset = 'complete';
    else if (response.status === 204 && typeof response.upload?.offset === 'number') offset = response.upload.offset;
    else if (response.status === 409 && typeof response.upload?.offset === 'number') offset = response.upload.offset;
    else throw answerError(response);
  }
  onBytes(blob.size);
}

/** Uploads every queued attachment (docs/sync-protocol.md §4); each leaves the queue once the server has it. */
export async function uploadAll(
  db: TalentCardDb,
  requester: ServerRequester,
  onProgress: (progress: UploadProgress) => void = () => {},
): Promise<number> {
  const queued = await db.uploads.orderBy('sha256').toArray();
  const progress: UploadProgress = { files: 0, totalFiles: queued.length, bytes: 0, totalBytes: 0 };
  for (const { sha256 } of queued) {
    const attachment = await db.attachments.get(sha256);
    if (attachment) {
      progress.totalBytes = attachment.size;
      await uploadOne(requester, sha256, attachment.blob, (bytes) => onProgress({ ...progress, bytes }));
    }
    await db.uploads.delete(sha256);
    progress.files += 1;
    onProgress({ ...progress, bytes: progress.totalBytes });
  }
  return progress.files;
}

/** The media type of a photo or scan from its first bytes (the server keeps bytes only). */
function sniffType(bytes: Uint8Array): string {
  const starts = (...magic: number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
  return 'application/octet-stream';
}

/**
 * An attachment this device does not hold yet, fetched from the server on
 * first open, checked against its hash and kept (docs/sync-protocol.md §4).
 */
export async function downloadAttachment(db: TalentCardDb, requester: ServerRequester, sha256: string): Promise<Blob> {
  const response = await send(requester, { method: 'GET', path: path(sha256) });
  if (response.status !== 200) throw answerError(response);
  if (!(response.body instanceof Uint8Array)) {
    throw new SyncError('server', '服务器返回的附件无法识别，请稍后重试。', 'unrecognised-response');
  }
  const bytes = response.body as Uint8Array<ArrayBuffer>;
  if ((await sha256Hex(bytes.slice().buffer)) !== sha256) {
    throw new SyncError('server', '下载的附件与记录不符（校验失败），已丢弃，请稍后重试。', 'hash-mismatch');
  }
  const type = sniffType(bytes);
  await keepAttachment(db, sha256, bytes, type);
  return new Blob([bytes], { type });
}
