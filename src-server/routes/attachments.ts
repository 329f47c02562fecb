import type { FastifyInstance } from 'fastify';
import { AttachmentParams } from '../../src-shared/api/schemas';
import { readAttachment, storeAttachment } from '../attachments';
import { deviceWithRole, type RouteContext } from '../context';
import { ApiError } from '../errors';

/**
 * Photos and scans by SHA-256, as raw bytes (application/octet-stream) with
 * their own size limit; JSON is not accepted here.
 */
export async function attachmentRoutes(app: FastifyInstance, { db, limits }: RouteContext): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: limits.attachmentBodyLimit },
    (_request, body, done) => done(null, body),
  );

  app.put<{ Params: AttachmentParams; Body: Buffer }>(
    '/api/v1/attachments/:sha256',
    { schema: { params: AttachmentParams }, bodyLimit: limits.attachmentBodyLimit },
    async (request, reply) => {
      const device = deviceWithRole(request, 'city', 'district');
      if (!Buffer.isBuffer(request.body)) throw new ApiError(415, 'unsupported-media-type');
      return reply.code(201).send(await storeAttachment(db, device, request.params.sha256, request.body));
    },
  );

  app.get<{ Params: AttachmentParams }>(
    '/api/v1/attachments/:sha256',
    { schema: { params: AttachmentParams } },
    async (request, reply) => {
      const device = deviceWithRole(request, 'city', 'district');
      const content = await readAttachment(db, device, request.params.sha256);
      return reply.type('application/octet-stream').send(content);
    },
  );
}
