import type { Writable } from 'node:stream';
import type { FastifyServerOptions } from 'fastify';

/** Secrets and personal data never reach the log, whoever logs them. */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.token',
  '*.code',
  '*.idNumber',
  '*.phone',
  '*.mobile',
  '*.data',
];

/**
 * Structured JSON logs (pino): requests with method, URL, status and time,
 * never bodies; the paths above replaced by [已隐去].
 */
export function loggerOptions(level: string, stream?: Writable): FastifyServerOptions['logger'] {
  return { level, redact: { paths: REDACTED_LOG_PATHS, censor: '[已隐去]' }, ...(stream ? { stream } : {}) };
}
