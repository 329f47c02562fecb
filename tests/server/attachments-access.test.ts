import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referringDistrictsQuery } from '../../src-server/attachments';
import type { StoredRecord } from '../../src-shared/api/schemas';
import type { SyncedTable } from '../../src-shared/records/record';
import { TEST_DATABASES } from './databases';
import { bearer, startTestServer, type TestServer } from './harness';

/*
 * Who may read an attachment (docs/sync-protocol.md §4, src-server/attachments.ts): the districts that
 * uploaded it, and, for a file the city (市级, SJ) uploaded, the districts whose live records refer to it in
 * an attachment field (ATTACHMENT_FIELDS). Nothing else opens a file.
 */

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The answer every refused read gets, as it was before references counted. */
const OTHER_DISTRICT = { error: { code: 'other-district', message: '本设备只能访问本区市的记录。' } };

describe.each(TEST_DATABASES)('reading attachments on $name', (database) => {
  let server: TestServer;
  let hc: string;
  let wd: string;
  let city: string;

  beforeAll(async () => {
    if (database.skipReason) return;
    server = await startTestServer(database);
    hc = (await server.enrol('district', 'HC')).token;
    wd = (await server.enrol('district', 'WD')).token;
    city = (await server.enrol('city', 'SJ')).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Uploads fresh bytes as the device of `token`; their fingerprint and bytes. */
  async function upload(token: string): Promise<{ hash: string; bytes: Buffer }> {
    const bytes = randomBytes(256);
    const hash = sha256(bytes);
    const response = await server.app.inject({
      method: 'PUT',
      url: `/api/v1/attachments/${hash}`,
      headers: { ...bearer(token), 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(response.statusCode, response.body).toBe(201);
    return { hash, bytes };
  }

  const get = (token: string, hash: string) =>
    server.app.inject({ method: 'GET', url: `/api/v1/attachments/${hash}`, headers: bearer(token) });
  const head = (token: string, hash: string) =>
    server.app.inject({ method: 'HEAD', url: `/api/v1/attachments/${hash}`, headers: bearer(token) });

  /** Writes a record as the device of `token`, based on `baseRev`; the stored record. */
  async function put(
    token: string,
    table: SyncedTable,
    id: string,
    write: { district: string; data: Record<string, unknown>; baseRev?: number; deleted?: boolean },
  ): Promise<StoredRecord> {
    const response = await server.app.inject({
      method: 'PUT',
      url: `/api/v1/records/${table}/${id}`,
      headers: bearer(token),
      payload: { baseRev: 0, deleted: false, ...write },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<StoredRecord>();
  }

  async function expectReads(token: string, file: { hash: string; bytes: Buffer }) {
    const response = await get(token, file.hash);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.rawPayload.equals(file.bytes)).toBe(true);
    expect((await head(token, file.hash)).statusCode).toBe(200);
  }

  async function expectRefused(token: string, hash: string) {
    const response = await get(token, hash);
    expect([response.statusCode, response.json()]).toEqual([403, OTHER_DISTRICT]);
    // HEAD does not say the file exists: the district uploads its bytes to prove it holds them (§4).
    expect((await head(token, hash)).statusCode).toBe(404);
  }

  it.skipIf(database.skipReason)('lets a district read the files the city attached to its own records', async () => {
    const photo = await upload(city);
    const landing = await upload(city);
    const condition = await upload(city);
    const evidence = await upload(city);
    const activityPhoto = await upload(city);
    for (const file of [photo, landing, condition, evidence, activityPhoto]) await expectRefused(hc, file.hash);

    // One field holding a fingerprint, a list one level down, a list in each station table.
    await put(city, 'applications', randomUUID(), {
      district: 'HC',
      data: { photo: photo.hash, landing: { landed: true, evidence: ['f'.repeat(64), landing.hash] } },
    });
    const stationId = randomUUID();
    await put(city, 'stations', stationId, {
      district: 'HC',
      data: { name: '驿站', conditionEvidence: { venue: [], experts: [condition.hash] } },
    });
    await put(city, 'stationEvents', randomUUID(), { district: 'HC', data: { stationId, evidence: [evidence.hash] } });
    await put(city, 'stationActivities', randomUUID(), {
      district: 'HC',
      data: { stationId, photos: [activityPhoto.hash] },
    });

    for (const file of [photo, landing, condition, evidence, activityPhoto]) {
      await expectReads(hc, file);
      await expectRefused(wd, file.hash);
      await expectReads(city, file);
    }
  });

  it.skipIf(database.skipReason)(
    'does not let a district read a city file that only another district’s record refers to',
    async () => {
      const file = await upload(city);
      await put(city, 'stations', randomUUID(), {
        district: 'WD',
        data: { name: '文登驿站', conditionEvidence: { venue: [file.hash] } },
      });
      await expectReads(wd, file);
      await expectRefused(hc, file.hash);
    },
  );

  it.skipIf(database.skipReason)('does not let a district read a city file that nothing refers to', async () => {
    const file = await upload(city);
    await expectRefused(hc, file.hash);
    await expectRefused(wd, file.hash);
    await expectReads(city, file);
  });

  it.skipIf(database.skipReason)(
    'counts only live records, and only their attachment fields, as referring to a file',
    async () => {
      const file = await upload(city);
      // The fingerprint in a field that is not an attachment field, or one of another table.
      await put(city, 'applications', randomUUID(), {
        district: 'HC',
        data: { remarks: file.hash, photos: [file.hash], landing: { note: file.hash }, evidence: [file.hash] },
      });
      await put(city, 'projects', randomUUID(), { district: 'HC', data: { photo: file.hash } });
      await expectRefused(hc, file.hash);

      const id = randomUUID();
      const record = await put(city, 'stationActivities', id, {
        district: 'HC',
        data: { stationId: randomUUID(), photos: [file.hash] },
      });
      await expectReads(hc, file);
      // Deleted (a tombstone): the file closes again.
      await put(city, 'stationActivities', id, {
        district: 'HC',
        baseRev: record.rev,
        deleted: true,
        data: record.data,
      });
      await expectRefused(hc, file.hash);
    },
  );

  it.skipIf(database.skipReason)(
    'does not open another district’s upload to a district that names it in its own record',
    async () => {
      const file = await upload(wd);
      await put(hc, 'stationActivities', randomUUID(), {
        district: 'HC',
        data: { stationId: randomUUID(), photos: [file.hash] },
      });
      await expectRefused(hc, file.hash);
      // Holding the bytes, HC uploads them and may read them from then on.
      const again = await server.app.inject({
        method: 'PUT',
        url: `/api/v1/attachments/${file.hash}`,
        headers: { ...bearer(hc), 'content-type': 'application/octet-stream' },
        payload: file.bytes,
      });
      expect(again.statusCode).toBe(201);
      await expectReads(hc, file);
    },
  );

  it.skipIf(database.skipReason)('finds the referring records through the containment index', async () => {
    const { sql, params } = referringDistrictsQuery('0'.repeat(64));
    const rolledBack = new Error('rolled back');
    let plan = '';
    await server.db
      .transaction(async (tx) => {
        // Thousands of records with attachments, in a transaction that is rolled back afterwards.
        await tx.query(
          `INSERT INTO records (tbl, id, district, rev, deleted, data, updated_by_device)
           SELECT (ARRAY['applications', 'stations', 'stationEvents', 'stationActivities'])[1 + g % 4],
             gen_random_uuid(), 'RS', -g, false,
             jsonb_build_object('photo', md5(g::text), 'photos', jsonb_build_array(md5(g::text)), 'name', g::text),
             (SELECT id FROM devices LIMIT 1)
           FROM generate_series(1, 5000) AS g`,
        );
        await tx.query('ANALYZE records');
        const rows = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, params);
        plan = rows.map((row) => row['QUERY PLAN']).join('\n');
        throw rolledBack;
      })
      .catch((error: unknown) => {
        if (error !== rolledBack) throw error;
      });
    expect(plan).toContain('Bitmap Index Scan on records_data_containment');
    expect(plan).not.toMatch(/Seq Scan|records_by_district/);
  });
});
