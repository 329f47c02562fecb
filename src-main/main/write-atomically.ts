import { randomUUID } from 'node:crypto';
import { chmod, rename, unlink, writeFile } from 'node:fs/promises';
import { BridgeFailure } from '../../src-shared/bridge/contract';

export interface AtomicWriteOptions {
  /** File mode, e.g. 0o600 for a file only this user may read. */
  mode?: number;
  /** The Chinese message for a failed write, given the reason (磁盘空间不足, 没有写入权限, 写入失败). */
  message(reason: string): string;
}

/**
 * Writes next to the target first and renames, so a failed write never leaves
 * half a file; a failure comes back as a bridge error saying why.
 */
export async function writeAtomically(path: string, data: Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const temporary = `${path}.${randomUUID()}.part`;
  try {
    await writeFile(temporary, data, options.mode === undefined ? {} : { mode: options.mode });
    // writeFile's mode is filtered by the umask; the file must end up with exactly this one.
    if (options.mode !== undefined) await chmod(temporary, options.mode);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOSPC' ? '磁盘空间不足' : code === 'EACCES' || code === 'EPERM' ? '没有写入权限' : '写入失败';
    throw new BridgeFailure('io', options.message(reason));
  }
}
