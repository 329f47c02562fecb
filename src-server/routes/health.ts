import type { FastifyInstance } from 'fastify';
import { apiErrorBody } from '../../src-shared/api/errors';
import type { RouteContext } from '../context';

/** Liveness (the process answers) and readiness (the database answers). Public, not rate-limited. */
export async function healthRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  const config = { public: true, rateLimit: false } as const;
  app.get('/healthz', { config }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config }, async (_request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ready', database: db.kind };
    } catch {
      return reply.code(503).send(apiErrorBody('unavailable'));
    }
  });
}
