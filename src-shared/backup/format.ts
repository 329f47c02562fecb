import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { BackupError } from './errors';

/**
 * The backup file (.whbak):
 *
 *   magic (8 bytes) | header length (uint32, big-endian) | header (UTF-8 JSON)
 *   | SHA-256 of the header (32 bytes) | AES-256-GCM ciphertext with its tag
 *
 * The header is plain so that a file can be recognised, and its damage told
 * from a wrong passphrase, before the slow key derivation; it holds no
 * personal data. It is the cipher's additional data, so it cannot be changed
 * without the passphrase either. The checksum only tells damage apart from a
 * wrong passphrase: it proves nothing against someone who rewrites the file.
 */
export const BACKUP_FORMAT = 'weihai-talent-card-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = 'whbak';

const MAGIC = new TextEncoder().encode('WHTCBAK\n');
const LENGTH_BYTES = 4;
const CHECKSUM_BYTES = 32;
/** A header is a few hundred bytes; anything far larger is a damaged length, not a header. */
const MAX_HEADER_BYTES = 64 * 1024;

export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const CHECK_BYTES = 32;
const TAG_BYTES = 16;

/** The same work factor as the staff secret's. */
export { PBKDF2_ITERATIONS } from '../crypto/staff-secret';

/** Files made with fewer are refused as damaged: the writer never makes them, so a lower count was tampered with. */
const MIN_ITERATIONS = 100_000;
/** Beyond this the derivation would take minutes: a damaged field, not a choice of ours. */
const MAX_ITERATIONS = 10_000_000;

export interface BackupCounts {
  /** Rows of each table of the records database. */
  tables: Record<string, number>;
  attachments: number;
  /** The attachments' bytes together, for the progress and the plan. */
  attachmentBytes: number;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601 instant the backup was made. */
  createdAt: string;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /**
   * Hex of the second half of the derived bits (the first half is the key):
   * tells a wrong passphrase from damaged ciphertext, at the full cost of the
   * key derivation for anyone guessing.
   */
  check: string;
  counts: BackupCounts;
}

export interface BackupContainer {
  header: BackupHeader;
  /** The header exactly as stored: the cipher's additional data. */
  headerBytes: Uint8Array;
  ciphertext: Uint8Array;
}

export function encodeHeader(header: BackupHeader): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(header));
}

/** The file: what precedes the ciphertext, then the ciphertext. */
export function joinContainer(headerBytes: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  const prefix = MAGIC.length + LENGTH_BYTES + headerBytes.length + CHECKSUM_BYTES;
  const out = new Uint8Array(prefix + ciphertext.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length);
  out.set(headerBytes, MAGIC.length + LENGTH_BYTES);
  out.set(sha256(headerBytes), MAGIC.length + LENGTH_BYTES + headerBytes.length);
  out.set(ciphertext, prefix);
  return out;
}

const isHex = (value: unknown, bytes: number): value is string =>
  typeof value === 'string' && value.length === bytes * 2 && /^[0-9a-f]+$/.test(value);

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isCounts(value: unknown): value is BackupCounts {
  if (typeof value !== 'object' || value === null) return false;
  const { tables, attachments, attachmentBytes } = value as Record<string, unknown>;
  return (
    typeof tables === 'object' &&
    tables !== null &&
    !Array.isArray(tables) &&
    Object.values(tables).every(isCount) &&
    isCount(attachments) &&
    isCount(attachmentBytes)
  );
}

/** Whether a header of this version has every field the reader needs, within bounds. */
function isUsableHeader(header: Record<string, unknown>): boolean {
  const kdf = header.kdf as Record<string, unknown> | null;
  const cipher = header.cipher as Record<string, unknown> | null;
  return (
    typeof header.createdAt === 'string' &&
    !Number.isNaN(Date.parse(header.createdAt)) &&
    typeof kdf === 'object' &&
    kdf !== null &&
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    Number.isSafeInteger(kdf.iterations) &&
    (kdf.iterations as number) >= MIN_ITERATIONS &&
    (kdf.iterations as number) <= MAX_ITERATIONS &&
    isHex(kdf.salt, SALT_BYTES) &&
    typeof cipher === 'object' &&
    cipher !== null &&
    cipher.name === 'AES-GCM' &&
    isHex(cipher.iv, IV_BYTES) &&
    isHex(header.check, CHECK_BYTES) &&
    isCounts(header.counts)
  );
}

function startsWithMagic(file: Uint8Array): boolean {
  return file.length >= MAGIC.length && MAGIC.every((byte, index) => file[index] === byte);
}

/**
 * Splits a file into its checked header and its ciphertext, or says why it
 * cannot be a backup this version can open (a {@link BackupError}).
 */
export function splitContainer(file: Uint8Array): BackupContainer {
  if (!startsWithMagic(file)) throw new BackupError('not-backup');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.length < MAGIC.length + LENGTH_BYTES) throw new BackupError('damaged');
  const headerLength = view.getUint32(MAGIC.length);
  const headerStart = MAGIC.length + LENGTH_BYTES;
  const ciphertextStart = headerStart + headerLength + CHECKSUM_BYTES;
  if (headerLength > MAX_HEADER_BYTES || file.length < ciphertextStart + TAG_BYTES) throw new BackupError('damaged');
  const headerBytes = file.slice(headerStart, headerStart + headerLength);
  const checksum = file.subarray(headerStart + headerLength, ciphertextStart);
  if (bytesToHex(sha256(headerBytes)) !== bytesToHex(checksum)) throw new BackupError('damaged');
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  } catch {
    throw new BackupError('damaged');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new BackupError('damaged');
  const header = parsed as Record<string, unknown>;
  if (header.format !== BACKUP_FORMAT) throw new BackupError('not-backup');
  if (!Number.isSafeInteger(header.version) || (header.version as number) < 1) throw new BackupError('damaged');
  // A later version may lay out everything after `version` differently: refuse before reading it.
  if ((header.version as number) > BACKUP_VERSION) throw new BackupError('newer-version');
  if (!isUsableHeader(header)) throw new BackupError('damaged');
  return { header: header as unknown as BackupHeader, headerBytes, ciphertext: file.subarray(ciphertextStart) };
}
