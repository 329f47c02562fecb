import type { DesktopApi, ServerRequest, ServerResponse } from '../../src-shared/bridge/contract';

/** How the sync client reaches the server: the desktop bridge's serverRequest (the token never enters the renderer). */
export type ServerRequester = DesktopApi['serverRequest'];

export type SyncErrorKind =
  /** No network or no answer: tried again later, with back-off. */
  | 'unreachable'
  /** This device is not enrolled, or its token was revoked: staff must act in 设置. */
  | 'not-enrolled'
  /** The server refused the request or answered something unusable. */
  | 'server';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** The server's `{error:{code,message}}` as a SyncError, for an answer the caller cannot use. */
export function answerError(response: ServerResponse): SyncError {
  const error = (response.body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http-${response.status}`;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : `服务器的回答无法识别（HTTP ${response.status}），请稍后重试。`;
  if (response.status === 401) return new SyncError('not-enrolled', message, code);
  return new SyncError('server', message, code);
}

/** Sends one request through the bridge; a bridge failure (offline, not enrolled) is thrown as a SyncError. */
export async function send(requester: ServerRequester, request: ServerRequest): Promise<ServerResponse> {
  const result = await requester(request);
  if (result.ok) return result.value;
  const { code, message, serverCode } = result.error;
  if (code === 'server-unreachable') throw new SyncError('unreachable', message, code);
  if (code === 'not-enrolled') throw new SyncError('not-enrolled', message, code);
  throw new SyncError('server', message, serverCode ?? code);
}
