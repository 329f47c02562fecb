import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runAdminCli } from './admin/cli';
import { adminSocketPath, startAdminSocket } from './admin/socket';
import { buildServer } from './app';
import { printBanner } from './banner';
import { readEnv, type ServerEnv } from './config';
import { openDatabase, PGLITE_SUBDIR } from './db/database';
import { migrate } from './db/migrate';
import { bootstrapCode } from './devices';
import { acquireLock, LockedError } from './lock';
import { loggerOptions } from './logging';

/** `npm run server`: the central server on HOST:PORT, its data in DATA_DIR or DATABASE_URL. */
async function serve(env: ServerEnv): Promise<void> {
  const dataDir = resolve(env.dataDir);
  await mkdir(dataDir, { recursive: true });
  const socketPath = adminSocketPath(dataDir);
  const release = await acquireLock(dataDir, { pid: process.pid, adminSocket: socketPath });
  const db = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: join(dataDir, PGLITE_SUBDIR) });
  await migrate(db);
  const app = await buildServer({
    db,
    limits: env.limits,
    trustProxy: env.trustProxy,
    logger: loggerOptions(process.env.LOG_LEVEL ?? 'info'),
  });
  const adminSocket = await startAdminSocket(socketPath, { db, databaseUrl: env.databaseUrl }, app.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: finishing requests and admin commands in progress');
    await Promise.all([app.close(), adminSocket.close()]);
    await db.close();
    await release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const address = await app.listen({ host: env.host, port: env.port });
  printBanner({
    address,
    dataDir,
    databaseKind: db.kind,
    loopbackOnly: ['127.0.0.1', '::1', 'localhost'].includes(env.host),
    firstAdminCode: await bootstrapCode(db),
  });
}

function startupFailure(error: unknown): string {
  if (!(error instanceof LockedError)) return error instanceof Error ? error.message : String(error);
  return error.holder.adminSocket
    ? `${error.message}（另一个服务器进程正在运行）`
    : `${error.message}（一个管理命令正在运行，请等它结束）`;
}

if (process.argv[2] === 'admin') {
  try {
    const env = readEnv();
    process.exit(await runAdminCli(process.argv.slice(3), env));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
} else {
  serve(readEnv()).catch((error: unknown) => {
    console.error(`服务器未启动：${startupFailure(error)}。`);
    process.exit(1);
  });
}
