import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../src-renderer/backup/export-backup';
import { readBackup } from '../../../../src-renderer/backup/read-backup';
import { writeBackup } from '../../../../src-renderer/backup/write-backup';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { BACKUP_ERROR_MESSAGES, type BackupErrorCode } from '../../../../src-shared/backup/errors';
import { encodeHeader, joinContainer, splitContainer } from '../../../../src-shared/backup/format';
import { actor, freshDb } from '../store/helpers';
import { application, device, randomAttachment } from './profile';

const PASSPHRASE = '威海英才卡备份密码';

let source: TalentCardDb;
let file: Uint8Array;
beforeAll(async () => {
  source = freshDb();
  await device(source);
  await application(source, '张三', { photo: await randomAttachment(source, 2000, 'image/jpeg') });
  file = (await writeBackup(source, PASSPHRASE)).file;
});

afterAll(() => source.close());

async function refusal(bytes: Uint8Array, passphrase = PASSPHRASE): Promise<BackupErrorCode> {
  const error = await readBackup(bytes, passphrase).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(Error);
  const { code, message } = error as { code: BackupErrorCode; message: string };
  expect(message).toBe(BACKUP_ERROR_MESSAGES[code]);
  return code;
}

function flipped(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] as number) ^ 0x01;
  return copy;
}

describe('opening a backup', () => {
  it('opens with its passphrase', async () => {
    const contents = await readBackup(file, PASSPHRASE);
    expect(contents.tables.applications.map((row) => (row.applicant as { name: string }).name)).toEqual(['张三']);
    expect(contents.attachments).toHaveLength(1);
  });

  it('says so when the passphrase is wrong', async () => {
    expect(await refusal(file, '威海英才卡备份密玛')).toBe('wrong-passphrase');
    expect(BACKUP_ERROR_MESSAGES['wrong-passphrase']).toBe('备份密码不正确');
  });

  it('says the file is damaged when one byte of the data or of the header is changed, or it is cut short', async () => {
    expect(await refusal(flipped(file, file.length - 100))).toBe('damaged');
    expect(await refusal(flipped(file, file.length - 1))).toBe('damaged');
    expect(await refusal(flipped(file, 40))).toBe('damaged');
    expect(await refusal(file.slice(0, file.length - 1000))).toBe('damaged');
    expect(await refusal(file.slice(0, 11))).toBe('damaged');
  });

  it('says a file that is not a backup is not one', async () => {
    expect(await refusal(new TextEncoder().encode('%PDF-1.7\n…'))).toBe('not-backup');
    expect(await refusal(new Uint8Array(0))).toBe('not-backup');
    expect(await refusal(flipped(file, 0))).toBe('not-backup');
  });

  it('refuses a backup made by a newer version', async () => {
    const { header, ciphertext } = splitContainer(file);
    const newer = joinContainer(encodeHeader({ ...header, version: header.version + 1 }), ciphertext);
    expect(await refusal(newer)).toBe('newer-version');
  });
});

describe('exporting a backup', () => {
  it('records the export in the audit log: who, when, how many of what, the file', async () => {
    const saved: { name: string; file: Uint8Array }[] = [];
    const now = new Date(2026, 10, 23, 10, 30);
    const outcome = await exportBackup(
      source,
      PASSPHRASE,
      async (name, bytes) => {
        saved.push({ name, file: bytes });
        return { saved: true, location: `/备份/${name}` };
      },
      { now },
    );
    expect(outcome).toMatchObject({ saved: true, audited: true, name: '威海英才卡备份-20261123-1030.whbak' });
    expect(saved.map((item) => item.name)).toEqual(['威海英才卡备份-20261123-1030.whbak']);
    expect((await readBackup(saved[0]?.file as Uint8Array, PASSPHRASE)).tables.applications).toHaveLength(1);
    const events = await source.audit.where('chain').equals(actor.deviceId).sortBy('seq');
    expect(events.at(-1)).toMatchObject({
      action: 'export',
      actor: '王窗口',
      at: now.toISOString(),
      subject: { table: '', id: '', label: '全部数据备份' },
      detail: expect.stringMatching(
        /^导出完整数据备份（申领登记 1 份、.*附件 1 个）：威海英才卡备份-20261123-1030\.whbak$/,
      ),
    });
  });

  it('records nothing when the save is cancelled, and makes nothing with a short passphrase', async () => {
    const before = await source.audit.count();
    const outcome = await exportBackup(source, PASSPHRASE, async () => ({ saved: false }));
    expect(outcome.saved).toBe(false);
    await expect(exportBackup(source, '1234567', async () => ({ saved: false }))).rejects.toThrow(
      '备份密码至少 8 个字符',
    );
    expect(await source.audit.count()).toBe(before);
  });

  it('does not save a backup too large to be opened again', async () => {
    const save = async () => ({ saved: true as const, location: 'x' });
    await expect(exportBackup(source, PASSPHRASE, save, { maxBytes: 1024 })).rejects.toThrow('单个备份文件的上限');
  });
});
