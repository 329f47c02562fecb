// What a sync costs on the network: a fetch that counts each exchange (an
// HTTP/1.1 rendering of what the client sent and received), and the exact
// bytes the server's sockets read and wrote.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Fetch } from '../../../src-shared/bridge/server-client';

export interface Exchange {
  method: string;
  path: string;
  status: number;
  bytes: number;
  /** From the call until the whole response body arrived. */
  ms: number;
}

function headerBytes(headers: Headers): number {
  let total = 0;
  headers.forEach((value, name) => {
    total += Buffer.byteLength(`${name}: ${value}\r\n`);
  });
  return total;
}

function bodyBytes(body: RequestInit['body']): number {
  if (body === undefined || body === null) return 0;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  if (body instanceof Blob) return body.size;
  throw new Error('a request body the counting fetch cannot measure');
}

/** Wraps the global fetch; `exchanges` lists every request made through it. */
export function countingFetch(): { fetch: Fetch; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const fetch: Fetch = async (input, init) => {
    const started = performance.now();
    const response = await globalThis.fetch(input, init);
    const received = (await response.clone().arrayBuffer()).byteLength;
    const url = new URL(input);
    const method = init.method ?? 'GET';
    const out = `${method} ${url.pathname}${url.search} HTTP/1.1\r\nhost: ${url.host}\r\n`;
    const back = `HTTP/1.1 ${response.status} ${response.statusText}\r\n`;
    exchanges.push({
      method,
      path: url.pathname,
      status: response.status,
      bytes:
        Buffer.byteLength(out) +
        headerBytes(new Headers(init.headers)) +
        2 +
        bodyBytes(init.body) +
        Buffer.byteLength(back) +
        headerBytes(response.headers) +
        2 +
        received,
      ms: performance.now() - started,
    });
    return response;
  };
  return { fetch, exchanges };
}

/** Bytes read plus written by every connection the server has accepted so far (call before the first). */
export function socketBytes(server: Server): () => number {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => sockets.add(socket));
  return () => [...sockets].reduce((total, socket) => total + socket.bytesRead + socket.bytesWritten, 0);
}
