import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src-shared/api/schemas';
import { TEST_DATABASES } from './databases';
import type { TestServer } from './harness';
import { SyncDevice, startSyncServer } from './sync-requests';

const form = (name: string) => ({ status: 'registered', applicant: { name, phone: '13906311234' } });

/** The server's records as the pulls should have left a device: id → latest revision. */
async function stateOf(server: TestServer, district?: string): Promise<Map<string, number>> {
  const rows = await server.db.query<{ id: string; rev: number }>(
    district ? 'SELECT id, rev FROM records WHERE district = $1' : 'SELECT id, rev FROM records',
    district ? [district] : [],
  );
  return new Map(rows.map((row) => [row.id, row.rev]));
}

/** What a device holds after applying changes in order: id → revision. */
function applied(changes: StoredRecord[]): Map<string, number> {
  return new Map(changes.map((change) => [change.id, change.rev]));
}

describe.each(TEST_DATABASES)('sync pull on $name', (database) => {
  let server: TestServer;
  let city: SyncDevice;
  let hc: SyncDevice;
  let wd: SyncDevice;

  beforeAll(async () => {
    if (database.skipReason) return;
    ({ server, city, hc, wd } = await startSyncServer(database, { requestsPerMinute: 100_000 }));
  });
  afterAll(async () => {
    await server?.close();
  });

  it.skipIf(database.skipReason)('gives a district device its own district and the city every district', async () => {
    await hc.push(hc.create(form('环翠一')), hc.create(form('环翠二')));
    await wd.push(wd.create(form('文登一')));
    await city.push(city.create(form('市级代录'), { district: 'RC' }));

    const hcSees = await hc.pullAll();
    expect(new Set(hcSees.changes.map((change) => change.district))).toEqual(new Set(['HC']));
    expect(applied(hcSees.changes)).toEqual(await stateOf(server, 'HC'));
    const wdSees = await wd.pullAll();
    expect(applied(wdSees.changes)).toEqual(await stateOf(server, 'WD'));
    const citySees = await city.pullAll();
    expect(applied(citySees.changes)).toEqual(await stateOf(server));
    expect(new Set(citySees.changes.map((change) => change.district))).toEqual(new Set(['HC', 'WD', 'RC']));
  });

  it.skipIf(database.skipReason)(
    'answers the newest revision as the cursor, past other districts’ changes',
    async () => {
      const { cursor } = await hc.pullAll();
      await wd.push(wd.create(form('文登二')));
      const next = await hc.pull(cursor);
      const [top] = await server.db.query<{ rev: number }>('SELECT max(rev) AS rev FROM records');
      expect(next).toEqual({ changes: [], cursor: top?.rev, more: false });
      expect(await hc.pull(next.cursor)).toEqual(next);
    },
  );

  it.skipIf(database.skipReason)('pages by cursor, every change exactly once, with writes between pages', async () => {
    const start = (await city.pullAll()).cursor;
    const made = await hc.push(...Array.from({ length: 10 }, (_, i) => hc.create(form(`分页${i}`))));
    const records = made.results.map((result) => result.record as StoredRecord);
    const pages: StoredRecord[][] = [];
    let cursor = start;
    let page = await city.pull(cursor, 2);
    const writesBetweenPages = [
      // A record already pulled changes, one not yet pulled changes, a new one appears, one is deleted.
      () => hc.push(hc.update(records[0] as StoredRecord, { status: { base: 'registered', value: 'sealed' } })),
      () => hc.push(hc.update(records[8] as StoredRecord, { status: { base: 'registered', value: 'sealed' } })),
      () => wd.push(wd.create(form('中途新增'))),
      () => hc.push(hc.remove(records[9] as StoredRecord)),
    ];
    for (;;) {
      pages.push(page.changes);
      expect(page.changes.length).toBeLessThanOrEqual(2);
      if (!page.more) break;
      await writesBetweenPages.shift()?.();
      cursor = page.cursor;
      page = await city.pull(cursor, 2);
    }
    expect(writesBetweenPages).toEqual([]);
    const all = pages.flat();
    const revisions = all.map((change) => change.rev);
    expect(revisions).toEqual([...new Set(revisions)].sort((a, b) => a - b));
    const { cursor: end } = await city.pullAll(page.cursor);
    expect(end).toBe(page.cursor);
    const expected = new Map([...(await stateOf(server))].filter(([, rev]) => rev > start));
    expect(applied(all)).toEqual(expected);
    // The record changed after it was pulled came twice: once per change.
    expect(all.filter((change) => change.id === records[0]?.id).map((change) => change.data.status)).toEqual([
      'registered',
      'sealed',
    ]);
    expect(all.find((change) => change.id === records[9]?.id)).toMatchObject({ deleted: true });
  });

  it.skipIf(database.skipReason)('skips no change while devices write concurrently', async () => {
    const writers = await Promise.all(
      ['HC', 'WD', 'RC'].map((district) => SyncDevice.enrol(server, 'district', district)),
    );
    let cursor = (await city.pullAll()).cursor;
    const seen: StoredRecord[] = [];
    let writing = true;
    const writes = Promise.all(
      writers.map(async (writer) => {
        for (let i = 0; i < 8; i++)
          await writer.push(writer.create(form(`并发${i}`)), writer.create(form(`并发${i}b`)));
      }),
    ).finally(() => {
      writing = false;
    });
    while (writing) {
      // Let the writers' requests through: an in-process pull may otherwise never leave the microtask queue.
      await new Promise((resolve) => setTimeout(resolve, 2));
      const page = await city.pull(cursor, 4);
      seen.push(...page.changes);
      cursor = page.cursor;
    }
    await writes;
    const rest = await city.pullAll(cursor);
    seen.push(...rest.changes);
    const ids = seen.map((change) => change.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(writers.length * 16);
  });

  it.skipIf(database.skipReason)('delivers tombstones', async () => {
    const [created] = (await hc.push(hc.create(form('将删除')))).results;
    const { cursor } = await hc.pullAll();
    await hc.push(hc.remove(created?.record as StoredRecord));
    const { changes } = await hc.pull(cursor);
    expect(changes).toEqual([expect.objectContaining({ id: created?.record?.id, deleted: true })]);
  });
});
