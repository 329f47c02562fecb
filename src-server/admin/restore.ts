import { openAsBlob } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGLITE_SUBDIR } from '../db/database';
import { loadPgliteDump } from '../db/pglite';
import { acquireLock, LockedError, type LockInfo, readLock } from '../lock';
import { AdminError } from './errors';
import { runPgTool } from './pg-tools';

export interface RestoreTarget {
  dataDir: string;
  databaseUrl?: string;
}

export interface RestoreInfo {
  file: string;
  kind: 'pglite' | 'postgres';
  /** Where the embedded database's previous files were moved, if there were any. */
  previous?: string;
}

function refuse(dataDir: string, holder: LockInfo): AdminError {
  return new AdminError(
    holder.adminSocket
      ? `服务器（进程 ${holder.pid}）正在使用数据目录 ${dataDir}：请先停止服务器，再恢复备份。`
      : `另一个管理命令（进程 ${holder.pid}）正在使用数据目录 ${dataDir}，请等它结束后再恢复备份。`,
    'server-running',
  );
}

/** 20250301-140502: sorts by time and is safe in a file name. */
function stamp(): string {
  return new Date()
    .toISOString()
    .replace(/\D/g, '')
    .slice(0, 14)
    .replace(/^(\d{8})/, '$1-');
}

/**
 * Replaces the embedded database with the one in `file`: it is unpacked into
 * a new directory and checked first, and the current directory is moved aside,
 * never deleted.
 */
async function restorePglite(dataDir: string, file: string): Promise<RestoreInfo> {
  const suffix = stamp();
  const incoming = join(dataDir, `${PGLITE_SUBDIR}.restoring-${suffix}`);
  try {
    await loadPgliteDump(incoming, await openAsBlob(file));
  } catch (error) {
    await rm(incoming, { recursive: true, force: true });
    throw new AdminError(
      `备份文件 ${file} 无法恢复（不是本服务器内置数据库的备份，或已损坏）：${(error as Error).message}`,
    );
  }
  const current = join(dataDir, PGLITE_SUBDIR);
  const aside = join(dataDir, `${PGLITE_SUBDIR}.before-restore-${suffix}`);
  const hadCurrent = await access(current).then(
    () => true,
    () => false,
  );
  if (hadCurrent) await rename(current, aside);
  await rename(incoming, current);
  return { file, kind: 'pglite', previous: hadCurrent ? aside : undefined };
}

/** Restores a pg_dump archive in one transaction: all of it, or nothing changes. */
async function restorePostgres(databaseUrl: string, file: string): Promise<RestoreInfo> {
  const args = ['--clean', '--if-exists', '--no-owner', '--single-transaction', file];
  await runPgTool('pg_restore', args, databaseUrl).catch((error: unknown) => {
    throw new AdminError(`备份文件 ${file} 无法恢复，数据库未改动：${(error as Error).message}`);
  });
  return { file, kind: 'postgres' };
}

/**
 * `admin restore`: only while no server runs on DATA_DIR. Holds DATA_DIR's
 * lock meanwhile so that no server starts halfway through.
 */
export async function restoreDatabase(target: RestoreTarget, file: string): Promise<RestoreInfo> {
  const dataDir = resolve(target.dataDir);
  await access(file).catch(() => {
    throw new AdminError(`找不到备份文件 ${file}。`);
  });
  const holder = await readLock(dataDir);
  if (holder) throw refuse(dataDir, holder);
  await mkdir(dataDir, { recursive: true });
  const release = await acquireLock(dataDir, { pid: process.pid, adminSocket: '' }).catch((error: unknown) => {
    throw error instanceof LockedError ? refuse(dataDir, error.holder) : error;
  });
  try {
    return target.databaseUrl ? await restorePostgres(target.databaseUrl, file) : await restorePglite(dataDir, file);
  } finally {
    await release();
  }
}
