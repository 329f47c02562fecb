import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { REDACTED_LOG_PATHS, buildServer } from './app';
import { readEnv, type ServerEnv } from './config';
import { openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { bootstrapCode } from './devices';
import { acquireLock, LockedError } from './lock';
import { printBanner } from './banner';

/** `npm run server`: the central server on HOST:PORT, its data in DATA_DIR or DATABASE_URL. */
async function serve(env: ServerEnv): Promise<void> {
  const dataDir = resolve(env.dataDir);
  await mkdir(dataDir, { recursive: true });
  const release = await acquireLock(dataDir, { pid: process.pid, adminSocket: '' });
  const db = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: resolve(dataDir, 'pglite') });
  await migrate(db);
  const app = await buildServer({
    db,
    limits: env.limits,
    logger: { level: process.env.LOG_LEVEL ?? 'info', redact: { paths: REDACTED_LOG_PATHS, censor: '[已隐去]' } },
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping: finishing requests in progress');
    await app.close();
    await db.close();
    await release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const address = await app.listen({ host: env.host, port: env.port });
  printBanner({ address, dataDir, databaseKind: db.kind, firstAdminCode: await bootstrapCode(db) });
}

serve(readEnv()).catch((error: unknown) => {
  if (error instanceof LockedError) {
    console.error(`服务器未启动：${error.message}（另一个服务器进程正在运行）。`);
  } else {
    console.error(`服务器未启动：${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
});
