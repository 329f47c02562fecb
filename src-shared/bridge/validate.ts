import {
  type BridgeError,
  type DesktopOperation,
  type FileFilter,
  KEY_PROTECTIONS,
  MAX_PRINT_COPIES,
  MAX_REQUESTED_OPEN_FILE_BYTES,
  MAX_SEALED_DATA_KEY_BYTES,
  PROTECTED_DATA_KEY_BYTES,
} from './contract';
import {
  checkServerPath,
  MAX_DEVICE_NAME_LENGTH,
  MAX_SERVER_BYTES_BODY,
  MAX_SERVER_JSON_BYTES,
  MAX_SERVER_URL_LENGTH,
  normaliseServerUrl,
  SERVER_METHODS,
} from './server';

/**
 * Checks the arguments of a bridge call before an implementation acts on them.
 * Main treats the renderer as untrusted, so every request is checked here,
 * whatever its type says. Returns null when the arguments are acceptable.
 */
export function validateRequest(operation: DesktopOperation, args: readonly unknown[]): BridgeError | null {
  const [request] = args;
  switch (operation) {
    case 'appInfo':
    case 'listPrinters':
    case 'serverConnection':
    case 'serverForget':
    case 'nextSystemLock':
      return args.length === 0 ? null : invalid('此操作不接受参数');
    case 'saveFile':
      return (
        expectRecord(request) ??
        expectName(request, 'suggestedName') ??
        expectBytes(request, 'data') ??
        expectFilters(request)
      );
    case 'openFile':
      return expectRecord(request) ?? expectFilters(request) ?? expectMaxBytes(request);
    case 'printPdf':
      return (
        expectRecord(request) ??
        expectBytes(request, 'pdf') ??
        expectName(request, 'title') ??
        expectString(request, 'printer', 256) ??
        expectCopies(request)
      );
    case 'openPdf':
      return expectRecord(request) ?? expectBytes(request, 'pdf') ?? expectName(request, 'title');
    case 'serverEnrol':
      return (
        (args.length === 1 ? null : invalid('请求格式不正确')) ??
        expectRecord(request) ??
        expectOnlyKeys(request, ['serverUrl', 'code', 'deviceName']) ??
        expectString(request, 'serverUrl', MAX_SERVER_URL_LENGTH) ??
        expectServerUrl(request) ??
        expectString(request, 'code', 32) ??
        expectString(request, 'deviceName', MAX_DEVICE_NAME_LENGTH) ??
        expectNotBlank(request, 'code', '登记码') ??
        expectNotBlank(request, 'deviceName', '本机名称')
      );
    case 'serverRequest':
      return (
        (args.length === 1 ? null : invalid('请求格式不正确')) ??
        expectRecord(request) ??
        expectOnlyKeys(request, ['method', 'path', 'body', 'upload']) ??
        expectMethod(request) ??
        expectString(request, 'path', 2048) ??
        expectServerPath(request) ??
        expectServerBody(request) ??
        expectUploadPosition(request)
      );
    case 'protectDataKey':
      return (
        (args.length === 1 ? null : invalid('请求格式不正确')) ??
        expectRecord(request) ??
        expectOnlyKeys(request, ['key']) ??
        expectKeyBytes(request, 'key', PROTECTED_DATA_KEY_BYTES, PROTECTED_DATA_KEY_BYTES)
      );
    case 'unprotectDataKey':
      return (
        (args.length === 1 ? null : invalid('请求格式不正确')) ??
        expectRecord(request) ??
        expectOnlyKeys(request, ['sealed', 'protection']) ??
        expectKeyBytes(request, 'sealed', 1, MAX_SEALED_DATA_KEY_BYTES) ??
        expectProtection(request)
      );
  }
}

type Fields = Record<string, unknown>;

function invalid(message: string): BridgeError {
  return { code: 'invalid-request', message };
}

function expectRecord(value: unknown): BridgeError | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? null : invalid('请求格式不正确');
}

function expectString(request: unknown, key: string, maxLength: number): BridgeError | null {
  const value = (request as Fields)[key];
  if (typeof value !== 'string') return invalid(`缺少文字字段 ${key}`);
  return value.length <= maxLength ? null : invalid(`字段 ${key} 过长`);
}

/** A file or document name: no path separators, no control characters. */
function expectName(request: unknown, key: string): BridgeError | null {
  const problem = expectString(request, key, 200);
  if (problem) return problem;
  const value = (request as Fields)[key] as string;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (value.trim() === '' || /[\\/\u0000-\u001f]/.test(value)) return invalid(`文件名“${value}”不可用`);
  return null;
}

function expectBytes(request: unknown, key: string): BridgeError | null {
  const value = (request as Fields)[key];
  if (!(value instanceof Uint8Array)) return invalid(`字段 ${key} 应为文件内容`);
  return value.byteLength > 0 ? null : invalid('文件内容为空');
}

