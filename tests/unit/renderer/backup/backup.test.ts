import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readBackup } from '../../../../src-renderer/backup/read-backup';
import { restoreBackup } from '../../../../src-renderer/backup/restore-backup';
import { planRestore } from '../../../../src-renderer/backup/restore-plan';
import { BACKUP_TABLES } from '../../../../src-renderer/backup/tables';
import { writeBackup } from '../../../../src-renderer/backup/write-backup';
import {
  applicationsWithIdNumber,
  searchApplications,
  toApplication,
  toRow,
} from '../../../../src-renderer/store/applications';
import { verifyLocalChain } from '../../../../src-renderer/store/audit';
import { setDataKey } from '../../../../src-renderer/store/data-keys';
import { type ApplicationRow, openDatabase, type TalentCardDb } from '../../../../src-renderer/store/db';
import { deviceIdentity } from '../../../../src-renderer/store/device';
import { newDataKey } from '../../../../src-shared/crypto/data-key';
import { actor, freshDb } from '../store/helpers';
import { fillProfile, snapshot } from './profile';

const PASSPHRASE = '海边的驿站2026';

// This file's own data key, so that a test can switch to a new one and come back.
const originalKey = newDataKey();
beforeAll(() => setDataKey(originalKey));
afterAll(() => setDataKey(newDataKey()));

const opened: TalentCardDb[] = [];
afterEach(() => {
  setDataKey(originalKey);
  for (const db of opened.splice(0)) db.close();
});

function track(db: TalentCardDb): TalentCardDb {
  opened.push(db);
  return db;
}

describe('the backup’s tables', () => {
  it('name every table of the records database but the attachments', () => {
    const db = track(freshDb());
    expect(
      db.tables
        .map((table) => table.name)
        .filter((name) => name !== 'attachments')
        .sort(),
    ).toEqual([...BACKUP_TABLES].sort());
  });
});

describe('a backup restored into a new profile with a new data key', () => {
  it('gives back every row of every table and every attachment’s bytes', async () => {
    const source = track(freshDb());
    await fillProfile(source);
    const before = await snapshot(source);
    for (const [name, rows] of Object.entries(before)) expect(rows.length, name).toBeGreaterThan(0);

    const { file, header } = await writeBackup(source, PASSPHRASE, { now: new Date('2026-11-23T02:30:00Z') });
    expect(header.counts.tables.applications).toBe(2);
    expect(header.counts.attachments).toBe(7);
    // Plain personal data never appears in the file.
    const text = new TextDecoder('latin1').decode(file);
    expect(text).not.toContain('370102199001011237');
    expect(new TextDecoder().decode(file)).not.toContain('张三');

    const name = source.name;
    source.close();
    await Dexie.delete(name);

    // The recovery profile: a new data key, a new database, the identity start-up makes.
    setDataKey(newDataKey());
    const target = track(openDatabase(name));
    const fresh = await deviceIdentity(target);
    expect(fresh.deviceId).not.toBe(actor.deviceId);

    const contents = await readBackup(file, PASSPHRASE);
    const plan = await planRestore(target, contents);
    expect(plan.mode).toBe('empty');
    expect(plan.attachments).toEqual({ add: 7, present: 0 });
    const report = await restoreBackup(target, contents, { now: new Date('2026-11-23T03:00:00Z') });
    expect(report.attachmentsAdded).toBe(7);

    const after = await snapshot(target);
    for (const table of Object.keys(before)) {
      if (['applications', 'audit', 'outbox'].includes(table)) continue;
      expect(after[table], table).toStrictEqual(before[table]);
    }
    // Application rows: the same records; their search keys made again under the new key.
    const beforeRows = before.applications as ApplicationRow[];
    const afterRows = after.applications as ApplicationRow[];
    expect(afterRows).toStrictEqual(beforeRows.map((row) => toRow(toApplication(row))));
    expect(afterRows[0]?._idKey).not.toBe(beforeRows[0]?._idKey);
    const zhang = toApplication(afterRows.find((row) => row.applicant.name === '张三') as ApplicationRow);
    expect((await searchApplications(target, { text: '1237' })).map((found) => found.id)).toEqual([zhang.id]);
    expect(await applicationsWithIdNumber(target, { ...zhang, id: 'another' })).toEqual([zhang]);

    // The audit log and the outbox as they were, then the restore itself, next in the restored chain.
    expect(after.audit.slice(0, before.audit.length)).toStrictEqual(before.audit);
    expect(after.audit.slice(before.audit.length)).toMatchObject([
      {
        action: 'restore',
        actor: '王窗口',
        chain: actor.deviceId,
        at: '2026-11-23T03:00:00.000Z',
        detail: expect.stringContaining('完整恢复'),
      },
    ]);
    expect(after.outbox.slice(0, before.outbox.length)).toStrictEqual(before.outbox);
    expect(after.outbox).toHaveLength(before.outbox.length + 1);
    expect(await verifyLocalChain(target, actor.deviceId)).toEqual([]);

    // The device identity and the counter came back: the next 申领编号 follows the restored ones.
    expect(await deviceIdentity(target)).toEqual({ deviceId: actor.deviceId, deviceCode: actor.deviceCode });
    expect((await target.meta.get('sequence:2026'))?.value).toBe(2);

    // Every attachment's bytes, by hash.
    for (const item of after.attachments as { sha256: string; digest: string }[]) {
      expect(item.digest).toBe(item.sha256);
    }
  });
});
