import { type AddressInfo, connect, createServer, type Socket } from 'node:net';

/** A TCP proxy in front of a server, counting what the client sends; see {@link startTcpProxy}. */
export interface TcpProxy {
  /** http://127.0.0.1:PORT of the proxy. */
  url: string;
  /** Client→server bytes forwarded so far, over all connections. */
  readonly bytesUp: number;
  /** Whether the connection has been cut. */
  readonly cut: boolean;
  close(): Promise<void>;
}

/**
 * A TCP proxy to `target` (http://host:port). With `cutAfterBytes`, it
 * forwards that many client→server bytes in all, then destroys both sockets
 * of every connection, as a dropped network would, and refuses any later
 * connection; without it, a healthy link that only counts.
 */
export async function startTcpProxy(target: string, options: { cutAfterBytes?: number } = {}): Promise<TcpProxy> {
  const { hostname, port } = new URL(target);
  const limit = options.cutAfterBytes ?? Number.POSITIVE_INFINITY;
  const pairs = new Set<[Socket, Socket]>();
  let bytesUp = 0;
  let cut = false;

  const cutAll = () => {
    cut = true;
    for (const [client, upstream] of pairs) {
      client.destroy();
      // What was already handed to the upstream socket still reaches the server, then the link is gone.
      if (upstream.writableLength === 0) upstream.destroy();
      else upstream.once('drain', () => upstream.destroy());
    }
  };

  const server = createServer((client) => {
    client.on('error', () => {});
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    upstream.on('error', () => {});
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const forget = () => {
      pairs.delete(pair);
      // A cut ends the upstream side itself, once what it was given is written.
      if (cut) return;
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget);
    upstream.on('close', forget);

    client.on('data', (chunk: Buffer) => {
      if (cut) return;
      const room = limit - bytesUp;
      const part = chunk.length >= room ? chunk.subarray(0, room) : chunk;
      bytesUp += part.length;
      if (!upstream.write(part)) client.pause();
      if (bytesUp >= limit) cutAll();
    });
    upstream.on('drain', () => client.resume());
    upstream.on('data', (chunk: Buffer) => {
      if (!client.write(chunk)) upstream.pause();
    });
    client.on('drain', () => upstream.resume());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: proxyPort } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${proxyPort}`,
    get bytesUp() {
      return bytesUp;
    },
    get cut() {
      return cut;
    },
    close() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
