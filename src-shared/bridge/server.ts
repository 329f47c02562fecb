/**
 * What the desktop bridge knows about the central server: the enrolled
 * device, and the rules for the server address and the API paths a renderer
 * may ask the bridge to call. Pure: used by validate.ts, by both bridge
 * implementations and by the 设置 form (for messages next to the field).
 */

import type { Role } from '../api/roles';
import type { DeviceInfo } from '../api/schemas';

export type ServerRole = Role;

/** The device as the server describes it (`GET /api/v1/me`, the enrolment answer). */
export type ServerDevice = DeviceInfo;

export interface ServerEnrolRequest {
  /** http(s) origin of the central server, optionally with a path prefix. */
  serverUrl: string;
  /** The one-time enrolment code, e.g. `AB12-CD34`. */
  code: string;
  /** How this device is listed on the server, e.g. "王窗口（环翠区）". */
  deviceName: string;
}

/**
 * Where the device token is kept: the OS key store through Electron's
 * safeStorage, or (browser mode) unencrypted in the browser's IndexedDB.
 */
export type SecureStorage = 'os-keychain' | 'browser-indexeddb';

/** This device's enrolment; never includes the token. */
export interface ServerConnection {
  serverUrl: string;
  device: ServerDevice;
  secureStorage: SecureStorage;
}

export const SERVER_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'HEAD'] as const;
export type ServerMethod = (typeof SERVER_METHODS)[number];

/** Where a resumable attachment upload stands (docs/sync-protocol.md §4): bytes received of the whole. */
export interface UploadPosition {
  offset: number;
  length: number;
}

/**
 * One call to the server with this device's token. A `Uint8Array` body goes
 * as `application/octet-stream` (attachments), anything else as JSON. With
 * `upload`, the bytes are one chunk of a resumable upload
 * (`application/offset+octet-stream` with `Upload-Offset` and `Upload-Length`).
 */
export interface ServerRequest {
  method: ServerMethod;
  /** Starts with `/api/v1/`; may carry a query string. */
  path: string;
  body?: unknown;
  upload?: UploadPosition;
}

/**
 * The server's answer, whatever its status: the sync client decides what a
 * 409 or a 401 means. `body` is parsed JSON, the bytes for any other content
 * type, or null when empty.
 */
export interface ServerResponse {
  status: number;
  body: unknown;
  /** The `Upload-Offset` and `Upload-Length` the server answered, where it did. */
  upload?: Partial<UploadPosition>;
}

export const MAX_SERVER_URL_LENGTH = 2048;
export const MAX_SERVER_PATH_LENGTH = 2048;
/** The server refuses JSON over 1 MiB and attachments over 20 MiB; the bridge refuses them first. */
export const MAX_SERVER_JSON_BYTES = 1024 * 1024;
export const MAX_SERVER_BYTES_BODY = 20 * 1024 * 1024;
/** Answers larger than this are refused rather than buffered. */
export const MAX_SERVER_RESPONSE_BYTES = 32 * 1024 * 1024;
export const SERVER_TIMEOUT_MS = 15_000;
export const MAX_DEVICE_NAME_LENGTH = 100;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The server address as typed → `https://host[:port][/prefix]` without a
 * trailing slash. Only http(s), no user name or password, no query or
 * fragment. A bare host gets `https://`; `http://` must be typed.
 */
export function normaliseServerUrl(typed: string): Checked<string> {
  const text = typed.trim();
  if (text === '') return { ok: false, message: '请填写服务器地址' };
  if (text.length > MAX_SERVER_URL_LENGTH) return { ok: false, message: '服务器地址过长' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: '服务器地址格式不正确，例如 https://sync.example.cn 或 http://127.0.0.1:8787' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: '服务器地址须以 http:// 或 https:// 开头' };
  }
  if (url.hostname === '') return { ok: false, message: '服务器地址缺少主机名' };
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: '服务器地址不能包含用户名或密码' };
  }
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(text)) {
    return { ok: false, message: '服务器地址不能包含“?”或“#”后的内容' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, value: `${url.protocol}//${url.host}${path}` };
}

/** Letters and digits the server's codes are made of; typed case and dashes do not matter. */
export function normaliseEnrolmentCode(typed: string): Checked<string> {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  if (compact === '') return { ok: false, message: '请填写登记码' };
  if (!/^[0-9A-Z]{8}$/.test(compact)) {
    return { ok: false, message: '登记码应为 8 位字母或数字，例如 AB12-CD34' };
  }
  return { ok: true, value: `${compact.slice(0, 4)}-${compact.slice(4)}` };
}

export function checkDeviceName(typed: string): Checked<string> {
  const name = typed.trim();
  if (name === '') return { ok: false, message: '请填写本机名称' };
  if (name.length > MAX_DEVICE_NAME_LENGTH)
    return { ok: false, message: `本机名称不能超过 ${MAX_DEVICE_NAME_LENGTH} 个字` };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\u0000-\u001f\u007f]/.test(name)) return { ok: false, message: '本机名称含有不可见的控制字符' };
  return { ok: true, value: name };
}

/**
 * An API path the bridge will call: under `/api/v1/`, no `..`, no empty
 * segments, no fragment, only URL-safe characters (the query string included).
 */
export function checkServerPath(path: string): Checked<string> {
  if (path.length > MAX_SERVER_PATH_LENGTH) return { ok: false, message: '接口路径过长' };
  if (!path.startsWith('/api/v1/')) return { ok: false, message: '接口路径须以 /api/v1/ 开头' };
  const [pathname = ''] = path.split('?', 1);
  if (!/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/?]+$/.test(path) || /\/\//.test(pathname)) {
    return { ok: false, message: '接口路径含有不允许的字符' };
  }
  const segments = pathname.split('/');
  if (segments.some((segment) => segment === '.' || segment === '..' || /%2e|%2f|%5c/i.test(segment))) {
    return { ok: false, message: '接口路径不能含有“..”' };
  }
  return { ok: true, value: path };
}
