import type { BackupTable } from './tables';

/**
 * What the encrypted archive (a ZIP) holds:
 *
 *   backup.json            the table names and the attachments' index
 *   tables/<name>.json     each table's rows (src-shared/backup/rows-json)
 *   attachments/<n>.bin    attachments' bytes one after another
 *
 * Attachments go in packs rather than one entry each: a ZIP without its
 * 64-bit extension holds at most 65 535 entries, and a city's files may
 * number more.
 */
export const MANIFEST_ENTRY = 'backup.json';
export const tableEntry = (table: string) => `tables/${table}.json`;
export const packEntry = (pack: number) => `attachments/${pack}.bin`;

export const TABLE_ENTRY = /^tables\/([A-Za-z]+)\.json$/;
export const PACK_ENTRY = /^attachments\/(\d+)\.bin$/;

/** A pack is closed once it holds this much; an attachment is never split. */
export const PACK_BYTES = 32 * 1024 * 1024;

export interface AttachmentIndexEntry {
  sha256: string;
  type: string;
  size: number;
  createdAt: string;
  pack: number;
  offset: number;
}

export interface Manifest {
  tables: BackupTable[];
  attachments: AttachmentIndexEntry[];
}

/** An attachment as a backup holds it: its bytes and what the store keeps beside them. */
export interface BackupAttachment {
  sha256: string;
  type: string;
  size: number;
  createdAt: string;
  bytes: Uint8Array;
}

/** Everything a backup holds, read back. Application rows are without their local search keys. */
export interface BackupContents {
  /** ISO 8601 instant the backup was made. */
  createdAt: string;
  tables: Record<BackupTable, Record<string, unknown>[]>;
  attachments: BackupAttachment[];
}
