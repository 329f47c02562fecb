import type { FastifyInstance } from 'fastify';
import { EnrolRequest, EnrolResponse } from '../../src-shared/api/schemas';
import { deviceWithRole, type RouteContext } from '../context';
import { enrolDevice } from '../devices';

/** Enrolment (public, a one-time code in exchange for a token) and the device's own view of itself. */
export async function deviceRoutes(app: FastifyInstance, { db, limits }: RouteContext): Promise<void> {
  app.post<{ Body: EnrolRequest }>(
    '/api/v1/devices/enrol',
    {
      schema: { body: EnrolRequest, response: { 201: EnrolResponse } },
      config: { public: true, rateLimit: { max: limits.enrolmentsPerMinute, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const enrolled = await enrolDevice(db, request.body.code, request.body.deviceName);
      request.log.info({ deviceId: enrolled.device.id, role: enrolled.device.role }, 'device enrolled');
      return reply.code(201).send(enrolled);
    },
  );

  app.get('/api/v1/me', async (request) => {
    const device = deviceWithRole(request, 'admin', 'city', 'district');
    return { id: device.id, name: device.name, role: device.role, district: device.district };
  });
}
