import { Value } from '@sinclair/typebox/value';
import { DeviceInfo } from '../api/schemas';
import { BridgeFailure } from './contract';
import {
  checkDeviceName,
  MAX_SERVER_RESPONSE_BYTES,
  normaliseServerUrl,
  SERVER_TIMEOUT_MS,
  type SecureStorage,
  type ServerConnection,
  type ServerDevice,
  type ServerEnrolRequest,
  type ServerRequest,
  type ServerResponse,
  type UploadPosition,
} from './server';

/** What a bridge implementation keeps about its enrolment. Only the vault ever holds the token. */
export interface StoredConnection {
  serverUrl: string;
  token: string;
  device: ServerDevice;
}

/** Where the token is kept: the OS key store in main, IndexedDB in browser mode. */
export interface TokenVault {
  kind: SecureStorage;
  /** Throws a `secure-storage-unavailable` BridgeFailure when nothing could be kept safely. */
  ensureAvailable(): Promise<void>;
  load(): Promise<StoredConnection | null>;
  save(connection: StoredConnection): Promise<void>;
  clear(): Promise<void>;
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface ServerClientDeps {
  fetch: Fetch;
  vault: TokenVault;
  timeoutMs?: number;
  /** Added to "cannot connect" messages, e.g. what browser mode needs from the server. */
  unreachableHint?: string;
}

export interface ServerClient {
  enrol(request: ServerEnrolRequest): Promise<ServerConnection>;
  connection(): Promise<ServerConnection | null>;
  forget(): Promise<{ forgotten: true }>;
  request(request: ServerRequest): Promise<ServerResponse>;
}

/** The device in an answer from the server (its fields only), or null when the answer is not one. */
export function parseServerDevice(value: unknown): ServerDevice | null {
  if (!Value.Check(DeviceInfo, value)) return null;
  const { id, name, role, district, createdAt, lastSeenAt, revokedAt } = value;
  return { id, name, role, district, createdAt, lastSeenAt, revokedAt };
}

/** A kept enrolment, or null when `value` is not one (a damaged or foreign file). */
export function parseStoredConnection(value: unknown): StoredConnection | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Record<string, unknown>;
  const device = parseServerDevice(stored.device);
  if (!device || typeof stored.serverUrl !== 'string' || typeof stored.token !== 'string' || stored.token === '') {
    return null;
  }
  return { serverUrl: stored.serverUrl, token: stored.token, device };
}

function unreachable(error: unknown, timeoutMs: number, hint = ''): BridgeFailure {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new BridgeFailure(
      'server-unreachable',
      `服务器在 ${Math.round(timeoutMs / 1000)} 秒内没有回应：请检查网络，稍后重试。`,
    );
  }
  return new BridgeFailure(
    'server-unreachable',
    `服务器无法连接：请检查服务器地址是否正确、网络是否通畅，稍后重试。${hint}`,
  );
}

/** Reads at most `limit` bytes, so a wrong address cannot make the app buffer without end. */
async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > limit || !response.body) {
    if (declared > limit) throw tooLarge();
    return new Uint8Array(await response.arrayBuffer());
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(): BridgeFailure {
  return new BridgeFailure('server-error', '服务器的回答过大，已停止接收。', 'response-too-large');
}

function notOurServer(status: number): BridgeFailure {
  return new BridgeFailure(
    'server-error',
    `该地址不像威海英才卡中心服务器（HTTP ${status}），请核对服务器地址。`,
    'unrecognised-response',
  );
}

/** `{error:{code,message}}` from the server, if that is what `body` is. */
function serverError(body: unknown): { code: string; message: string } | null {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code === 'string' && typeof error.message === 'string') {
    return { code: error.code, message: error.message };
  }
  return null;
}

async function parseBody(response: Response): Promise<unknown> {
  const bytes = await readLimited(response, MAX_SERVER_RESPONSE_BYTES);
  if (bytes.byteLength === 0) return null;
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) return bytes;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw notOurServer(response.status);
  }
}

/** `Upload-Offset` and `Upload-Length` of an answer, where given as whole numbers. */
function uploadHeaders(headers: Headers): Partial<UploadPosition> | null {
  const read = (name: string) => {
    const text = headers.get(name);
    return text !== null && /^[0-9]{1,15}$/.test(text) ? Number(text) : undefined;
  };
  const offset = read('upload-offset');
  const length = read('upload-length');
  if (offset === undefined && length === undefined) return null;
  return { ...(offset === undefined ? {} : { offset }), ...(length === undefined ? {} : { length }) };
}

