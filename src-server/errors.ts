import { API_ERRORS, type ApiErrorCode } from '../src-shared/api/errors';

export interface ApiErrorExtras {
  /** Fields answered beside `error` (e.g. `lastMutationId` of a mutation gap). */
  body?: Record<string, unknown>;
  /** Response headers (e.g. `Upload-Offset` of a resumable upload). */
  headers?: Record<string, string>;
}

/** An answer other than success: the HTTP status and the API's error code (src-shared/api/errors). */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string = API_ERRORS[code],
    readonly extras: ApiErrorExtras = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