function expectKeyBytes(request: unknown, key: string, minBytes: number, maxBytes: number): BridgeError | null {
  const value = (request as Fields)[key];
  if (!(value instanceof Uint8Array)) return invalid(`字段 ${key} 应为字节`);
  if (value.byteLength < minBytes || value.byteLength > maxBytes) {
    return invalid(
      minBytes === maxBytes ? `字段 ${key} 应为 ${minBytes} 字节` : `字段 ${key} 应为 ${minBytes} 到 ${maxBytes} 字节`,
    );
  }
  return null;
}

function expectProtection(request: unknown): BridgeError | null {
  const protection = (request as Fields).protection;
  return KEY_PROTECTIONS.includes(protection as (typeof KEY_PROTECTIONS)[number])
    ? null
    : invalid(`保护方式应为 ${KEY_PROTECTIONS.join('、')} 之一`);
}

function expectFilters(request: unknown): BridgeError | null {
  const filters = (request as Fields).filters;
  if (filters === undefined) return null;
  const valid =
    Array.isArray(filters) &&
    filters.every(
      (filter: FileFilter) =>
        typeof filter?.name === 'string' &&
        Array.isArray(filter.extensions) &&
        filter.extensions.every((ext) => typeof ext === 'string' && /^[A-Za-z0-9*]{1,10}$/.test(ext)),
    );
  return valid ? null : invalid('文件类型筛选格式不正确');
}

function expectMaxBytes(request: unknown): BridgeError | null {
  const maxBytes = (request as Fields).maxBytes;
  if (maxBytes === undefined) return null;
  const valid = typeof maxBytes === 'number' && Number.isInteger(maxBytes) && maxBytes > 0;
  return valid && maxBytes <= MAX_REQUESTED_OPEN_FILE_BYTES ? null : invalid('文件大小上限不正确');
}

function expectCopies(request: unknown): BridgeError | null {
  const copies = (request as Fields).copies;
  const valid = typeof copies === 'number' && Number.isInteger(copies) && copies >= 1 && copies <= MAX_PRINT_COPIES;
  return valid ? null : invalid(`份数应为 1 到 ${MAX_PRINT_COPIES} 之间的整数`);
}

function expectOnlyKeys(request: unknown, allowed: readonly string[]): BridgeError | null {
  const unknown = Object.keys(request as Fields).filter((key) => !allowed.includes(key));
  return unknown.length === 0 ? null : invalid(`请求含有未知字段 ${unknown.join('、')}`);
}

function expectNotBlank(request: unknown, key: string, label: string): BridgeError | null {
  return ((request as Fields)[key] as string).trim() === '' ? invalid(`请填写${label}`) : null;
}

function expectServerUrl(request: unknown): BridgeError | null {
  const checked = normaliseServerUrl((request as Fields).serverUrl as string);
  return checked.ok ? null : invalid(checked.message);
}

function expectMethod(request: unknown): BridgeError | null {
  const method = (request as Fields).method;
  return SERVER_METHODS.includes(method as (typeof SERVER_METHODS)[number])
    ? null
    : invalid(`请求方法应为 ${SERVER_METHODS.join('、')} 之一`);
}

function expectServerPath(request: unknown): BridgeError | null {
  const checked = checkServerPath((request as Fields).path as string);
  return checked.ok ? null : invalid(checked.message);
}

/** With `upload`: a PATCH of bytes at a whole-number offset within a whole-number length. */
function expectUploadPosition(request: unknown): BridgeError | null {
  const { method, body, upload } = request as Fields;
  if (upload === undefined) return null;
  if (method !== 'PATCH' || !(body instanceof Uint8Array)) return invalid('续传的一块必须是 PATCH 请求的字节');
  const position = upload as Fields;
  const whole = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
  if (expectRecord(upload) || !whole(position.offset) || !whole(position.length)) return invalid('续传位置不正确');
  const keys = Object.keys(position);
  if (keys.length !== 2) return invalid('续传位置不正确');
  return (position.offset as number) + body.byteLength <= (position.length as number)
    ? null
    : invalid('续传的一块超出了附件长度');
}

/** Bytes up to the attachment limit, or JSON up to the JSON limit; nothing with GET or HEAD. */
function expectServerBody(request: unknown): BridgeError | null {
  const { method, body } = request as Fields;
  if (body === undefined) return null;
  if (method === 'GET' || method === 'HEAD') return invalid(`${method} 请求不能带请求体`);
  if (body instanceof Uint8Array) {
    return body.byteLength <= MAX_SERVER_BYTES_BODY
      ? null
      : invalid(`附件超过 ${MAX_SERVER_BYTES_BODY / 1024 / 1024} MB，无法上传`);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(body);
  } catch {
    return invalid('请求体无法转为 JSON');
  }
  if (json === undefined) return invalid('请求体无法转为 JSON');
  return new TextEncoder().encode(json).byteLength <= MAX_SERVER_JSON_BYTES
    ? null
    : invalid(`请求体超过 ${MAX_SERVER_JSON_BYTES / 1024 / 1024} MB`);
}
