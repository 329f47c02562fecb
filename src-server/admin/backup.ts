import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, constants, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AdminError } from './errors';
import type { AdminContext } from './operations';
import { runPgTool } from './pg-tools';
import type { BackupInfo } from './protocol';

/**
 * Makes `file` by writing a temporary file beside it and renaming it into
 * place, so a backup file is either complete or absent (an older one stays
 * until the new one is whole).
 */
async function writeAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // Password hashes and personal data: for the owner's eyes only, from the first byte.
    await (await open(temporary, 'wx', 0o600)).close();
    await write(temporary);
    const handle = await open(temporary, 'r+');
    await handle.sync();
    await handle.close();
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof AdminError) throw error;
    throw new AdminError(`无法写入备份文件 ${file}：${(error as Error).message}`);
  }
  const directory = await open(dirname(file), 'r');
  await directory.sync().finally(() => directory.close());
}

/**
 * Backs up the database the context has open. The embedded database is
 * copied by the process that has it open (it may be the running server);
 * PostgreSQL is dumped with pg_dump in its custom format.
 */
export async function backupDatabase(context: AdminContext, file: string): Promise<BackupInfo> {
  const { db, databaseUrl } = context;
  await access(dirname(file), constants.W_OK).catch(() => {
    throw new AdminError(`无法写入备份文件 ${file}：目录 ${dirname(file)} 不存在或没有写权限。`);
  });
  await writeAtomically(file, async (temporary) => {
    if (db.dumpDataDir) {
      const tarball = await db.dumpDataDir();
      await pipeline(Readable.fromWeb(tarball.stream() as WebReadableStream), createWriteStream(temporary));
    } else if (databaseUrl) {
      await runPgTool('pg_dump', ['--format=custom', `--file=${temporary}`], databaseUrl);
    } else {
      throw new AdminError('无法备份：不知道数据库的地址（DATABASE_URL）。');
    }
  });
  return { file, bytes: (await stat(file)).size, kind: db.kind };
}
