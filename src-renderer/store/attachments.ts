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

/** Where an attachment this device does not hold comes from (the sync server, once enrolled). */
export type MissingAttachmentSource = (sha256: string) => Promise<Blob | undefined>;

let missingSource: MissingAttachmentSource = async () => undefined;

export function setMissingAttachmentSource(source: MissingAttachmentSource): void {
  missingSource = source;
}

/** The attachment kept on this device, without asking anywhere else. */
export async function getLocalAttachment(db: TalentCardDb, sha256: string): Promise<Blob | undefined> {
  return (await db.attachments.get(sha256))?.blob;
}

/** An attachment: the one kept here, or on first open the one fetched from the server (and kept from then on). */
export async function getAttachment(db: TalentCardDb, sha256: string): Promise<Blob | undefined> {
  return (await getLocalAttachment(db, sha256)) ?? (await missingSource(sha256));
}
