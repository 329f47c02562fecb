import type { FastifyInstance } from 'fastify';
import {
  AccountInfo,
  CreateAccountRequest,
  CreateEnrolmentRequest,
  DeviceInfo,
  DeviceParams,
  EnrolmentCodeInfo,
} from '../../src-shared/api/schemas';
import { createAccount, listAccounts } from '../accounts';
import { listAuditBreaks } from '../audit/breaks';
import { deviceWithRole, type RouteContext } from '../context';
import { createEnrolmentCode, listDevices, revokeDevice } from '../devices';

/** Accounts, devices and the audit log's chain breaks, for admin devices only. The admin command line runs the same operations. */
export async function adminRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  app.addHook('onRequest', async (request) => {
    deviceWithRole(request, 'admin');
  });

  app.post<{ Body: CreateEnrolmentRequest }>(
    '/api/v1/admin/enrolment-codes',
    { schema: { body: CreateEnrolmentRequest, response: { 201: EnrolmentCodeInfo } } },
    async (request, reply) => {
      const admin = deviceWithRole(request, 'admin');
      const created = await createEnrolmentCode(db, { ...request.body, createdBy: `device:${admin.id}` });
      return reply.code(201).send(created);
    },
  );

  app.get('/api/v1/admin/devices', async () => ({ devices: await listDevices(db) }));

  app.post<{ Params: DeviceParams }>(
    '/api/v1/admin/devices/:id/revoke',
    { schema: { params: DeviceParams, response: { 200: DeviceInfo } } },
    async (request) => revokeDevice(db, request.params.id),
  );

  app.get('/api/v1/admin/accounts', async () => ({ accounts: await listAccounts(db) }));

  app.post<{ Body: CreateAccountRequest }>(
    '/api/v1/admin/accounts',
    { schema: { body: CreateAccountRequest, response: { 201: AccountInfo } } },
    async (request, reply) => reply.code(201).send(await createAccount(db, request.body)),
  );

  // Where the audit log's chains break (src-server/audit/): which event, never what it says.
  app.get('/api/v1/admin/audit-breaks', async () => ({ breaks: await listAuditBreaks(db) }));
}
