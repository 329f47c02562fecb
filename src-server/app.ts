import Fastify, { type FastifyInstance } from 'fastify';

export interface ServerOptions {
  /** Structured logs; off in tests. */
  logger?: boolean;
}

/**
 * The central sync server. Routes are added here as the server grows; each
 * one is schema-validated and authenticated.
 */
export function buildServer(options: ServerOptions = {}): FastifyInstance {
  const server = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  server.get('/healthz', async () => ({ status: 'ok' }));
  return server;
}
