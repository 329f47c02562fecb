import { bytesToHex } from '@noble/hashes/utils';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupHeader,
  encodeHeader,
  IV_BYTES,
  joinContainer,
  PBKDF2_ITERATIONS,
  SALT_BYTES,
} from '../../src-shared/backup/format';
import { encodeRows } from '../../src-shared/backup/rows-json';
import { toApplication } from '../store/application-rows';
import type { ApplicationRow, TalentCardDb } from '../store/db';
import {
  type AttachmentIndexEntry,
  MANIFEST_ENTRY,
  type Manifest,
  PACK_BYTES,
  packEntry,
  tableEntry,
} from './archive-layout';
import { deriveBackupKey, encryptArchive } from './cipher';
import { type OnProgress, yieldToUi } from './progress';
import { BACKUP_TABLES, type BackupTable } from './tables';

/**
 * Every row of every table, read in one transaction so the backup is one
 * consistent moment. Application rows leave their search keys behind: they
 * are keyed hashes under the profile's data key, made again on restore.
 */
async function readTables(db: TalentCardDb): Promise<{ tables: Record<BackupTable, unknown[]>; hashes: string[] }> {
  return db.transaction('r', [...BACKUP_TABLES.map((name) => db.table(name)), db.attachments], async () => {
    const tables = {} as Record<BackupTable, unknown[]>;
    for (const name of BACKUP_TABLES) {
      const rows = await db.table(name).toArray();
      tables[name] = name === 'applications' ? (rows as ApplicationRow[]).map(toApplication) : rows;
    }
    const hashes = (await db.attachments.toCollection().primaryKeys()) as string[];
    return { tables, hashes };
  });
}

/** A ZIP built in memory, one entry at a time. */
class ArchiveBuilder {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
  });

  constructor(private readonly mtime: Date) {}

  add(name: string, data: Uint8Array, compress: boolean): void {
    const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    entry.push(data, true);
  }

  /** Starts an entry whose bytes come in several pushes. */
  open(name: string): ZipPassThrough {
    const entry = new ZipPassThrough(name);
    entry.mtime = this.mtime;
    this.zip.add(entry);
    return entry;
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    const out = new Uint8Array(this.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let offset = 0;
    for (const chunk of this.chunks.splice(0)) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

/**
 * Reads each attachment's bytes (one at a time, outside any transaction: a
 * Blob cannot be read inside one) into packs of about PACK_BYTES.
 */
async function packAttachments(
  db: TalentCardDb,
  hashes: readonly string[],
  archive: ArchiveBuilder,
  onProgress: OnProgress,
): Promise<AttachmentIndexEntry[]> {
  const index: AttachmentIndexEntry[] = [];
  let pack = 0;
  let entry: ZipPassThrough | null = null;
  let offset = 0;
  for (const [done, sha256] of hashes.entries()) {
    onProgress({ phase: 'reading-attachments', done, total: hashes.length });
    const row = await db.attachments.get(sha256);
    if (!row) continue;
    const bytes = new Uint8Array(await row.blob.arrayBuffer());
    if (entry && offset > 0 && offset + bytes.length > PACK_BYTES) {
      entry.push(new Uint8Array(0), true);
      entry = null;
      pack += 1;
      offset = 0;
    }
    entry ??= archive.open(packEntry(pack));
    entry.push(bytes);
    index.push({ sha256, type: row.type, size: bytes.length, createdAt: row.createdAt, pack, offset });
    offset += bytes.length;
    if (done % 20 === 19) await yieldToUi();
  }
  entry?.push(new Uint8Array(0), true);
  onProgress({ phase: 'reading-attachments', done: hashes.length, total: hashes.length });
  return index;
}

export interface WrittenBackup {
  file: Uint8Array;
  header: BackupHeader;
}

export interface WriteBackupOptions {
  now?: Date;
  onProgress?: OnProgress;
}

/**
 * The whole records database and every attachment as one backup file,
 * encrypted under a key from the passphrase (src-shared/backup/format.ts).
 * The passphrase's rules are checked by the caller.
 */
export async function writeBackup(
  db: TalentCardDb,
  passphrase: string,
  { now = new Date(), onProgress = () => {} }: WriteBackupOptions = {},
): Promise<WrittenBackup> {
  onProgress({ phase: 'reading-records', done: 0, total: 0 });
  const { tables, hashes } = await readTables(db);
  const archive = new ArchiveBuilder(now);
  for (const [done, name] of BACKUP_TABLES.entries()) {
    onProgress({ phase: 'packing', done, total: BACKUP_TABLES.length });
    archive.add(tableEntry(name), new TextEncoder().encode(encodeRows(tables[name])), true);
    await yieldToUi();
  }
  const attachments = await packAttachments(db, hashes, archive, onProgress);
  const manifest: Manifest = { tables: BACKUP_TABLES, attachments };
  archive.add(MANIFEST_ENTRY, new TextEncoder().encode(JSON.stringify(manifest)), true);
  const plain = archive.finish();

  onProgress({ phase: 'encrypting', done: 0, total: 0 });
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveBackupKey(passphrase, salt, PBKDF2_ITERATIONS);
  const counts: BackupCounts = {
    tables: Object.fromEntries(BACKUP_TABLES.map((name) => [name, tables[name].length])),
    attachments: attachments.length,
    attachmentBytes: attachments.reduce((sum, item) => sum + item.size, 0),
  };
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: bytesToHex(salt) },
    cipher: { name: 'AES-GCM', iv: bytesToHex(iv) },
    check: bytesToHex(check),
    counts,
  };
  const headerBytes = encodeHeader(header);
  const ciphertext = await encryptArchive(key, iv, headerBytes, plain);
  return { file: joinContainer(headerBytes, ciphertext), header };
}
