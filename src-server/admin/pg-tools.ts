import { spawn } from 'node:child_process';
import { AdminError } from './errors';

/**
 * Runs pg_dump or pg_restore against `databaseUrl`. The password goes in
 * PGPASSWORD rather than on the command line, where other users could read it.
 */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  const env = password ? { ...process.env, PGPASSWORD: password } : process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${url.toString()}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 8000) stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new AdminError(
              `找不到 ${tool}：请安装 PostgreSQL 客户端工具（Debian：apt-get install postgresql-client），版本不低于数据库服务器。`,
            )
          : error,
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new AdminError(`${tool} 失败（${signal ?? `退出码 ${code}`}）：${stderr.trim() || '没有输出'}`));
    });
  });
}
