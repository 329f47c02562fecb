import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackup } from '../../../../src-renderer/backup/read-backup';
import { restoreBackup } from '../../../../src-renderer/backup/restore-backup';
import { writeBackup } from '../../../../src-renderer/backup/write-backup';
import { openKeyring } from '../../../../src-renderer/session/keyring';
import { toApplication, toRow } from '../../../../src-renderer/store/applications';
import { setDataKey } from '../../../../src-renderer/store/data-keys';
import { type ApplicationRow, openDatabase } from '../../../../src-renderer/store/db';
import { deviceIdentity } from '../../../../src-renderer/store/device';
import { OS_KEY_CHANGED_MESSAGE } from '../../../../src-shared/bridge/contract';
import { newDataKey } from '../../../../src-shared/crypto/data-key';
import { fakeOsKeyStore, keyringName } from '../session/os-key-store';
import { fillProfile, snapshot } from './profile';

afterAll(() => setDataKey(newDataKey()));

describe('a changed OS key', { timeout: 60_000 }, () => {
  it('is said plainly, leaves the old database as it was, and the backup brings everything back', async () => {
    const os = fakeOsKeyStore();
    const keyring = openKeyring(os, keyringName());
    const oldName = `profile-${Math.random()}`;
    const first = await keyring.createProfile('王窗口', '246810', oldName);
    if (!first.ok) throw new Error(first.message);
    setDataKey(first.dataKey);
    const db = openDatabase(oldName);
    await fillProfile(db);
    const before = await snapshot(db);
    const { file } = await writeBackup(db, '海边的驿站2026');
    db.close();
    const rawBefore = await rawRows(oldName);

    // The OS account changed: the right PIN no longer opens the data key.
    os.changeKey();
    expect(await keyring.signIn('王窗口', '246810')).toEqual({
      ok: false,
      code: 'os-key-changed',
      message: OS_KEY_CHANGED_MESSAGE,
    });

    // 从备份恢复: a new profile, a new key, a new database; the old one is listed and kept.
    const recovered = await keyring.createProfile('王窗口', '135790', `${oldName}-recovered`);
    if (!recovered.ok) throw new Error(recovered.message);
    expect(recovered.profile.previous).toEqual([oldName]);
    setDataKey(recovered.dataKey);
    const target = openDatabase(recovered.profile.database);
    await deviceIdentity(target);
    await restoreBackup(target, await readBackup(file, '海边的驿站2026'));
    const after = await snapshot(target);
    for (const table of Object.keys(before)) {
      if (['applications', 'audit', 'outbox'].includes(table)) continue;
      expect(after[table], table).toStrictEqual(before[table]);
    }
    expect(after.applications).toStrictEqual(
      (before.applications as ApplicationRow[]).map((row) => toRow(toApplication(row))),
    );
    // The restore is one more audit event and one more change to push; nothing before it is lost.
    expect(after.audit.slice(0, before.audit.length)).toStrictEqual(before.audit);
    expect(after.outbox.slice(0, before.outbox.length)).toStrictEqual(before.outbox);
    target.close();

    // Nothing lost on the way: the old database is still there, row for row, should the old OS key come back.
    expect(await rawRows(oldName)).toEqual(rawBefore);
    keyring.close();
  });
});

/** Row counts of a database, read without the store (and so without any key). */
async function rawRows(name: string): Promise<Record<string, number>> {
  const raw = new Dexie(name);
  await raw.open();
  const counts: Record<string, number> = {};
  for (const table of raw.tables) counts[table.name] = await table.count();
  raw.close();
  return counts;
}
