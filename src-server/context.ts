import type { FastifyRequest } from 'fastify';
import type { Role } from '../src-shared/api/roles';
import type { Limits } from './config';
import type { Database } from './db/database';
import type { AuthenticatedDevice } from './devices';
import { ApiError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    /** The device whose bearer token came with the request; null on public routes. */
    device: AuthenticatedDevice | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a device token (health checks, enrolment). */
    public?: boolean;
  }
}

/** What every route plugin is given. */
export interface RouteContext {
  db: Database;
  limits: Limits;
}

/** The request's device, refused with 403 unless it has one of `roles`. */
export function deviceWithRole(request: FastifyRequest, ...roles: Role[]): AuthenticatedDevice {
  const device = request.device;
  if (!device) throw new ApiError(401, 'unauthenticated');
  if (!roles.includes(device.role)) throw new ApiError(403, 'forbidden');
  return device;
}
