import { API_ERRORS, type ApiErrorCode } from '../src-shared/api/errors';

/** An answer other than success: the HTTP status and the API's error code (src-shared/api/errors). */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ApiErrorCode,
    message: string = API_ERRORS[code],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
