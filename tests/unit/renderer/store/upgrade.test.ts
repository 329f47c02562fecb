import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { searchApplications } from '../../../../src-renderer/store/applications';
import { openDatabase } from '../../../../src-renderer/store/db';

describe('schema upgrades', () => {
  it('brings a database filled at version 1 up to date without losing a row', async () => {
    const name = `upgrade-${Math.random()}`;
    // The version-1 schema exactly as it was released.
    const old = new Dexie(name);
    old.version(1).stores({
      applications: 'id, &number, status, projectId, updatedAt, [applicant.idType+applicant.idNumber], applicant.name',
      projects: 'id, name, updatedAt',
      attachments: 'sha256',
      outbox: '++seq, [table+recordId]',
      meta: 'key',
    });
    const rows = Array.from({ length: 25 }, (_, i) => ({
      id: `id-${i}`,
      number: `2025HC-7F3K9Q-${String(i + 1).padStart(4, '0')}`,
      status: 'registered',
      projectId: null,
      updatedAt: `2025-06-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
      deleted: false,
      applicant: {
        name: i === 7 ? 'Müller·Anna' : `申请人${i}`,
        idType: 'resident-id',
        idNumber: `3701021990030712${String(i).padStart(2, '0')}`,
      },
    }));
    await old.table('applications').bulkAdd(rows);
    await old.table('outbox').add({ table: 'applications', recordId: 'id-0', at: '2025-06-01T00:00:00.000Z' });
    old.close();

    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBe(9);
    expect(await db.applications.count()).toBe(25);
    expect(await db.outbox.count()).toBe(1);
    expect((await searchApplications(db, { text: 'müller' })).map((a) => a.id)).toEqual(['id-7']);
    expect((await searchApplications(db, { text: '071207' })).map((a) => a.id)).toEqual(['id-7']);
    const upgraded = await db.applications.get('id-3');
    expect(upgraded).toMatchObject({
      _nameKey: '申请人3',
      applicant: { idNumber: '370102199003071203' },
      sealedScan: null,
      card: null,
      landing: null,
      // v6: rows from before 名企优才类 are 商务精英类, with that category's fields empty.
      category: 'business-elite',
      enterpriseId: null,
      eligibility: null,
      eligibilityEvidence: [],
      introduction: null,
      introductionEvidence: [],
    });
    // v9: the 证件号码 is searched by keyed hashes, and kept sealed: a raw read (no store) finds no digits.
    expect(upgraded).not.toHaveProperty('_idReversed');
    expect(upgraded?._idTails).toHaveLength(16);
    const raw = new Dexie(name);
    await raw.open();
    const stored = await raw.table('applications').get('id-3');
    raw.close();
    expect(stored.applicant.idNumber).toBeInstanceOf(Uint8Array);
    expect(JSON.stringify(stored)).not.toContain('1990030712');
    expect(await db.enterprises.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    // v7: the talent stations' tables start empty.
    expect(await db.stations.count()).toBe(0);
    expect(await db.stationEvents.count()).toBe(0);
    expect(await db.stationActivities.count()).toBe(0);
    // Nothing has synced yet: no bases, and the change queued before the upgrade is still waiting.
    expect(await db.bases.count()).toBe(0);
    expect(await db.pushes.count()).toBe(0);
    db.close();
  });
});
