import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src-shared/api/schemas';
import { TEST_DATABASES } from './databases';
import { bearer, errorCode, type TestServer } from './harness';
import { SyncDevice, startSyncServer } from './sync-requests';

const applicant = { name: '张𠮷', phone: '13906311234', address: '环翠区新威路 1 号' };
const draft = () => ({
  number: `2026HC-${randomUUID().slice(0, 4)}-0001`,
  status: 'registered',
  applicant,
  updatedBy: '王窗口',
});

async function count(server: TestServer): Promise<{ records: number; maxRev: number }> {
  const [row] = await server.db.query<{ records: number; max_rev: number | null }>(
    'SELECT count(*)::int AS records, max(rev) AS max_rev FROM records',
  );
  return { records: row?.records ?? 0, maxRev: row?.max_rev ?? 0 };
}

describe.each(TEST_DATABASES)('sync push on $name', (database) => {
  let server: TestServer;
  let city: SyncDevice;
  let hc: SyncDevice;
  let wd: SyncDevice;

  beforeAll(async () => {
    if (database.skipReason) return;
    ({ server, city, hc, wd } = await startSyncServer(database));
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A new HC application, created by the HC device; its stored state. */
  async function hcRecord(data: Record<string, unknown> = draft()): Promise<StoredRecord> {
    const [result] = (await hc.push(hc.create(data))).results;
    expect(result?.status).toBe('applied');
    return result?.record as StoredRecord;
  }

  it.skipIf(database.skipReason)('applies a batch pushed twice once: same revisions, no duplicate rows', async () => {
    const existing = await hcRecord();
    const batch = [
      hc.create(draft()),
      hc.create(draft()),
      hc.update(existing, { status: { base: 'registered', value: 'awaiting-seal' } }),
    ];
    const first = await hc.push(...batch);
    expect(first.results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
    const after = await count(server);

    const again = await hc.push(...batch);
    expect(again.results.map((result) => result.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(again.results.map((result) => result.record)).toEqual(first.results.map((result) => result.record));
    expect(again.lastMutationId).toBe(first.lastMutationId);
    expect(await count(server)).toEqual(after);
  });

  it.skipIf(database.skipReason)('stops at a gap with 409 mutation-gap and the last id, changing nothing', async () => {
    const device = await SyncDevice.enrol(server, 'district', 'HC');
    const before = await count(server);
    const { lastMutationId } = await device.push(device.create(draft()));
    device.take(); // a mutation the server never gets
    const response = await device.pushRaw([device.create(draft()), device.create(draft())]);
    expect([response.statusCode, errorCode(response)]).toEqual([409, 'mutation-gap']);
    const body = response.json<{ lastMutationId: number; error: { message: string } }>();
    expect(body.lastMutationId).toBe(lastMutationId);
    expect(body.error.message).toContain(String(lastMutationId));
    expect(await count(server)).toEqual({ records: before.records + 1, maxRev: before.maxRev + 1 });
  });

  it.skipIf(database.skipReason)('refuses ids out of order within a batch with 400', async () => {
    const device = await SyncDevice.enrol(server, 'district', 'HC');
    const first = device.create(draft());
    device.take();
    const response = await device.pushRaw([first, device.create(draft())]);
    expect([response.statusCode, errorCode(response)]).toEqual([400, 'mutation-order']);
  });

  it.skipIf(database.skipReason)('merges concurrent edits of different fields from two devices', async () => {
    const record = await hcRecord();
    const hcEdit = await hc.push(
      hc.update(record, {
        'applicant/phone': { base: applicant.phone, value: '13906319999' },
        updatedBy: { base: '王窗口', value: '李窗口' },
      }),
    );
    expect(hcEdit.results[0]?.status).toBe('applied');
    const cityEdit = await city.push(
      city.update(record, {
        'applicant/address': { base: applicant.address, value: '环翠区统一路 2 号' },
        updatedBy: { base: '王窗口', value: '市人才发展院' },
      }),
    );
    const [result] = cityEdit.results;
    expect(result?.status).toBe('merged');
    expect(result?.conflicts).toBeUndefined();
    expect(result?.record?.data).toMatchObject({
      applicant: { name: applicant.name, phone: '13906319999', address: '环翠区统一路 2 号' },
      updatedBy: '市人才发展院',
    });
    expect(result?.record?.rev).toBeGreaterThan(hcEdit.results[0]?.record?.rev ?? 0);
  });

  it.skipIf(database.skipReason)('gives exactly one conflict with both values when both edit one field', async () => {
    const record = await hcRecord();
    await hc.push(hc.update(record, { 'applicant/phone': { base: applicant.phone, value: '13906310000' } }));
    const [result] = (
      await city.push(
        city.update(record, {
          'applicant/phone': { base: applicant.phone, value: '13906319999' },
          status: { base: 'registered', value: 'awaiting-seal' },
        }),
      )
    ).results;
    expect(result?.status).toBe('conflict');
    expect(result?.conflicts).toEqual([{ field: 'applicant/phone', local: '13906319999', server: '13906310000' }]);
    expect(result?.record?.data).toMatchObject({ status: 'awaiting-seal', applicant: { phone: '13906310000' } });
    const stored = await server.app.inject({
      method: 'GET',
      url: `/api/v1/records/applications/${record.id}`,
      headers: bearer(hc.token),
    });
    expect(stored.json<StoredRecord>()).toEqual(result?.record);
  });

  it.skipIf(database.skipReason)('takes no revision for a change that changes nothing', async () => {
    const record = await hcRecord();
    const [result] = (await hc.push(hc.update(record, { status: { base: 'draft', value: 'registered' } }))).results;
    expect(result?.status).toBe('applied');
    expect(result?.record?.rev).toBe(record.rev);
  });

  it.skipIf(database.skipReason)('does not bring a deleted record back: an update of it is a conflict', async () => {
    const record = await hcRecord();
    const [deleted] = (await city.push(city.remove(record))).results;
    expect([deleted?.status, deleted?.record?.deleted]).toEqual(['applied', true]);
    const [result] = (await hc.push(hc.update(record, { status: { base: 'registered', value: 'sealed' } }))).results;
    expect(result?.status).toBe('conflict');
    expect(result?.record).toMatchObject({ deleted: true, rev: deleted?.record?.rev });
    expect(result?.conflicts).toContainEqual({ field: 'deleted', local: false, server: true });
    expect(result?.conflicts).toContainEqual({ field: 'status', local: 'sealed', server: 'registered' });
  });

  it.skipIf(database.skipReason)(
    'keeps a record another device changed since: a stale delete is a conflict',
    async () => {
      const record = await hcRecord();
      await city.push(city.update(record, { 'applicant/phone': { base: applicant.phone, value: '13906312222' } }));
      const [result] = (await hc.push(hc.remove(record))).results;
      expect(result?.status).toBe('conflict');
      expect(result?.record?.deleted).toBe(false);
      expect(result?.conflicts).toEqual([{ field: 'deleted', local: true, server: false }]);
    },
  );

  it.skipIf(database.skipReason)(
    'refuses another district’s records and never shows them, counting the id as done',
    async () => {
      const before = await count(server);
      const intoWd = hc.create(draft(), { district: 'WD' });
      const [created] = (await wd.push(wd.create(draft()))).results;
      const wdRecord = created?.record as StoredRecord;
      const changeWd = hc.update(wdRecord, { status: { base: 'registered', value: 'withdrawn' } });
      const followUp = hc.create(draft());
      const response = await hc.push(intoWd, changeWd, followUp);
      expect(response.results.map((result) => [result.status, result.error?.code])).toEqual([
        ['refused', 'other-district'],
        ['refused', 'other-district'],
        ['applied', undefined],
      ]);
      expect(response.results[0]?.record).toBeUndefined();
      expect(response.results[1]?.record).toBeUndefined();
      expect(response.results[0]?.error?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(response.lastMutationId).toBe(followUp.mutationId);
      expect(await count(server)).toEqual({ records: before.records + 2, maxRev: before.maxRev + 2 });
      const seen = await hc.pullAll();
      expect(seen.changes.some((change) => change.id === intoWd.id || change.id === wdRecord.id)).toBe(false);
      const again = await hc.push(intoWd);
      expect(again.results[0]).toEqual({ mutationId: intoWd.mutationId, status: 'duplicate' });
    },
  );

  it.skipIf(database.skipReason)('refuses moving a record to another district', async () => {
    const record = await hcRecord();
    const [result] = (
      await city.push({ ...city.update(record, { status: { base: 'registered', value: 'sealed' } }), district: 'WD' })
    ).results;
    expect([result?.status, result?.error?.code, result?.record?.district]).toEqual(['refused', 'record-moved', 'HC']);
  });

  it.skipIf(database.skipReason)(
    'refuses a district device reverting the city’s rejection; the record stays rejected',
    async () => {
      const record = await hcRecord();
      const [rejected] = (await city.push(city.update(record, { status: { base: 'registered', value: 'rejected' } })))
        .results;
      expect(rejected?.status).toBe('applied');
      const current = rejected?.record as StoredRecord;
      const revert = hc.update(current, { status: { base: 'rejected', value: 'registered' } });
      const remove = hc.remove(current);
      const invent = hc.create({ ...draft(), status: 'rejected' });
      const response = await hc.push(revert, remove, invent);
      expect(response.results.map((result) => [result.status, result.error?.code])).toEqual([
        ['refused', 'city-decision'],
        ['refused', 'city-decision'],
        ['refused', 'city-decision'],
      ]);
      expect(response.results[0]?.error?.message).toContain('未通过');
      expect(response.results[0]?.record).toEqual(current);
      // A stale edit of the status keeps the city's decision as a conflict.
      const [stale] = (await hc.push(hc.update(record, { status: { base: 'registered', value: 'sealed' } }))).results;
      expect([stale?.status, stale?.record?.data.status]).toEqual(['conflict', 'rejected']);
      // Other fields of a rejected application are still the district's to correct.
      const [phone] = (
        await hc.push(hc.update(current, { 'applicant/phone': { base: applicant.phone, value: '13906313333' } }))
      ).results;
      expect([phone?.status, phone?.record?.data.status]).toEqual(['applied', 'rejected']);
      // The one-record PUT applies the same rule.
      const put = await server.app.inject({
        method: 'PUT',
        url: `/api/v1/records/applications/${record.id}`,
        headers: bearer(hc.token),
        payload: {
          district: 'HC',
          baseRev: phone?.record?.rev,
          deleted: false,
          data: { ...current.data, status: 'registered' },
        },
      });
      expect([put.statusCode, errorCode(put)]).toEqual([403, 'city-decision']);
    },
  );

  it.skipIf(database.skipReason)('answers duplicates and a gap per device, not per server', async () => {
    const fresh = await SyncDevice.enrol(server, 'district', 'HC');
    const response = await fresh.push(fresh.create(draft()));
    expect([response.results[0]?.status, response.lastMutationId]).toEqual(['applied', 1]);
  });
});
