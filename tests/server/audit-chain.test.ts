import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCli } from '../../src-server/admin/cli';
import { auditBreakLines, auditVerificationLines } from '../../src-server/admin/format';
import { answerAdminRequest, runAdminRequest } from '../../src-server/admin/operations';
import type { AuditBreakInfo } from '../../src-server/audit/breaks';
import { type AuditEntry, auditHash } from '../../src-shared/audit/event';
import type { Mutation, MutationResult } from '../../src-shared/sync/schemas';
import { TEST_DATABASES } from './databases';
import { bearer, errorCode, type TestServer } from './harness';
import { type SyncDevice, startSyncServer } from './sync-requests';

/**
 * The audit log on the server (docs/sync-protocol.md §9): audit events arrive
 * as ordinary creates of table `audit`; the server checks each against the
 * one before it in its chain and records a break without refusing the event,
 * refuses every change or deletion of an event, and `verify-audit` finds rows
 * altered in the database itself. The events are built here with the shared
 * auditHash and pushed through the HTTP API, as a device sends them.
 */

type Event = AuditEntry & Record<string, unknown> & { id: string; hash: string };

/** A device's chain: events numbered 1, 2, 3 …, each naming the hash of the one before. */
class Chain {
  readonly id = randomUUID();
  private events: Event[] = [];

  constructor(readonly district: string) {}

  /** The next event, hashed and linked; `tweak` changes it before hashing. */
  next(detail: string, tweak: (entry: AuditEntry) => void = () => {}): Event {
    const at = new Date(Date.UTC(2026, 2, 1, 8, this.events.length)).toISOString();
    const entry: AuditEntry = {
      chain: this.id,
      seq: this.events.length + 1,
      at,
      actor: '王窗口',
      district: this.district,
      action: 'view',
      subject: { table: 'applications', id: randomUUID(), label: '2026HC-0001 张𠮷' },
      detail,
      prevHash: this.events.at(-1)?.hash ?? '',
    };
    tweak(entry);
    const event: Event = {
      ...entry,
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      updatedBy: '王窗口',
      deviceId: this.id,
      hash: auditHash(entry),
    };
    this.events.push(event);
    return event;
  }
}

function create(device: SyncDevice, event: Record<string, unknown> & { id: string }): Mutation {
  return {
    mutationId: device.take(),
    op: 'create',
    table: 'audit',
    id: event.id,
    district: device.district,
    baseRev: 0,
    data: event,
  };
}

