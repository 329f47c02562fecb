import type { Attachment, TalentCardDb } from './db';

export async function sha256Hex(data: Blob | ArrayBuffer): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Stores a file once by the hash of its bytes; storing the same bytes again changes nothing. */
export async function putAttachment(db: TalentCardDb, blob: Blob, now = new Date()): Promise<string> {
  const sha256 = await sha256Hex(blob);
  await db.transaction('rw', db.attachments, async () => {
    if (await db.attachments.get(sha256)) return;
    const attachment: Attachment = { sha256, blob, type: blob.type, size: blob.size, createdAt: now.toISOString() };
    await db.attachments.add(attachment);
  });
  return sha256;
}

export async function getAttachment(db: TalentCardDb, sha256: string): Promise<Blob | undefined> {
  return (await db.attachments.get(sha256))?.blob;
}
