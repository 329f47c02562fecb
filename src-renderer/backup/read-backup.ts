import { hexToBytes } from '@noble/hashes/utils';
import { type Unzipped, unzipSync } from 'fflate';
import { BackupError } from '../../src-shared/backup/errors';
import { type BackupHeader, splitContainer } from '../../src-shared/backup/format';
import { decodeRows } from '../../src-shared/backup/rows-json';
import { sha256Hex } from '../store/attachments';
import {
  type AttachmentIndexEntry,
  type BackupAttachment,
  type BackupContents,
  MANIFEST_ENTRY,
  type Manifest,
  PACK_ENTRY,
  packEntry,
  TABLE_ENTRY,
} from './archive-layout';
import { decryptArchive, deriveBackupKey, sameBytes } from './cipher';
import { type OnProgress, yieldToUi } from './progress';
import { BACKUP_TABLES, type BackupTable, TABLE_RULES } from './tables';

export interface OpenedBackup extends BackupContents {
  header: BackupHeader;
}

const isRow = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKnownTable = (name: string): name is BackupTable => Object.hasOwn(TABLE_RULES, name);

/** Runs a step of reading whose failure can only mean the archive is not what its writer made. */
function damagedUnless<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('damaged');
  }
}

/**
 * The tables, each named by the manifest. A table this version does not
 * know was written by a later one: restoring without it would lose its rows
 * unseen, so the whole backup is refused.
 */
function readTables(entries: Unzipped, manifest: Manifest): Record<BackupTable, Record<string, unknown>[]> {
  const tables = Object.fromEntries(BACKUP_TABLES.map((name) => [name, []])) as unknown as Record<
    BackupTable,
    Record<string, unknown>[]
  >;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [path, data] of Object.entries(entries)) {
    const match = TABLE_ENTRY.exec(path);
    if (!match) continue;
    const name = match[1] as string;
    if (!isKnownTable(name) || !manifest.tables.includes(name)) throw new BackupError('newer-version');
    const rows = damagedUnless(() => decodeRows(decoder.decode(data)));
    if (!rows.every(isRow)) throw new BackupError('damaged');
    tables[name] = rows;
  }
  return tables;
}

function readManifest(entries: Unzipped): Manifest {
  const data = entries[MANIFEST_ENTRY];
  if (!data) throw new BackupError('damaged');
  const manifest = damagedUnless(() => JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(data)) as Manifest);
  if (!Array.isArray(manifest?.tables) || !Array.isArray(manifest.attachments)) throw new BackupError('damaged');
  if (manifest.tables.some((name) => typeof name !== 'string' || !isKnownTable(name))) {
    throw new BackupError('newer-version');
  }
  for (const path of Object.keys(entries)) {
    if (path !== MANIFEST_ENTRY && !TABLE_ENTRY.test(path) && !PACK_ENTRY.test(path)) {
      throw new BackupError('newer-version');
    }
  }
  return manifest;
}

const isIndexEntry = (item: AttachmentIndexEntry) =>
  typeof item === 'object' &&
  item !== null &&
  /^[0-9a-f]{64}$/.test(item.sha256) &&
  typeof item.type === 'string' &&
  typeof item.createdAt === 'string' &&
  [item.size, item.pack, item.offset].every((value) => Number.isSafeInteger(value) && value >= 0);

/** Each attachment's bytes out of its pack, checked against the hash that names it. */
async function readAttachments(
  entries: Unzipped,
  manifest: Manifest,
  onProgress: OnProgress,
): Promise<BackupAttachment[]> {
  const attachments: BackupAttachment[] = [];
  const total = manifest.attachments.length;
  for (const [done, item] of manifest.attachments.entries()) {
    if (!isIndexEntry(item)) throw new BackupError('damaged');
    const pack = entries[packEntry(item.pack)];
    if (!pack || item.offset + item.size > pack.length) throw new BackupError('damaged');
    const bytes = pack.subarray(item.offset, item.offset + item.size);
    if ((await sha256Hex(bytes as Uint8Array<ArrayBuffer>)) !== item.sha256) throw new BackupError('damaged');
    attachments.push({ sha256: item.sha256, type: item.type, size: item.size, createdAt: item.createdAt, bytes });
    if (done % 20 === 19) {
      onProgress({ phase: 'unpacking', done, total });
      await yieldToUi();
    }
  }
  return attachments;
}

/** The counts the header promised against what was read: a mismatch is a writer's fault or damage. */
function checkCounts(header: BackupHeader, contents: BackupContents): void {
  const tablesMatch = BACKUP_TABLES.every((name) => (header.counts.tables[name] ?? 0) === contents.tables[name].length);
  if (!tablesMatch || header.counts.attachments !== contents.attachments.length) throw new BackupError('damaged');
}

/**
 * Opens a backup file with its passphrase. Fails with a {@link BackupError}
 * whose message says why: not a backup, damaged, wrong passphrase, or made
 * by a newer version.
 */
export async function readBackup(
  file: Uint8Array,
  passphrase: string,
  onProgress: OnProgress = () => {},
): Promise<OpenedBackup> {
  const { header, headerBytes, ciphertext } = splitContainer(file);
  onProgress({ phase: 'decrypting', done: 0, total: 0 });
  const { key, check } = await deriveBackupKey(passphrase, hexToBytes(header.kdf.salt), header.kdf.iterations);
  if (!sameBytes(check, hexToBytes(header.check))) throw new BackupError('wrong-passphrase');
  let plain: Uint8Array;
  try {
    plain = await decryptArchive(key, hexToBytes(header.cipher.iv), headerBytes, ciphertext);
  } catch {
    throw new BackupError('damaged');
  }
  onProgress({ phase: 'unpacking', done: 0, total: header.counts.attachments });
  await yieldToUi();
  const entries = damagedUnless(() => unzipSync(plain));
  const manifest = readManifest(entries);
  const tables = readTables(entries, manifest);
  const attachments = await readAttachments(entries, manifest, onProgress);
  const contents: OpenedBackup = { header, createdAt: header.createdAt, tables, attachments };
  checkCounts(header, contents);
  return contents;
}
