import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../../../src-renderer/backup/read-backup';
import { restoreBackup } from '../../../../src-renderer/backup/restore-backup';
import { planRestore } from '../../../../src-renderer/backup/restore-plan';
import { localDateTime } from '../../../../src-renderer/backup/summary';
import { writeBackup } from '../../../../src-renderer/backup/write-backup';
import { createDraft, getApplication } from '../../../../src-renderer/store/applications';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { actor, freshDb } from '../store/helpers';
import { application, at, device, randomAttachment, rename, snapshot } from './profile';

const PASSPHRASE = 'correct horse battery';

const opened: TalentCardDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function track(db: TalentCardDb): TalentCardDb {
  opened.push(db);
  return db;
}

async function backupOf(db: TalentCardDb, now: Date) {
  const { file } = await writeBackup(db, PASSPHRASE, { now });
  return readBackup(file, PASSPHRASE);
}

/**
 * One profile's history in two places: `office` (where the backup is made)
 * and `laptop` (a profile restored from an earlier backup of it, then used
 * on its own). Both hold 张三 and 李四 from the start.
 */
async function twoCopies() {
  const office = track(freshDb());
  await device(office);
  const photo = await randomAttachment(office, 3000, 'image/jpeg');
  const zhang = await application(office, '张三', { photo }, at('2026-11-02T01:00:00Z'));
  const li = await application(office, '李四', {}, at('2026-11-02T02:00:00Z'));
  const laptop = track(freshDb());
  await restoreBackup(laptop, await backupOf(office, at('2026-11-02T03:00:00Z')));
  return { office, laptop, zhang, li };
}

describe('restoring into a profile that has data', () => {
  it('keeps and lists what is newer here, takes what is newer in the backup, adds the rest, only after confirming', async () => {
    const { office, laptop, zhang, li } = await twoCopies();
    // On the laptop 张三 is corrected later than anything in the backup; in the office 李四 is, and 王五 is new.
    const laptopZhang = await rename(laptop, zhang, '张三丰', at('2026-11-10T01:00:00Z'));
    const officeLi = await rename(office, li, '李四光', at('2026-11-05T01:00:00Z'));
    await rename(office, zhang, '张叁', at('2026-11-04T01:00:00Z'));
    const scan = await randomAttachment(office, 5000, 'application/pdf');
    const wang = await application(office, '王五', { sealedScan: scan }, at('2026-11-06T01:00:00Z'));
    const contents = await backupOf(office, at('2026-11-07T01:00:00Z'));

    const before = await snapshot(laptop);
    const plan = await planRestore(laptop, contents);
    // Working out the plan writes nothing.
    expect(await snapshot(laptop)).toStrictEqual(before);

    expect(plan.mode).toBe('merge');
    expect(plan.tables.applications).toEqual({ add: 1, replace: 1, keep: 1, same: 0, skip: 0 });
    expect(plan.kept).toEqual([
      {
        table: 'applications',
        id: zhang.id,
        label: `${zhang.number} 张三丰`,
        deviceUpdatedAt: '2026-11-10T01:00:00.000Z',
        deviceUpdatedBy: '王窗口',
        backupUpdatedAt: '2026-11-04T01:00:00.000Z',
      },
    ]);
    expect(plan.attachments).toEqual({ add: 1, present: 1 });
    // 王五's 新建 event is added; the events both hold stay as they are.
    expect(plan.tables.events).toMatchObject({ add: 1, replace: 0, keep: 0 });

    const report = await restoreBackup(laptop, contents, { now: at('2026-11-23T02:00:00Z') });
    expect(report.plan.tables.applications).toEqual(plan.tables.applications);
    expect(report.plan.kept).toEqual(plan.kept);

    expect(await getApplication(laptop, zhang.id)).toEqual(laptopZhang);
    expect(await getApplication(laptop, li.id)).toEqual(officeLi);
    expect(await getApplication(laptop, wang.id)).toEqual(wang);
    const bytesOf = async (db: TalentCardDb) => {
      const row = await db.attachments.get(scan);
      return row ? new Uint8Array(await row.blob.arrayBuffer()) : null;
    };
    expect(await bytesOf(laptop)).toEqual(await bytesOf(office));
    // What came from the backup is queued for the next push; the restore is in the audit log.
    const queued = (await laptop.outbox.toArray()).slice(before.outbox.length);
    expect(queued.map((entry) => [entry.table, entry.recordId])).toEqual(
      expect.arrayContaining([
        ['applications', li.id],
        ['applications', wang.id],
      ]),
    );
    expect(queued.some((entry) => entry.recordId === zhang.id)).toBe(false);
    const chain = await laptop.audit.where('chain').equals(actor.deviceId).sortBy('seq');
    const restores = chain.filter((event) => event.action === 'restore');
    // 王五, his 新建 event and its audit event are new; 李四 is updated; 张三 is kept.
    expect(restores.map((event) => event.detail)).toEqual([
      expect.stringContaining('完整恢复'),
      `合并恢复（备份于 ${localDateTime('2026-11-07T01:00:00.000Z')}）：新增记录 3 条，以备份中较新的版本更新 1 条，保留本机较新的 1 条，新增附件 1 个`,
    ]);
  });

  it('never gives a 申领编号 twice: counters take the larger, a clashing number is left out and said', async () => {
    const { office, laptop } = await twoCopies();
    // Both copies carry the same device identity, so each gives 0003 next.
    const laptopThird = await createDraft(laptop, actor, at('2026-11-03T01:00:00Z'));
    const officeThird = await application(office, '赵六', {}, at('2026-11-03T02:00:00Z'));
    const officeFourth = await application(office, '钱七', {}, at('2026-11-03T03:00:00Z'));
    expect(officeThird.number).toBe(laptopThird.number);

    const contents = await backupOf(office, at('2026-11-04T01:00:00Z'));
    const plan = await planRestore(laptop, contents);
    expect(plan.skipped).toEqual([
      {
        table: 'applications',
        id: officeThird.id,
        label: `${officeThird.number} 赵六`,
        reason: `申领编号 ${officeThird.number} 在本机已属于另一份申领，未恢复`,
      },
    ]);
    await restoreBackup(laptop, contents);
    expect(await getApplication(laptop, officeThird.id)).toBeUndefined();
    expect(await getApplication(laptop, officeFourth.id)).toEqual(officeFourth);
    const next = await createDraft(laptop, actor, at('2026-11-05T01:00:00Z'));
    expect(next.number).toBe('2026HC-7F3K9Q-0005');
  });

  it('leaves everything as it was when the write fails', async () => {
    const { office, laptop, li } = await twoCopies();
    await rename(office, li, '李四光', at('2026-11-05T01:00:00Z'));
    await application(office, '王五', {}, at('2026-11-06T01:00:00Z'));
    const contents = await backupOf(office, at('2026-11-07T01:00:00Z'));
    const before = await snapshot(laptop);
    // A row IndexedDB cannot take (no key) among the rows to write.
    contents.tables.projects.push({ name: '无编号项目', updatedAt: '2026-11-07T00:00:00.000Z' });
    await expect(restoreBackup(laptop, contents)).rejects.toThrow();
    expect(await snapshot(laptop)).toStrictEqual(before);
  });
});
