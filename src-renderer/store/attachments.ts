import type { Attachment, TalentCardDb } from './db';

export async function sha256Hex(data: Blob | ArrayBuffer | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Stores a file once by the hash of its bytes; storing the same bytes again changes nothing. */
export async function putAttachment(db: TalentCardDb, blob: Blob, now = new Date()): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const sha256 = await sha256Hex(bytes.buffer);
  await keepAttachment(db, sha256, bytes, blob.type, now);
  return sha256;
}

/**
 * Keeps bytes already known by their hash, unless kept before. The bytes are
 * read before the transaction (a Blob cannot be read inside one), and the
 * store seals them on the way in (./encryption).
 */
export async function keepAttachment(
  db: TalentCardDb,
  sha256: string,
  bytes: Uint8Array,
  type: string,
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', db.attachments, async () => {
    if (await db.attachments.get(sha256)) return;
    const stored: StoredAttachment = { sha256, bytes, type, size: bytes.length, createdAt: now.toISOString() };
    await db.attachments.add(stored as unknown as Attachment);
  });
}

/** An attachment as written: its bytes, which the store seals; it reads back with a `blob`. */
type StoredAttachment = Omit<Attachment, 'blob'> & { bytes: Uint8Array };

/**
 * Seals attachments kept before sealing began (their `blob` was stored
 * plain): each is read outside a transaction, then written again as bytes,
 * which seals it. Read back, sealed and plain rows look alike, so the pass
 * goes over every attachment once and then marks itself done; stopped half
 * way, it starts again and does no harm. Returns how many it rewrote.
 */
export async function sealPlainAttachments(db: TalentCardDb): Promise<number> {
  if ((await db.meta.get(SEALED_MARK))?.value === true) return 0;
  const keys = await db.attachments.toCollection().primaryKeys();
  for (const sha256 of keys) {
    const row = await db.attachments.get(sha256);
    if (!row) continue;
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    const stored: StoredAttachment = { sha256, bytes, type: row.type, size: row.size, createdAt: row.createdAt };
    await db.attachments.put(stored as unknown as Attachment);
  }
  await db.meta.put({ key: SEALED_MARK, value: true });
  return keys.length;
}

const SEALED_MARK = 'attachmentsSealed';

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
