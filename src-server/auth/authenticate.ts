import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Queryable } from '../db/database';
import { deviceForToken, touchDevice } from '../devices';
import { ApiError } from '../errors';

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,200})$/;

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return header ? (BEARER.exec(header)?.[1] ?? null) : null;
}

/**
 * Every route but the public ones needs a device's bearer token: none, an
 * unknown one or a revoked one is answered 401 before anything else runs.
 * Unknown routes answer 404 whoever asks.
 */
export function installAuthentication(app: FastifyInstance, db: Queryable): void {
  app.decorateRequest('device', null);
  app.addHook('onRequest', async (request) => {
    // CORS preflights carry no token; @fastify/cors answers them.
    if (request.routeOptions.config?.public || request.is404 || request.method === 'OPTIONS') return;
    const token = bearerToken(request);
    if (!token) throw new ApiError(401, 'unauthenticated');
    const check = await deviceForToken(db, token);
    if ('problem' in check) throw new ApiError(401, check.problem);
    request.device = check.device;
    touchDevice(db, check.device.id).catch((error: unknown) => {
      request.log.warn({ errorType: (error as Error).name }, 'last-seen time not recorded');
    });
  });
}