describe.each(TEST_DATABASES)('audit chains on $name', (database) => {
  let server: TestServer;
  let city: SyncDevice;
  let hc: SyncDevice;
  let adminToken: string;

  beforeAll(async () => {
    if (database.skipReason) return;
    ({ server, city, hc } = await startSyncServer(database));
    adminToken = (await server.enrol('admin', 'SJ')).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  async function pushEvents(device: SyncDevice, ...events: Event[]): Promise<MutationResult[]> {
    return (await device.push(...events.map((event) => create(device, event)))).results;
  }

  /** The breaks recorded for one chain, as the admin API lists them. */
  async function breaksOf(chain: Chain): Promise<{ seq: number; kind: string; detectedBy: string }[]> {
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit-breaks',
      headers: bearer(adminToken),
    });
    expect(response.statusCode).toBe(200);
    return response
      .json<{ breaks: AuditBreakInfo[] }>()
      .breaks.filter((b) => b.chain === chain.id)
      .map(({ seq, kind, detectedBy }) => ({ seq, kind, detectedBy }));
  }

  it.skipIf(database.skipReason)('stores a valid chain of 3 events and flags nothing', async () => {
    const chain = new Chain('HC');
    const results = await pushEvents(
      hc,
      chain.next('查看申领'),
      chain.next('打印登记表'),
      chain.next('导出 Excel（3 条）'),
    );
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(await breaksOf(chain)).toEqual([]);
  });

  it.skipIf(database.skipReason)('flags an event changed after it was hashed as altered, and keeps it', async () => {
    const chain = new Chain('HC');
    const first = chain.next('查看申领');
    const second = chain.next('从“已报送”到“联合研究”');
    const third = chain.next('打印登记表');
    // Tampered on the way: the text no longer matches the hash it carries.
    const tampered = { ...second, detail: '从“已报送”到“已发卡”' };
    const results = await pushEvents(hc, first, tampered, third);
    // Not refused: the event is kept as it came, nothing is lost.
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    expect(results[1]?.record?.data.detail).toBe('从“已报送”到“已发卡”');
    // Only event 2 breaks. Event 3 names the hash event 2 was written with,
    // and event 2 still carries that hash in its `hash` field (only its text
    // changed), so the link from 3 to 2 holds: the alteration shows where it
    // happened, not again on every later event.
    expect(await breaksOf(chain)).toEqual([{ seq: 2, kind: 'altered', detectedBy: 'arrival' }]);
  });

  it.skipIf(database.skipReason)('flags an event that names the wrong previous hash as unlinked', async () => {
    const chain = new Chain('HC');
    const first = chain.next('查看申领');
    // Hashed correctly, but it names a hash no event of the chain has: something was put in between.
    const second = chain.next('打印登记表', (entry) => {
      entry.prevHash = 'f'.repeat(64);
    });
    await pushEvents(hc, first, second);
    expect(await breaksOf(chain)).toEqual([{ seq: 2, kind: 'unlinked', detectedBy: 'arrival' }]);
  });

  it.skipIf(database.skipReason)('flags a missing predecessor and a repeated number as gaps', async () => {
    const chain = new Chain('HC');
    const first = chain.next('查看申领');
    chain.next('打印登记表'); // never sent
    const third = chain.next('导出 Excel（1 条）');
    await pushEvents(hc, first, third);
    // Another event numbered 1 in the same chain: a correctly hashed first event, written again.
    const again = new Chain('HC');
    const copy = { ...again.next('查看申领', (entry) => (entry.chain = chain.id)), deviceId: chain.id };
    copy.hash = auditHash(copy);
    const results = await pushEvents(hc, copy);
    expect(results[0]?.status).toBe('applied');
    expect(await breaksOf(chain)).toEqual([
      { seq: 3, kind: 'gap', detectedBy: 'arrival' },
      { seq: 1, kind: 'gap', detectedBy: 'arrival' },
    ]);
  });

  it.skipIf(database.skipReason)(
    'refuses an update and a delete of an audit event, from a district and from the city',
    async () => {
      const chain = new Chain('HC');
      const [stored] = await pushEvents(hc, chain.next('查看申领'));
      const record = stored?.record;
      if (!record) throw new Error('not stored');
      const update = (device: SyncDevice): Mutation => ({
        mutationId: device.take(),
        op: 'update',
        table: 'audit',
        id: record.id,
        district: 'HC',
        baseRev: record.rev,
        changes: { detail: { base: '查看申领', value: '什么也没发生' } },
      });
      const remove = (device: SyncDevice): Mutation => ({
        mutationId: device.take(),
        op: 'delete',
        table: 'audit',
        id: record.id,
        district: 'HC',
        baseRev: record.rev,
      });
      for (const device of [hc, city]) {
        const { results } = await device.push(update(device), remove(device));
        for (const result of results) {
          expect(result.status).toBe('refused');
          expect(result.error).toEqual({ code: 'append-only', message: '审计记录只能新增，不能修改或删除。' });
          // The refusal carries the record as stored, as for other refusals.
          expect(result.record).toEqual(record);
        }
      }
      // A create of the same id with other content is a change too; the same content again is not.
      const changed = await hc.push(create(hc, { ...(record.data as Event), detail: '改过的' }));
      expect(changed.results[0]?.error?.code).toBe('append-only');
      const same = await hc.push(create(hc, record.data as Event));
      expect(same.results[0]?.status).not.toBe('refused');
      // The whole-record write is refused the same way.
      const put = await server.app.inject({
        method: 'PUT',
        url: `/api/v1/records/audit/${record.id}`,
        headers: bearer(city.token),
        payload: { district: 'HC', baseRev: record.rev, deleted: true, data: record.data },
      });
      expect(put.statusCode).toBe(403);
      expect(errorCode(put)).toBe('append-only');
      const [row] = await server.db.query<{ rev: string; deleted: boolean; detail: string }>(
        "SELECT rev, deleted, data ->> 'detail' AS detail FROM records WHERE tbl = 'audit' AND id = $1",
        [record.id],
      );
      expect({ rev: Number(row?.rev), deleted: row?.deleted, detail: row?.detail }).toEqual({
        rev: record.rev,
        deleted: false,
        detail: '查看申领',
      });
    },
  );

  it.skipIf(database.skipReason)("refuses an event written in another device's chain", async () => {
    const chain = new Chain('HC');
    const event = { ...chain.next('查看申领'), deviceId: randomUUID() };
    const [result] = await pushEvents(hc, event);
    expect(result?.status).toBe('refused');
    expect(result?.error?.code).toBe('audit-invalid');
    expect(result?.error?.message).toContain('记录链（chain）与设备标识（deviceId）不符');
    const rows = await server.db.query('SELECT 1 FROM records WHERE id = $1', [event.id]);
    expect(rows).toEqual([]);
  });

  it.skipIf(database.skipReason)('lists the breaks to admins only', async () => {
    const chain = new Chain('HC');
    const first = chain.next('查看申领');
    await pushEvents(hc, { ...first, actor: '李四' });
    const response = await server.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit-breaks',
      headers: bearer(adminToken),
    });
    const listed = response.json<{ breaks: AuditBreakInfo[] }>().breaks.find((b) => b.chain === chain.id);
    expect(listed).toMatchObject({
      chain: chain.id,
      seq: 1,
      recordId: first.id,
      kind: 'altered',
      label: '记录内容与其哈希不符（记录后被修改）',
      deviceName: 'district-HC',
      district: 'HC',
      detectedBy: 'arrival',
    });
    expect(Number.isNaN(Date.parse(listed?.detectedAt ?? ''))).toBe(false);
    for (const token of [hc.token, city.token]) {
      const refused = await server.app.inject({
        method: 'GET',
        url: '/api/v1/admin/audit-breaks',
        headers: bearer(token),
      });
      expect(refused.statusCode).toBe(403);
      expect(errorCode(refused)).toBe('forbidden');
    }
    const anonymous = await server.app.inject({ method: 'GET', url: '/api/v1/admin/audit-breaks' });
    expect(anonymous.statusCode).toBe(401);
  });

  it.skipIf(database.skipReason)('verify-audit finds rows altered and removed in the database itself', async () => {
    const chain = new Chain('HC');
    const events = [
      chain.next('查看申领'),
      chain.next('打印登记表'),
      chain.next('导出 Excel（2 条）'),
      chain.next('查看申领'),
    ];
    await pushEvents(hc, ...events);
    expect(await breaksOf(chain)).toEqual([]);
    // Behind the server's back: event 2's text rewritten in the database.
    await server.db.query(
      `UPDATE records SET data = jsonb_set(data, '{detail}', '"什么也没打印"') WHERE tbl = 'audit' AND id = $1`,
      [events[1]?.id],
    );
    const before = await runAdminRequest({ db: server.db }, { command: 'verify-audit' });
    expect(before.newBreaks.filter((b) => b.chain === chain.id).map(({ seq, kind }) => ({ seq, kind }))).toEqual([
      { seq: 2, kind: 'altered' },
    ]);
    // Then event 3 removed from the database.
    await server.db.query("DELETE FROM records WHERE tbl = 'audit' AND id = $1", [events[2]?.id]);
    const after = await runAdminRequest({ db: server.db }, { command: 'verify-audit' });
    // Event 4 now follows event 2: its number skips 3.
    expect(after.newBreaks.filter((b) => b.chain === chain.id).map(({ seq, kind }) => ({ seq, kind }))).toEqual([
      { seq: 4, kind: 'gap' },
    ]);
    expect(await breaksOf(chain)).toEqual([
      { seq: 2, kind: 'altered', detectedBy: 'verify' },
      { seq: 4, kind: 'gap', detectedBy: 'verify' },
    ]);
    // Checked again, nothing new: each break is recorded once.
    const again = await runAdminRequest({ db: server.db }, { command: 'verify-audit' });
    expect(again.newBreaks).toEqual([]);
    expect(again.breaks).toBe(after.breaks);
    expect(auditVerificationLines(again)[0]).toMatch(
      /^已核对 \d+ 条记录链、\d+ 条审计记录：共有 \d+ 处断裂，其中新发现 0 处/,
    );
    expect(auditVerificationLines(before).join('\n')).toContain('记录内容与其哈希不符');

    const listed = await runAdminRequest({ db: server.db }, { command: 'list-audit-breaks' });
    const lines = auditBreakLines(listed.filter((b) => b.chain === chain.id));
    expect(lines[0]).toBe('审计记录链共有 2 处断裂：');
    expect(lines[1]).toMatch(/^记录链\s+序号\s+断裂\s+记录 ID\s+上传设备\s+区市\s+发现于\s+发现时间$/);
    expect(lines[2]).toContain('环翠区');
    expect(lines[2]).toContain('全面核对');
  });

  it.skipIf(database.skipReason)('answers list-audit-breaks over the admin socket as the other commands', async () => {
    const answer = await answerAdminRequest({ db: server.db }, { command: 'list-audit-breaks' });
    expect(answer.ok).toBe(true);
    expect((answer as { result: AuditBreakInfo[] }).result.length).toBeGreaterThan(0);
    const wrong = await answerAdminRequest({ db: server.db }, { command: 'verify-audit', extra: 1 });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'usage' } });
  });
});

/** The command line on a DATA_DIR with no server running: it opens the embedded database itself. */
describe('audit commands on the command line', () => {
  it('prints a summary in Chinese for an empty log', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'talent-audit-cli-'));
    try {
      const run = async (command: string) => {
        const stdout = new PassThrough();
        let text = '';
        stdout.on('data', (chunk) => {
          text += String(chunk);
        });
        const code = await runAdminCli([command], { dataDir }, { stdin: new PassThrough(), stdout, stderr: stdout });
        return { code, text };
      };
      expect(await run('verify-audit')).toEqual({ code: 0, text: '已核对 0 条记录链、0 条审计记录：全部完好。\n' });
      expect(await run('list-audit-breaks')).toEqual({ code: 0, text: '审计记录链完好：没有发现断裂。\n' });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
