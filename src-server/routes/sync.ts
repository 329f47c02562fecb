import type { FastifyInstance } from 'fastify';
import {
  DEFAULT_PULL_LIMIT,
  MAX_PULL_LIMIT,
  PullQuery,
  PullResponse,
  PushRequest,
  PushResponse,
} from '../../src-shared/sync/schemas';
import { deviceWithRole, type RouteContext } from '../context';
import { pullChanges } from '../sync/pull';
import { pushMutations } from '../sync/push';

/** The sync protocol (docs/sync-protocol.md §2–3), for city and district devices. */
export async function syncRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  app.post<{ Body: PushRequest }>(
    '/api/v1/sync/push',
    { schema: { body: PushRequest, response: { 200: PushResponse } } },
    async (request) => {
      const device = deviceWithRole(request, 'city', 'district');
      return pushMutations(db, device, request.body.mutations);
    },
  );

  app.get<{ Querystring: PullQuery }>(
    '/api/v1/sync/pull',
    { schema: { querystring: PullQuery, response: { 200: PullResponse } } },
    async (request) => {
      const device = deviceWithRole(request, 'city', 'district');
      const { cursor = '0', limit } = request.query;
      return pullChanges(db, device, Number(cursor), Math.min(Number(limit ?? DEFAULT_PULL_LIMIT), MAX_PULL_LIMIT));
    },
  );
}
