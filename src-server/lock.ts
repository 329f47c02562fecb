import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** What a running server leaves in DATA_DIR so others can find it. */
export interface LockInfo {
  pid: number;
  /** Where the running server takes admin commands (src-server/admin/socket.ts). */
  adminSocket: string;
}

export const LOCK_FILE = 'server.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live process holding DATA_DIR, if any; a lock left by a killed process does not count. */
export async function readLock(dataDir: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await readFile(join(dataDir, LOCK_FILE), 'utf8')) as LockInfo;
    return alive(info.pid) && info.pid !== process.pid ? info : null;
  } catch {
    return null;
  }
}

/**
 * Takes DATA_DIR for this process: the embedded database must never be open
 * in two processes at once. Refuses while another live process holds it;
 * takes over a lock left behind by a killed one. Returns the release.
 */
export async function acquireLock(dataDir: string, info: LockInfo): Promise<() => Promise<void>> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(info));
      await handle.sync();
      await handle.close();
      return async () => {
        const current = await readLock(dataDir).catch(() => null);
        if (!current) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readLock(dataDir);
      if (holder) throw new LockedError(holder);
      await rm(path, { force: true });
    }
  }
  throw new Error(`无法锁定数据目录 ${dataDir}`);
}

export class LockedError extends Error {
  constructor(readonly holder: LockInfo) {
    super(`数据目录正由进程 ${holder.pid} 使用`);
    this.name = 'LockedError';
  }
}
