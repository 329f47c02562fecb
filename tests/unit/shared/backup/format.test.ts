import { describe, expect, it } from 'vitest';
import { BackupError } from '../../../../src-shared/backup/errors';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  encodeHeader,
  joinContainer,
  splitContainer,
} from '../../../../src-shared/backup/format';
import { decodeRows, encodeRows } from '../../../../src-shared/backup/rows-json';

const header: BackupHeader = {
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  createdAt: '2026-11-23T02:30:00.000Z',
  kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: '00'.repeat(16) },
  cipher: { name: 'AES-GCM', iv: '11'.repeat(12) },
  check: '22'.repeat(32),
  counts: { tables: { applications: 3 }, attachments: 2, attachmentBytes: 1000 },
};
const ciphertext = new Uint8Array(64).fill(7);

function code(file: Uint8Array): string | null {
  try {
    splitContainer(file);
    return null;
  } catch (error) {
    return error instanceof BackupError ? error.code : String(error);
  }
}

describe('the backup file’s plain part', () => {
  it('gives back the header and the ciphertext as written', () => {
    const split = splitContainer(joinContainer(encodeHeader(header), ciphertext));
    expect(split.header).toEqual(header);
    expect(split.ciphertext).toEqual(ciphertext);
    expect(split.headerBytes).toEqual(encodeHeader(header));
  });

  it('refuses headers it cannot trust or use', () => {
    const file = (changed: object) =>
      joinContainer(encodeHeader({ ...header, ...changed } as BackupHeader), ciphertext);
    expect(code(file({ format: 'another-format' }))).toBe('not-backup');
    expect(code(file({ version: BACKUP_VERSION + 1, kdf: 'argon2' }))).toBe('newer-version');
    expect(code(file({ version: 0 }))).toBe('damaged');
    expect(code(file({ kdf: { ...header.kdf, iterations: 1000 } }))).toBe('damaged');
    expect(code(file({ cipher: { name: 'AES-GCM', iv: 'zz' } }))).toBe('damaged');
    expect(code(file({ counts: { tables: { applications: -1 }, attachments: 0, attachmentBytes: 0 } }))).toBe(
      'damaged',
    );
    expect(code(joinContainer(new TextEncoder().encode('{not json'), ciphertext))).toBe('damaged');
  });
});

describe('rows in a backup', () => {
  it('come back exactly, with the values JSON cannot say', () => {
    const rows = [
      {
        id: 'a',
        missing: undefined,
        bytes: new Uint8Array([0, 1, 254, 255]),
        when: new Date('2026-11-23T02:30:00.000Z'),
        odd: [Number.NaN, Number.POSITIVE_INFINITY, -0, null, undefined],
        nested: { $backup: 'looks like a tag', v: 1 },
        text: '张三 \u0000 “引号”',
      },
    ];
    expect(decodeRows(encodeRows(rows))).toStrictEqual(rows);
  });

  it('refuses values a backup would lose, rather than dropping them', () => {
    expect(() => encodeRows([{ photo: new Blob(['x']) }])).toThrow('Blob');
    expect(() => encodeRows([{ seen: new Map() }])).toThrow('Map');
  });
});
