import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { putAttachment } from '../../src-renderer/store/attachments';
import { enqueue } from '../../src-renderer/store/records';
import {
  createStation,
  getStation,
  saveActivity,
  stationActivities,
  stationEvents,
  takeStationStep,
} from '../../src-renderer/store/stations';
import { downloadAttachment } from '../../src-renderer/sync/attachments';
import type { Role } from '../../src-shared/api/roles';
import type { StationEvent, StationFields, StationStepId } from '../../src-shared/stations/station';
import { TEST_DATABASES } from './databases';
import type { TestServer } from './harness';
import type { TestClient } from './sync-client';
import { serverRecords, syncServerFixture } from './sync-fixture';

/*
 * 人才驿站 through the real server (docs/sync-protocol.md §8): a district window (区市窗口) files a
 * station and records its 申报, the city (市人力资源和社会保障局) records 认定、公示、公布 and the district
 * sees them; a district window can never record the city's part, whatever it sends.
 */

async function serverRow(server: TestServer, table: string, id: string) {
  const [row] = await server.db.query<{ district: string; rev: number; data: Record<string, unknown> }>(
    'SELECT district, rev, data FROM records WHERE tbl = $1 AND id = $2',
    [table, id],
  );
  return row;
}

/** Mid-morning of a day in this machine's time zone: the store takes "today" from local time. */
const on = (day: string) => new Date(`${day}T10:00:00`);

/** A scan: a JPEG's first bytes, then bytes no other file shares. */
function scan() {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2048)]);
}

function fields(district: string, evidence: Record<'venue' | 'industry' | 'experts' | 'management', string>) {
  return {
    name: `威海海洋装备高层次人才驿站（${district}）`,
    type: 'innovation',
    hostName: '威海海洋装备制造有限公司',
    hostUscc: '91350100M000100Y43',
    district,
    hostAddress: '威海市环翠区海滨北路 1 号',
    contacts: [{ name: '刘洋', title: '人力资源部经理', phone: '13812345678' }],
    functions: ['liaison', 'recruitment', 'transfer'],
    conditions: {
      venue: '驿站场地 300 平方米，年运行经费 50 万元',
      industry: '周边有海洋装备企业 40 余家',
      experts: '联系专家 25 人，每季度开展交流活动',
      management: '制定了驿站管理制度，专职人员 3 人',
    },
    conditionEvidence: {
      venue: [evidence.venue],
      industry: [evidence.industry],
      experts: [evidence.experts],
      management: [evidence.management],
    },
    route: 'district',
  } satisfies StationFields;
}