function toConnection(stored: StoredConnection, kind: SecureStorage): ServerConnection {
  return { serverUrl: stored.serverUrl, device: stored.device, secureStorage: kind };
}

/**
 * The central-server half of the bridge, shared by main (Electron's fetch,
 * token in the OS key store) and browser mode (window.fetch, IndexedDB).
 * Requests are not redirected: a redirect could carry the token elsewhere,
 * and an address that redirects is better corrected in 设置.
 */
export function createServerClient(deps: ServerClientDeps): ServerClient {
  const timeoutMs = deps.timeoutMs ?? SERVER_TIMEOUT_MS;

  async function send(url: string, init: RequestInit): Promise<ServerResponse> {
    let response: Response;
    try {
      response = await deps.fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw unreachable(error, timeoutMs, deps.unreachableHint);
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      throw new BridgeFailure(
        'server-error',
        '服务器地址发生了跳转：请在设置中填写跳转后的地址（通常以 https:// 开头）。',
        'redirected',
      );
    }
    try {
      const upload = uploadHeaders(response.headers);
      const body = await parseBody(response);
      return upload ? { status: response.status, body, upload } : { status: response.status, body };
    } catch (error) {
      if (error instanceof BridgeFailure) throw error;
      throw unreachable(error, timeoutMs, deps.unreachableHint);
    }
  }

  return {
    async enrol(request) {
      const serverUrl = normaliseServerUrl(request.serverUrl);
      if (!serverUrl.ok) throw new BridgeFailure('invalid-request', serverUrl.message);
      const deviceName = checkDeviceName(request.deviceName);
      if (!deviceName.ok) throw new BridgeFailure('invalid-request', deviceName.message);
      // Before the code is spent: a code used for a token that cannot be kept is lost.
      await deps.vault.ensureAvailable();
      const answer = await send(`${serverUrl.value}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ code: request.code.trim(), deviceName: deviceName.value }),
      });
      const refused = serverError(answer.body);
      // A 404 here means the address leads somewhere without the enrolment route: the address is wrong.
      if (answer.status >= 400 && answer.status !== 404 && refused)
        throw new BridgeFailure('server-error', refused.message, refused.code);
      const body = answer.body as { device?: unknown; token?: unknown } | null;
      const device = parseServerDevice(body?.device);
      if (answer.status !== 201 || !device || typeof body?.token !== 'string' || body.token === '') {
        throw notOurServer(answer.status);
      }
      const stored: StoredConnection = { serverUrl: serverUrl.value, token: body.token, device };
      try {
        await deps.vault.save(stored);
      } catch (error) {
        const reason = error instanceof BridgeFailure ? error.message : '写入失败';
        throw new BridgeFailure(
          error instanceof BridgeFailure ? error.code : 'io',
          `本机已在服务器登记，但设备令牌未能保存（${reason}）。登记码已用过，请向管理员索取新的登记码后重试。`,
        );
      }
      return toConnection(stored, deps.vault.kind);
    },

    async connection() {
      const stored = await deps.vault.load();
      return stored ? toConnection(stored, deps.vault.kind) : null;
    },

    async forget() {
      await deps.vault.clear();
      return { forgotten: true };
    },

    async request(request) {
      const stored = await deps.vault.load();
      if (!stored) throw new BridgeFailure('not-enrolled', '本机尚未登记到同步服务器，请先在“设置”中登记。');
      const headers: Record<string, string> = { authorization: `Bearer ${stored.token}`, accept: 'application/json' };
      let body: BodyInit | undefined;
      if (request.body instanceof Uint8Array && request.upload) {
        headers['content-type'] = 'application/offset+octet-stream';
        headers['upload-offset'] = String(request.upload.offset);
        headers['upload-length'] = String(request.upload.length);
        body = request.body as Uint8Array<ArrayBuffer>;
      } else if (request.body instanceof Uint8Array) {
        headers['content-type'] = 'application/octet-stream';
        body = request.body as Uint8Array<ArrayBuffer>;
      } else if (request.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(request.body);
      }
      // A 401 token-revoked is answered as it came: the caller shows it; nothing is forgotten silently.
      return send(`${stored.serverUrl}${request.path}`, { method: request.method, headers, body });
    },
  };
}
