import type { FastifyError, FastifyInstance } from 'fastify';
import { type ApiErrorCode, apiErrorBody } from '../src-shared/api/errors';
import { ApiError } from './errors';

/** Fastify's own errors, as the API's codes. */
const FASTIFY_CODES: Record<string, [number, ApiErrorCode]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'malformed-json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'malformed-json'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body-too-large'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'invalid-request'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported-media-type'],
  FST_ERR_CTP_INVALID_TYPE: [415, 'unsupported-media-type'],
};

interface Answer {
  status: number;
  code: ApiErrorCode;
  message?: string;
  extras?: ApiError['extras'];
}

function answerFor(error: FastifyError): Answer {
  if (error instanceof ApiError) {
    return { status: error.statusCode, code: error.code, message: error.message, extras: error.extras };
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return { status: known[0], code: known[1] };
  if (error.validation) {
    const first = error.validation[0];
    const params = (first?.params ?? {}) as { missingProperty?: string; additionalProperty?: string };
    const where = first?.instancePath || params.missingProperty || params.additionalProperty;
    const field = where ? `：${error.validationContext ?? ''} ${where}` : '';
    return { status: 400, code: 'invalid-request', message: `请求内容不符合要求${field}。` };
  }
  if (error instanceof SyntaxError) return { status: 400, code: 'malformed-json' };
  if (error.statusCode === 429) return { status: 429, code: 'rate-limited' };
  if (error.statusCode === 413) return { status: 413, code: 'body-too-large' };
  if (error.statusCode === 415) return { status: 415, code: 'unsupported-media-type' };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: 'invalid-request' };
  }
  return { status: 500, code: 'internal' };
}

/**
 * Every failure answers `{ error: { code, message } }` in Chinese. Nothing
 * from the inside (stack traces, SQL, the request's data) reaches the answer
 * or the log: a 500 is logged with its error's type, code and stack only.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const answer = answerFor(error);
    if (answer.status >= 500) {
      request.log.error(
        { errorType: error.name, errorCode: error.code, stack: error.stack?.split('\n').slice(1).join('\n') },
        'request failed',
      );
    }
    if (answer.extras?.headers) void reply.headers(answer.extras.headers);
    void reply.code(answer.status).send({ ...apiErrorBody(answer.code, answer.message), ...answer.extras?.body });
  });
  app.setNotFoundHandler((_request, reply) => {
    void reply.code(404).send(apiErrorBody('not-found'));
  });
}
