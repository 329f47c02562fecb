// Runs inside Chromium: the real store on the browser's IndexedDB.
import {
  blankApplication,
  createDraft,
  saveApplication,
  searchApplications,
  toRow,
} from '../../../src-renderer/store/applications';
import { setDataKey } from '../../../src-renderer/store/data-keys';
import { openDatabase } from '../../../src-renderer/store/db';
import type { Actor } from '../../../src-renderer/store/device';
import { newDataKey } from '../../../src-shared/crypto/data-key';

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '𠮷',
  '平',
];
const actor: Actor = { deviceId: 'bench-device', deviceCode: 'BENCH0', districtCode: 'HC', staffName: '基准测试' };
// As the app runs once signed in: personal fields sealed, 证件号码 found by keyed hashes.
setDataKey(newDataKey());
const db = openDatabase('store-bench');

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

async function time(runs: number, action: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await action(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

async function seed(count: number): Promise<void> {
  await db.delete();
  await db.open();
  const batch = 5000;
  const start = Date.parse('2024-01-01T00:00:00Z');
  for (let offset = 0; offset < count; offset += batch) {
    const rows = [];
    for (let i = offset; i < Math.min(count, offset + batch); i++) {
      const at = new Date(start + i * 60_000).toISOString();
      const application = blankApplication({
        id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        createdAt: at,
        updatedAt: at,
        updatedBy: actor.staffName,
        deviceId: actor.deviceId,
        rev: 0,
        deleted: false,
        number: `2024HC-BENCH0-${String(i + 1).padStart(6, '0')}`,
        district: 'HC',
      });
      application.status = i % 10 === 0 ? 'draft' : 'registered';
      application.applicant.name = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${i % 3 === 0 ? GIVEN[(i * 13) % GIVEN.length] : ''}`;
      application.applicant.idNumber = `370102${1960 + (i % 40)}0101${String(i).padStart(6, '0').slice(-4)}`;
      application.applicant.phone = `138${String(i).padStart(8, '0')}`;
      rows.push(toRow(application));
    }
    await db.applications.bulkAdd(rows);
  }
}

async function measure(): Promise<Record<string, number>> {
  const prefixes = ['张', '李伟', '王', '陈', '黄秀英', '周', '林', '何𠮷'];
  const tails = ['1234', '0042', '9999', '3X', '0101', '5678', '7777', '0000'];
  const byName = await time(80, (i) => searchApplications(db, { text: prefixes[i % prefixes.length], limit: 50 }));
  const byTail = await time(80, (i) => searchApplications(db, { text: tails[i % tails.length], limit: 50 }));
  // A first list page as the list shows it after a reload: a fresh connection, nothing cached.
  db.close();
  await db.open();
  const firstPage = await time(1, () => searchApplications(db, { limit: 50 }));
  const warmPage = await time(40, () => searchApplications(db, { limit: 50 }));
  const draft = await createDraft(db, actor);
  const saves = await time(100, (i) =>
    saveApplication(db, actor, {
      ...draft,
      applicant: { ...draft.applicant, name: `测试${i}`, school: '山东大学'.repeat(1 + (i % 3)) },
    }),
  );
  return {
    rows: await db.applications.count(),
    nameP50: quantile(byName, 0.5),
    nameP95: quantile(byName, 0.95),
    tailP50: quantile(byTail, 0.5),
    tailP95: quantile(byTail, 0.95),
    firstPage: firstPage[0] ?? Number.NaN,
    warmPageP95: quantile(warmPage, 0.95),
    saveP50: quantile(saves, 0.5),
    saveP95: quantile(saves, 0.95),
  };
}

Object.assign(window, { storeBench: { seed, measure } });
