import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { openDatabase, PGLITE_SUBDIR } from '../db/database';
import { migrate } from '../db/migrate';
import { acquireLock, LockedError, readLock } from '../lock';
import { AdminError } from './errors';
import { runAdminRequest } from './operations';
import type { AdminRequest, ResultOf } from './protocol';
import { NotListeningError, sendAdminRequest } from './socket';

export interface AdminTarget {
  dataDir: string;
  databaseUrl?: string;
}

/** How long to wait for a server that is starting, or for another admin command to finish. */
const WAIT_MS = 15_000;
const RETRY_MS = 200;

/**
 * Opens the database itself, when no server runs. The embedded database is
 * opened only while holding DATA_DIR's lock, so no server starts beside it.
 */
async function runDirectly<R extends AdminRequest>(target: AdminTarget, request: R): Promise<ResultOf<R>> {
  const dataDir = resolve(target.dataDir);
  let release: (() => Promise<void>) | null = null;
  if (!target.databaseUrl) {
    await mkdir(dataDir, { recursive: true });
    release = await acquireLock(dataDir, { pid: process.pid, adminSocket: '' });
  }
  try {
    const db = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: join(dataDir, PGLITE_SUBDIR) });
    try {
      await migrate(db);
      return await runAdminRequest({ db, databaseUrl: target.databaseUrl }, request);
    } finally {
      await db.close();
    }
  } finally {
    await release?.();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs an admin request where the database is: through the running server's
 * admin socket when a server holds DATA_DIR, else directly.
 */
export async function executeAdminRequest<R extends AdminRequest>(
  target: AdminTarget,
  request: R,
): Promise<ResultOf<R>> {
  const dataDir = resolve(target.dataDir);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const holder = await readLock(dataDir);
    try {
      if (!holder) return await runDirectly(target, request);
      if (holder.adminSocket) {
        const response = await sendAdminRequest(holder.adminSocket, request);
        if (!response.ok) throw new AdminError(response.error.message, response.error.code);
        return response.result as ResultOf<R>;
      }
    } catch (error) {
      // A server took DATA_DIR just now, or is still starting: ask it again shortly.
      if (!(error instanceof LockedError || error instanceof NotListeningError)) throw error;
    }
    if (Date.now() > deadline) {
      throw new AdminError(
        holder?.adminSocket
          ? `服务器（进程 ${holder.pid}）没有响应管理命令，请查看服务器是否正常运行。`
          : `数据目录 ${dataDir} 正被另一个管理命令（进程 ${holder?.pid ?? '?'}）使用，请稍后再试。`,
      );
    }
    await sleep(RETRY_MS);
  }
}
