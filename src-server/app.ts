import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { installAuthentication } from './auth/authenticate';
import { DEFAULT_LIMITS, type Limits } from './config';
import type { RouteContext } from './context';
import type { Database } from './db/database';
import { ApiError } from './errors';
import { installErrorHandling } from './http-errors';
import { adminRoutes } from './routes/admin';
import { attachmentRoutes } from './routes/attachments';
import { deviceRoutes } from './routes/devices';
import { healthRoutes } from './routes/health';
import { recordRoutes } from './routes/records';
import { sessionRoutes } from './routes/sessions';
import { syncRoutes } from './routes/sync';

export interface ServerOptions {
  db: Database;
  limits?: Partial<Limits>;
  /** Addresses of a reverse proxy whose X-Forwarded-For names the client (rate limits per address). */
  trustProxy?: string;
  /** Structured logs (pino options), or false in tests. */
  logger?: FastifyServerOptions['logger'];
}

/**
 * The central server: every route schema-validated, authenticated by device
 * token (except health checks and enrolment), rate-limited per device, with
 * separate body limits for JSON and attachments.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.jsonBodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.requestTimeoutMs,
    forceCloseConnections: 'idle',
    // One line per request (below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    trustProxy: options.trustProxy ?? false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });
  // JSON only (attachments have their own parser): text/plain bodies are refused with 415.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        device: request.device?.id,
      },
      'request',
    );
  });
  // The app in browser mode calls from its own origin. Devices authenticate with a bearer header, never
  // a cookie, so answering any origin lends a page nothing it does not already hold.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH'],
    allowedHeaders: ['authorization', 'content-type', 'upload-offset', 'upload-length'],
    exposedHeaders: ['upload-offset', 'upload-length'],
    maxAge: 600,
  });
  installAuthentication(app, options.db);
  await app.register(rateLimit, {
    hook: 'preHandler',
    max: limits.requestsPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => request.device?.id ?? request.ip,
    errorResponseBuilder: () => new ApiError(429, 'rate-limited'),
  });
  const context: RouteContext = { db: options.db, limits };
  await app.register(healthRoutes, context);
  await app.register(deviceRoutes, context);
  await app.register(sessionRoutes, context);
  await app.register(adminRoutes, context);
  await app.register(recordRoutes, context);
  await app.register(syncRoutes, context);
  await app.register(attachmentRoutes, context);
  return app;
}