describe.each(TEST_DATABASES)('人才驿站 syncing through the server on $name', (database) => {
  const sync = syncServerFixture(database);

  /** Files of `c`, by SHA-256, with their bytes to compare. */
  async function files(c: TestClient, count: number, kept: Map<string, Buffer>): Promise<string[]> {
    const hashes: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const bytes = scan();
      const sha256 = await putAttachment(c.db, new Blob([bytes], { type: 'image/jpeg' }));
      kept.set(sha256, bytes);
      hashes.push(sha256);
    }
    return hashes;
  }

  /** A district window files a station of its own district and records its 申报 on 2023-03-01. */
  async function appliedStation(c: TestClient, kept: Map<string, Buffer>) {
    const [venue = '', industry = '', experts = '', management = '', recommendation = ''] = await files(c, 5, kept);
    const created = await createStation(
      c.db,
      c.actor,
      fields(c.device.district, { venue, industry, experts, management }),
      on('2023-02-20'),
    );
    if (!created.ok) throw new Error(created.message);
    const applied = await takeStationStep(
      c.db,
      c.actor,
      'district',
      {
        stationId: created.value.id,
        step: 'apply',
        data: { date: '2023-03-01', recommendation: '同意推荐' },
        evidence: [recommendation],
      },
      on('2023-03-01'),
    );
    if (!applied.ok) throw new Error(applied.message);
    return applied.value;
  }

  async function step(
    c: TestClient,
    role: Role,
    stationId: string,
    stepId: StationStepId,
    data: Record<string, string>,
    evidence: string[] = [],
  ) {
    const taken = await takeStationStep(
      c.db,
      c.actor,
      role,
      { stationId, step: stepId, data, evidence },
      // Recorded on the last day it names (授牌 may follow 核准).
      on(data.plaqueDate ?? data.date ?? ''),
    );
    if (!taken.ok) throw new Error(`${stepId}: ${taken.message} ${JSON.stringify(taken.fields)}`);
    return taken.value;
  }

  /** The file opens on `c` (fetched from the server on first open) with the bytes it was made with. */
  async function expectOpens(c: TestClient, sha256: string, kept: Map<string, Buffer>) {
    const blob = (await c.db.attachments.get(sha256))?.blob ?? (await downloadAttachment(c.db, c.requester, sha256));
    expect(Buffer.from(await blob.arrayBuffer()).equals(kept.get(sha256) as Buffer), sha256).toBe(true);
  }

  async function activity(c: TestClient, stationId: string, date: string, title: string, photos: string[]) {
    const saved = await saveActivity(
      c.db,
      c.actor,
      {
        stationId,
        kind: 'lecture',
        title,
        date,
        participants: '40',
        expertsServed: '6',
        outcomes: '对接合作项目 2 项',
        photos,
      },
      undefined,
      on(date),
    );
    if (!saved.ok) throw new Error(saved.message);
    return saved.value;
  }

  it.skipIf(database.skipReason)(
    'a district window files a station and its 申报, the city designates it, the district sees it all',
    async () => {
      const hc = await sync.client('district', 'HC');
      const wd = await sync.client('district', 'WD');
      const city = await sync.client('city', 'SJ');
      const bytes = new Map<string, Buffer>();

      const { station, event: applyEvent } = await appliedStation(hc, bytes);
      const [hcPhoto = ''] = await files(hc, 1, bytes);
      const hcActivity = await activity(hc, station.id, '2023-03-15', '海洋装备专家讲座', [hcPhoto]);
      const other = await appliedStation(wd, bytes);
      const hcSummary = await hc.sync();
      // The station, its 申报 event, the activity and the 申报's audit event.
      expect(hcSummary).toMatchObject({ pushed: 4, uploaded: 6 });
      await wd.sync();
      await city.sync();

      // The city sees 环翠区's station as filed and records its part.
      expect(await getStation(city.db, station.id)).toMatchObject({ status: 'applied', policyVersion: 'weihai-2020' });
      expect((await serverRow(sync.server, 'stations', station.id))?.district).toBe('HC');
      const [assessment = '', plaque = '', cityPhoto = ''] = await files(city, 3, bytes);
      await step(
        city,
        'city',
        station.id,
        'select',
        { date: '2023-04-10', experts: '李四、王五', opinion: '条件具备' },
        [assessment],
      );
      // 公示: five working days from Wednesday 2023-04-12, through Tuesday 2023-04-18.
      const publicized = await step(city, 'city', station.id, 'publicize', { date: '2023-04-12' });
      expect(publicized.station.publicity).toEqual({ start: '2023-04-12', end: '2023-04-18', estimated: false });
      await step(
        city,
        'city',
        station.id,
        'publish',
        { date: '2023-04-20', reference: '威人才办〔2023〕5号', plaqueDate: '2023-04-25' },
        [plaque],
      );
      const cityActivity = await activity(city, station.id, '2023-05-10', '项目路演对接会', [cityPhoto]);
      // The station, its three new events, the activity, and the three steps' audit events.
      expect(await city.sync()).toMatchObject({ pushed: 8, uploaded: 3 });

      await hc.sync();
      expect(await getStation(hc.db, station.id)).toMatchObject({
        status: 'designated',
        policyVersion: 'weihai-2020',
        publicity: { start: '2023-04-12', end: '2023-04-18', estimated: false },
        designation: { approvalDate: '2023-04-20', reference: '威人才办〔2023〕5号', plaqueDate: '2023-04-25' },
      });
      const history = await stationEvents(hc.db, station.id);
      expect(history.map((e) => [e.step, e.from, e.to, e.date])).toEqual([
        ['apply', 'draft', 'applied', '2023-03-01'],
        ['select', 'applied', 'selected', '2023-04-10'],
        ['publicize', 'selected', 'publicizing', '2023-04-12'],
        ['publish', 'publicizing', 'designated', '2023-04-20'],
      ]);
      expect(history.map((e) => e.evidence)).toEqual([applyEvent.evidence, [assessment], [], [plaque]]);
      expect((await stationActivities(hc.db, station.id)).map((a) => [a.id, a.title, a.photos])).toEqual([
        [cityActivity.id, '项目路演对接会', [cityPhoto]],
        [hcActivity.id, '海洋装备专家讲座', [hcPhoto]],
      ]);

      // The district's files (conditions, 申报, its activity's photo) open on the city's device, byte for byte.
      const districtFiles = [
        ...Object.values(station.conditionEvidence).flat(),
        ...applyEvent.evidence,
        ...hcActivity.photos,
      ];
      expect(districtFiles).toHaveLength(6);
      for (const sha256 of districtFiles) await expectOpens(city, sha256, bytes);
      for (const sha256 of [assessment, plaque, cityPhoto]) expect(await hc.db.attachments.get(sha256)).toBeUndefined();

      // 文登区 never receives 环翠区's station, its history or its activities, nor 环翠区 文登区's.
      await wd.sync();
      const wdRecords = await wd.records();
      expect([...wdRecords.keys()].filter((key) => key.includes(station.id) || key.includes(hcActivity.id))).toEqual(
        [],
      );
      expect(wdRecords.has(`stations/${other.station.id}`)).toBe(true);
      expect(wdRecords.has(`stationEvents/${other.event.id}`)).toBe(true);
      expect(await wd.db.stationEvents.where('stationId').equals(station.id).count()).toBe(0);
      expect(await wd.db.stationActivities.count()).toBe(0);
      expect(wdRecords).toEqual(await serverRecords(sync.server, 'WD'));
      expect((await hc.records()).has(`stations/${other.station.id}`)).toBe(false);
      expect(await hc.records()).toEqual(await serverRecords(sync.server, 'HC'));
      await city.sync();
      expect(await city.records()).toEqual(await serverRecords(sync.server));
      for (const c of [hc, wd, city]) expect(await c.db.conflicts.count()).toBe(0);
    },
  );

  /*
   * The city uploads as 市级 (SJ); the files it files on a district's station (认定 materials, its activity
   * photos) open on the district's window because the district's own records refer to them
   * (src-server/attachments.ts, docs/sync-protocol.md §4).
   */
  it.skipIf(database.skipReason)('a district window opens the files the city filed on its station', async () => {
    const hc = await sync.client('district', 'HC');
    const city = await sync.client('city', 'SJ');
    const bytes = new Map<string, Buffer>();
    const { station } = await appliedStation(hc, bytes);
    await hc.sync();
    await city.sync();
    const [assessment = '', cityPhoto = ''] = await files(city, 2, bytes);
    await step(city, 'city', station.id, 'select', { date: '2023-04-10', experts: '李四', opinion: '条件具备' }, [
      assessment,
    ]);
    await activity(city, station.id, '2023-04-11', '项目路演对接会', [cityPhoto]);
    await city.sync();
    await hc.sync();
    for (const sha256 of [assessment, cityPhoto]) await expectOpens(hc, sha256, bytes);
  });

  it.skipIf(database.skipReason)(
    'a district window that sends the city’s part itself is refused, and nothing changes on the server',
    async () => {
      const hc = await sync.client('district', 'HC');
      const { station, event: applyEvent } = await appliedStation(hc, new Map());
      await hc.sync();
      const before = await serverRow(sync.server, 'stations', station.id);
      expect(before?.data.status).toBe('applied');

      // A tampered window writes 已认定 into its own database and queues it, as the store would a change.
      await hc.db.transaction('rw', [hc.db.stations, hc.db.stationEvents, hc.db.outbox], async () => {
        await hc.db.stations.update(station.id, {
          status: 'designated',
          designation: { approvalDate: '2023-04-20', reference: '伪造', plaqueDate: '2023-04-20' },
        });
        await enqueue(hc.db, 'stations', station.id, new Date());
      });
      // …and adds the city's 核准公布 to the history, and rewrites its own 申报.
      const forged: StationEvent = {
        ...applyEvent,
        id: uuidv7(),
        step: 'publish',
        from: 'publicizing',
        to: 'designated',
        date: '2023-04-20',
        details: { date: '2023-04-20', reference: '伪造', plaqueDate: '2023-04-20' },
        evidence: [],
      };
      await hc.db.transaction('rw', [hc.db.stationEvents, hc.db.outbox], async () => {
        await hc.db.stationEvents.add(forged);
        await enqueue(hc.db, 'stationEvents', forged.id, new Date());
        await hc.db.stationEvents.update(applyEvent.id, { date: '2023-02-01', details: { date: '2023-02-01' } });
        await enqueue(hc.db, 'stationEvents', applyEvent.id, new Date());
      });
      const serverBefore = await serverRecords(sync.server, 'HC');
      expect(await hc.sync()).toMatchObject({ pushed: 3 });

      // Nothing changed on the server, and the forged event is not there.
      expect(await serverRecords(sync.server, 'HC')).toEqual(serverBefore);
      expect(await serverRow(sync.server, 'stations', station.id)).toEqual(before);
      expect(await serverRow(sync.server, 'stationEvents', forged.id)).toBeUndefined();

      // The window is back to the server's record, its own values kept as refused changes with the reasons.
      expect(await getStation(hc.db, station.id)).toMatchObject({ status: 'applied', designation: null });
      expect((await hc.db.stationEvents.get(applyEvent.id))?.date).toBe('2023-03-01');
      const refused = await hc.db.conflicts.toArray();
      expect(refused.map((c) => [c.table, c.recordId, c.kind, c.error?.code])).toEqual([
        ['stations', station.id, 'refused', 'city-decision'],
        ['stationEvents', forged.id, 'refused', 'city-decision'],
        ['stationEvents', applyEvent.id, 'refused', 'city-decision'],
      ]);
      expect(refused.map((c) => c.error?.message)).toEqual([
        '驿站的核准公布和授牌信息由市级的办理步骤记录，区市窗口不能更改。',
        '“核准公布并授牌”由市人力资源和社会保障局记录，区市窗口不能记录。',
        '驿站的档案记录只增不改，区市窗口不能更改或删除已有的记录。',
      ]);
      expect(refused[0]?.fields).toContainEqual({ field: 'status', local: 'designated', server: 'applied' });
      expect(refused[2]?.fields).toContainEqual({ field: 'date', local: '2023-02-01', server: '2023-03-01' });

      // The status alone, without the city's fields, is refused for what it is.
      await hc.db.transaction('rw', [hc.db.stations, hc.db.outbox], async () => {
        await hc.db.stations.update(station.id, { status: 'designated' });
        await enqueue(hc.db, 'stations', station.id, new Date());
      });
      await hc.sync();
      const [last] = (await hc.db.conflicts.toArray()).slice(-1);
      expect(last?.error).toEqual({
        code: 'city-decision',
        message: '“已认定”是市级的认定或管理结论，只能由市级设备记录。',
      });
      expect(await serverRow(sync.server, 'stations', station.id)).toEqual(before);
    },
  );
});
