import type { FastifyInstance } from 'fastify';
import {
  ListParams,
  ListQuery,
  RecordList,
  RecordParams,
  RecordWrite,
  StoredRecord,
} from '../../src-shared/api/schemas';
import { deviceWithRole, type RouteContext } from '../context';
import { listRecords, readRecord, writeRecord } from '../records';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;

/** Synced records, one table at a time, scoped to what the device's role and district may see. */
export async function recordRoutes(app: FastifyInstance, { db }: RouteContext): Promise<void> {
  app.get<{ Params: ListParams; Querystring: ListQuery }>(
    '/api/v1/records/:table',
    { schema: { params: ListParams, querystring: ListQuery, response: { 200: RecordList } } },
    async (request) => {
      const device = deviceWithRole(request, 'city', 'district');
      const { district = device.district, after = '0', limit } = request.query;
      const records = await listRecords(db, device, request.params.table, {
        district,
        after: Number(after),
        limit: Math.min(Number(limit ?? DEFAULT_PAGE) || DEFAULT_PAGE, MAX_PAGE),
      });
      return { records };
    },
  );

  app.get<{ Params: RecordParams }>(
    '/api/v1/records/:table/:id',
    { schema: { params: RecordParams, response: { 200: StoredRecord } } },
    async (request) => {
      const device = deviceWithRole(request, 'city', 'district');
      return readRecord(db, device, request.params.table, request.params.id);
    },
  );

  app.put<{ Params: RecordParams; Body: RecordWrite }>(
    '/api/v1/records/:table/:id',
    { schema: { params: RecordParams, body: RecordWrite, response: { 200: StoredRecord } } },
    async (request) => {
      const device = deviceWithRole(request, 'city', 'district');
      return writeRecord(db, device, request.params.table, request.params.id, request.body);
    },
  );
}
