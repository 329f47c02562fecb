import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TalentCardDb } from '../../../../src-renderer/store/db';
import { backoffMinutes, createSyncRunner, type SyncStatus } from '../../../../src-renderer/sync/runner';
import { saveSyncIntervalMinutes } from '../../../../src-renderer/sync/sync-meta';
import type { BridgeResult, ServerRequest, ServerResponse } from '../../../../src-shared/bridge/contract';
import { freshDb } from '../store/helpers';

const device = { id: '0190f5a0-0000-7000-8000-0000000000aa', role: 'district' as const, district: 'HC' };
const emptyPage: ServerResponse = { status: 200, body: { changes: [], cursor: 0, more: false } };

/** A server that answers every pull with nothing new, or a network that is down. */
function server() {
  const requests: ServerRequest[] = [];
  let online = true;
  const requester = async (request: ServerRequest): Promise<BridgeResult<ServerResponse>> => {
    requests.push(request);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return online
      ? { ok: true, value: emptyPage }
      : { ok: false, error: { code: 'server-unreachable', message: '服务器无法连接' } };
  };
  return { requests, requester, setOnline: (value: boolean) => (online = value) };
}

describe('the background sync runner', () => {
  let db: TalentCardDb;
  let statuses: SyncStatus[];
  let now: number;
  /** The periodic timer, fired by hand: at most one is pending at a time. */
  let pending: { run: () => void; ms: number } | null;
  const timer = {
    set: (run: () => void, ms: number) => {
      pending = { run, ms };
      return pending;
    },
    clear: (handle: unknown) => {
      if (handle === pending) pending = null;
    },
  };
  beforeEach(() => {
    pending = null;
    db = freshDb();
    statuses = [];
    now = Date.UTC(2026, 10, 23, 2);
  });
  afterEach(() => db.close());

  function runner(requester: ReturnType<typeof server>['requester'], enrolled = true) {
    return createSyncRunner({
      db,
      requester,
      device: async () => (enrolled ? device : null),
      onStatus: (status) => statuses.push(status),
      now: () => now,
      timer,
    });
  }
  const last = () => statuses.at(-1) as SyncStatus;

  it('runs one sync at a time: a second 立即同步 joins the one running', async () => {
    const fake = server();
    const sync = runner(fake.requester);
    sync.start(new EventTarget() as unknown as Window);
    await Promise.all([sync.syncNow(), sync.syncNow()]);
    // A sync with nothing to push is a single pull request.
    expect(fake.requests).toEqual([{ method: 'GET', path: '/api/v1/sync/pull?cursor=0&limit=500' }]);
    expect(last()).toMatchObject({ running: false, failures: 0, lastError: null, nextAt: now + 5 * 60_000 });
  });

  it('waits 1, 2, 4 … up to 30 minutes after failures, and the set interval after a success', async () => {
    const fake = server();
    fake.setOnline(false);
    await saveSyncIntervalMinutes(db, 10);
    const sync = runner(fake.requester);
    sync.start(new EventTarget() as unknown as Window);
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      await sync.syncNow();
      waits.push(((last().nextAt ?? 0) - now) / 60_000);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, 30]);
    expect(last().lastError).toEqual({ kind: 'unreachable', message: '服务器无法连接' });
    fake.setOnline(true);
    await sync.syncNow();
    expect(last()).toMatchObject({ failures: 0, lastError: null, nextAt: now + 10 * 60_000 });
    expect(backoffMinutes(100)).toBe(30);
  });

  it('syncs at start, every N minutes, and when the network returns', async () => {
    const fake = server();
    const sync = runner(fake.requester);
    const events = new EventTarget();
    sync.start(events as unknown as Window);
    await vi.waitFor(() => expect(pending?.ms).toBe(5 * 60_000));
    expect(fake.requests).toHaveLength(1);
    const periodic = pending;
    periodic?.run();
    await vi.waitFor(() => expect(fake.requests).toHaveLength(2));
    await vi.waitFor(() => expect(pending).not.toBe(periodic));
    events.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(fake.requests).toHaveLength(3));
    await vi.waitFor(() => expect(last().running).toBe(false));
    sync.stop();
    expect(pending).toBeNull();
    events.dispatchEvent(new Event('online'));
    expect(fake.requests).toHaveLength(3);
  });

  it('does nothing but say so before this device is enrolled', async () => {
    const fake = server();
    await runner(fake.requester, false).syncNow();
    expect(fake.requests).toEqual([]);
    expect(last()).toMatchObject({ enrolled: false, running: false, lastError: null });
  });
});
