import type { FastifyInstance } from 'fastify';
import { AttachmentParams, UploadHeaders } from '../../src-shared/api/schemas';
import { UPLOAD_CHUNK_LIMIT, uploadChunk, uploadState } from '../attachment-uploads';
import { readAttachment, storeAttachment } from '../attachments';
import { deviceWithRole, type RouteContext } from '../context';
import { ApiError } from '../errors';

/** The media type of one chunk of a resumable upload. */
const CHUNK_TYPE = 'application/offset+octet-stream';

/**
 * Photos and scans by SHA-256, as raw bytes with their own size limit; JSON
 * is not accepted here. Whole (`PUT`) or resumable in chunks (`HEAD` says
 * where an upload stands, `PATCH` continues it), docs/sync-protocol.md §4.
 */
export async function attachmentRoutes(app: FastifyInstance, { db, limits }: RouteContext): Promise<void> {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: limits.attachmentBodyLimit },
    (_request, body, done) => done(null, body),
  );
  app.addContentTypeParser(CHUNK_TYPE, { parseAs: 'buffer', bodyLimit: UPLOAD_CHUNK_LIMIT }, (_request, body, done) =>
    done(null, body),
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

  app.head<{ Params: AttachmentParams }>(
    '/api/v1/attachments/:sha256',
    { schema: { params: AttachmentParams } },
    async (request, reply) => {
      const device = deviceWithRole(request, 'city', 'district');
      const upload = await uploadState(db, device, request.params.sha256);
      if (upload.state === 'none') throw new ApiError(404, 'attachment-not-found');
      if (upload.state === 'complete') return reply.code(200).send();
      return reply
        .code(204)
        .headers({ 'Upload-Offset': String(upload.offset), 'Upload-Length': String(upload.length) })
        .send();
    },
  );

  app.patch<{ Params: AttachmentParams; Headers: UploadHeaders; Body: Buffer | undefined }>(
    '/api/v1/attachments/:sha256',
    { schema: { params: AttachmentParams, headers: UploadHeaders }, bodyLimit: UPLOAD_CHUNK_LIMIT },
    async (request, reply) => {
      const device = deviceWithRole(request, 'city', 'district');
      if (request.headers['content-type']?.split(';')[0]?.trim() !== CHUNK_TYPE)
        throw new ApiError(415, 'unsupported-media-type');
      const length = Number(request.headers['upload-length']);
      if (length > limits.attachmentBodyLimit) throw new ApiError(413, 'body-too-large');
      const result = await uploadChunk(db, device, request.params.sha256, {
        offset: Number(request.headers['upload-offset']),
        length,
        bytes: request.body ?? Buffer.alloc(0),
      });
      if (result.complete) return reply.code(201).send({ sha256: request.params.sha256, size: length });
      return reply.code(204).header('Upload-Offset', String(result.offset)).send();
    },
  );

  app.get<{ Params: AttachmentParams }>(
    '/api/v1/attachments/:sha256',
    // HEAD is the resumable upload's own route above.
    { schema: { params: AttachmentParams }, exposeHeadRoute: false },
    async (request, reply) => {
      const device = deviceWithRole(request, 'city', 'district');
      const content = await readAttachment(db, device, request.params.sha256);
      return reply.type('application/octet-stream').send(content);
    },
  );
}
