import type { TalentCardDb } from '../store/db';
import { syncIntervalMinutes } from './sync-meta';
import { type SyncDevice, type SyncStep, type SyncSummary, syncOnce } from './sync-once';
import { type ServerRequester, SyncError, type SyncErrorKind } from './transport';

/** What the 同步 page and the header show about the background sync. */
export interface SyncStatus {
  /** Whether this device is enrolled (null until known). */
  enrolled: boolean | null;
  running: boolean;
  step: SyncStep | null;
  lastError: { kind: SyncErrorKind | 'local'; message: string } | null;
  /** Failed syncs in a row; the next try waits 1, 2, 4 … 30 minutes. */
  failures: number;
  /** When the next periodic sync starts (epoch ms), or null. */
  nextAt: number | null;
  lastSummary: SyncSummary | null;
}

export const IDLE_STATUS: SyncStatus = {
  enrolled: null,
  running: false,
  step: null,
  lastError: null,
  failures: 0,
  nextAt: null,
  lastSummary: null,
};

/** The longest wait after failures (docs/sync-protocol.md §6). */
export const MAX_BACKOFF_MINUTES = 30;

export function backoffMinutes(failures: number): number {
  return Math.min(2 ** (failures - 1), MAX_BACKOFF_MINUTES);
}

export interface SyncRunnerDeps {
  db: TalentCardDb;
  requester: ServerRequester;
  /** The enrolled device, or null when this device is not enrolled. */
  device: () => Promise<SyncDevice | null>;
  onStatus: (status: SyncStatus) => void;
  now?: () => number;
  /** The timer for the next periodic sync (the window's setTimeout by default). */
  timer?: Timer;
}

export interface Timer {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const windowTimer: Timer = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SyncRunner {
  /** Syncs now and then every N minutes, and whenever the network returns. */
  start(target?: Pick<Window, 'addEventListener' | 'removeEventListener'>): void;
  stop(): void;
  /** 立即同步: starts at once whatever the back-off (or joins the sync already running). */
  syncNow(): Promise<void>;
  /** Plans the next periodic sync again, e.g. after the interval changed in 设置. */
  reschedule(): Promise<void>;
}

/**
 * Runs syncs in the background (docs/sync-protocol.md §6): one at a time,
 * never blocking the UI; on errors it waits longer each time, up to 30
 * minutes, while 立即同步 always tries at once.
 */
export function createSyncRunner(deps: SyncRunnerDeps): SyncRunner {
  const now = deps.now ?? Date.now;
  const clock = deps.timer ?? windowTimer;
  let status: SyncStatus = IDLE_STATUS;
  let timer: unknown;
  let inFlight: Promise<void> | null = null;
  let stopped = true;
  let target: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;

  const update = (change: Partial<SyncStatus>) => {
    status = { ...status, ...change };
    deps.onStatus(status);
  };
  const online = () => void run();

  async function reschedule(): Promise<void> {
    clock.clear(timer);
    if (stopped) return;
    const minutes = status.failures > 0 ? backoffMinutes(status.failures) : await syncIntervalMinutes(deps.db);
    const delay = minutes * 60_000;
    update({ nextAt: now() + delay });
    timer = clock.set(() => void run(), delay);
  }

  function run(): Promise<void> {
    if (inFlight) return inFlight;
    inFlight = (async () => {
      clock.clear(timer);
      try {
        const device = await deps.device();
        update({ enrolled: device !== null });
        if (!device) return;
        update({ running: true, step: null });
        const summary = await syncOnce(deps.db, deps.requester, device, (step) => update({ step }));
        update({ failures: 0, lastError: null, lastSummary: summary });
      } catch (error) {
        const lastError =
          error instanceof SyncError
            ? { kind: error.kind, message: error.message }
            : { kind: 'local' as const, message: '本机数据读写出错，同步未完成；请重试，如仍失败请联系管理员。' };
        if (!(error instanceof SyncError))
          console.error(`sync failed (${error instanceof Error ? error.name : typeof error})`);
        update({ failures: status.failures + 1, lastError });
      } finally {
        update({ running: false, step: null });
        inFlight = null;
        await reschedule();
      }
    })();
    return inFlight;
  }

  return {
    start(events = window) {
      if (!stopped) return;
      stopped = false;
      target = events;
      target.addEventListener('online', online);
      void run();
    },
    stop() {
      stopped = true;
      clock.clear(timer);
      target?.removeEventListener('online', online);
      update({ nextAt: null });
    },
    syncNow: run,
    reschedule,
  };
}
