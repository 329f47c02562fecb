import { createHash } from 'node:crypto';
import { chmod, rm } from 'node:fs/promises';
import { createConnection, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminError } from './errors';
import { type AdminContext, answerAdminRequest } from './operations';
import type { AdminRequest, AdminResponse } from './protocol';

/**
 * The running server takes admin commands on a local Unix socket only its
 * user can open, one JSON line in and one JSON line out, so that the command
 * line never opens the embedded database beside it.
 */

/** Unix socket paths are limited to about 100 bytes; a deep DATA_DIR gets one in the temp directory. */
const MAX_SOCKET_PATH = 100;
/** A request is a few hundred bytes; anything this big is not one. */
const MAX_REQUEST = 64 * 1024;

export function adminSocketPath(dataDir: string): string {
  const inside = join(dataDir, 'admin.sock');
  if (Buffer.byteLength(inside) <= MAX_SOCKET_PATH) return inside;
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return join(tmpdir(), `talent-admin-${hash}.sock`);
}

export interface AdminLog {
  info(facts: object, message: string): void;
  error(facts: object, message: string): void;
}

export interface AdminSocket {
  path: string;
  /** Stops taking commands and waits for those in progress. */
  close(): Promise<void>;
}

/** One line from `socket`, at most {@link MAX_REQUEST} bytes; null if it ends first. */
function readLine(socket: Socket): Promise<string | null> {
  return new Promise((resolve) => {
    let buffered = '';
    const done = (line: string | null) => {
      socket.removeAllListeners('data').removeAllListeners('end');
      resolve(line);
    };
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
      const end = buffered.indexOf('\n');
      if (end >= 0) done(buffered.slice(0, end));
      else if (buffered.length > MAX_REQUEST) done(null);
    });
    socket.on('end', () => done(null));
  });
}

function commandOf(request: unknown): string {
  const command = (request as { command?: unknown } | null)?.command;
  return typeof command === 'string' ? command.slice(0, 40) : '?';
}

/**
 * Listens on `path` (replacing a socket left by a killed server: the caller
 * holds DATA_DIR's lock) and answers each request against `context`.
 */
export async function startAdminSocket(path: string, context: AdminContext, log: AdminLog): Promise<AdminSocket> {
  await rm(path, { force: true });
  const server = createServer((socket) => {
    socket.on('error', () => {});
    // A connection that never sends its request must not keep the server from stopping.
    socket.setTimeout(10_000, () => socket.destroy());
    void (async () => {
      const line = await readLine(socket);
      socket.setTimeout(0);
      let request: unknown;
      try {
        request = line === null ? null : JSON.parse(line);
      } catch {
        request = null;
      }
      const response = await answerAdminRequest(context, request, (error) =>
        log.error({ err: error, adminCommand: commandOf(request) }, 'admin command failed'),
      );
      log.info({ adminCommand: commandOf(request), ok: response.ok }, 'admin command');
      socket.end(`${JSON.stringify(response)}\n`);
    })();
  });
  // The socket is created by listen(); the umask keeps it private from the first moment, chmod makes sure.
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } finally {
    process.umask(umask);
  }
  await chmod(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

/** Nothing listens on the socket (yet): the request never reached a server, so it is safe to try again. */
export class NotListeningError extends Error {
  constructor(readonly path: string) {
    super(`没有服务器在 ${path} 接收管理命令`);
    this.name = 'NotListeningError';
  }
}

/** Sends one request to the server listening on `path` and waits for its answer. */
export function sendAdminRequest(path: string, request: AdminRequest): Promise<AdminResponse> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(path);
    const failed = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' || error.code === 'ECONNREFUSED' ? new NotListeningError(path) : error);
    socket.once('error', failed);
    socket.once('connect', () => {
      socket.off('error', failed);
      socket.on('error', () => {});
      socket.write(`${JSON.stringify(request)}\n`);
      readLine(socket).then((line) => {
        socket.destroy();
        if (line === null) {
          reject(new AdminError('服务器在执行管理命令时断开了连接，命令可能没有完成，请查看服务器日志。'));
          return;
        }
        resolve(JSON.parse(line) as AdminResponse);
      }, reject);
    });
  });
}
