import type { ServerConnection, ServerEnrolRequest, ServerRequest, ServerResponse } from './server';

export type {
  SecureStorage,
  ServerConnection,
  ServerDevice,
  ServerEnrolRequest,
  ServerMethod,
  ServerRequest,
  ServerResponse,
  ServerRole,
} from './server';

/**
 * The desktop bridge: the one contract between the renderer and whatever
 * provides desktop services (Electron's main process, or the browser
 * implementation in browser mode). Each operation is declared once here as a
 * plain function type; the async, error-as-value shape seen by the renderer is
 * derived from it.
 */

export interface AppInfo {
  /** Application version from package.json. */
  version: string;
  /** Where the app keeps its data (a folder path, or a description in browser mode). */
  dataDir: string;
  /** `desktop` inside Electron, `browser` for the web implementation. */
  mode: 'desktop' | 'browser';
  platform: string;
}

export interface FileFilter {
  /** Shown to the user, e.g. "PDF 文件". */
  name: string;
  /** Extensions without the dot, e.g. ["pdf"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array;
  filters?: FileFilter[];
}

export type SaveFileResult = { saved: true; location: string } | { saved: false };

export interface OpenFileRequest {
  filters?: FileFilter[];
  multiple?: boolean;
  /** Refuse files larger than this many bytes (default {@link MAX_OPEN_FILE_BYTES}, at most {@link MAX_REQUESTED_OPEN_FILE_BYTES}). */
  maxBytes?: number;
}

export interface OpenedFile {
  name: string;
  /** MIME type when known, otherwise "". */
  type: string;
  data: Uint8Array;
}

export interface Printer {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export interface PrintPdfRequest {
  pdf: Uint8Array;
  /** Printer `name` from listPrinters; the browser implementation ignores it. */
  printer: string;
  copies: number;
  /** Shown in print queues and as the temporary file's name. */
  title: string;
}

export interface OpenPdfRequest {
  pdf: Uint8Array;
  title: string;
}

/** How the device's data key is protected beyond the staff member's secret. */
export type KeyProtection = 'os-keychain' | 'os-basic-text' | 'none';
export const KEY_PROTECTIONS = ['os-keychain', 'os-basic-text', 'none'] as const satisfies readonly KeyProtection[];

export interface ProtectedDataKey {
  sealed: Uint8Array;
  protection: KeyProtection;
}

export interface SystemLock {
  reason: 'lock-screen' | 'suspend';
}

/** Operation name → what it takes and what it gives back on success. */
export interface DesktopContract {
  appInfo(): AppInfo;
  saveFile(request: SaveFileRequest): SaveFileResult;
  /** An empty list means the user cancelled. */
  openFile(request: OpenFileRequest): OpenedFile[];
  listPrinters(): Printer[];
  printPdf(request: PrintPdfRequest): { printed: true };
  openPdf(request: OpenPdfRequest): { opened: true };
  /**
   * Exchanges an enrolment code for a device token and keeps the token where
   * the renderer cannot read it (main: the OS key store). Returns the
   * enrolment, never the token. Replaces any previous enrolment.
   */
  serverEnrol(request: ServerEnrolRequest): ServerConnection;
  /** This device's enrolment, or null when it is not enrolled. Reads no network. */
  serverConnection(): ServerConnection | null;
  /** Forgets the server address and the device token on this device (the server is not told). */
  serverForget(): { forgotten: true };
  /** Calls the server with this device's token; any HTTP status comes back as a value. */
  serverRequest(request: ServerRequest): ServerResponse;
  /** Seals the device's data key with the OS key store (Electron safeStorage); the browser implementation cannot, and says so (`protection: 'none'`, bytes unchanged). */
  protectDataKey(request: { key: Uint8Array }): ProtectedDataKey;
  /** Opens what protectDataKey sealed. Fails with `os-key-changed` when the OS key store no longer opens it (another user account, a reinstalled OS, a reset keyring). */
  unprotectDataKey(request: { sealed: Uint8Array; protection: KeyProtection }): { key: Uint8Array };
  /** Resolves when the OS screen locks or the machine suspends (lid closed), so the app locks itself. A long poll: call again after each answer. The browser implementation never resolves. */
  nextSystemLock(): SystemLock;
}

export type DesktopOperation = keyof DesktopContract;

export type BridgeErrorCode =
  | 'forbidden-sender'
  | 'invalid-request'
  | 'file-too-large'
  | 'unsupported'
  | 'io'
  | 'print-failed'
  /** The server could not be reached (address, network, timeout). */
  | 'server-unreachable'
  /** The server refused or answered something unusable; `serverCode` names the server's reason. */
  | 'server-error'
  /** serverRequest before this device was enrolled. */
  | 'not-enrolled'
  /** The OS key store cannot encrypt or decrypt, so no token is kept or read. */
  | 'secure-storage-unavailable'
  /**
   * The OS key store works but no longer opens the sealed data key (another
   * user account, a reinstalled OS, a reset keyring). Unlike
   * `secure-storage-unavailable` this will not pass by retrying.
   */
  | 'os-key-changed'
  | 'internal';

export interface BridgeError {
  code: BridgeErrorCode;
  /** A message for the user, in Chinese. */
  message: string;
  /** With `server-error`: the server's machine-readable code, e.g. `enrolment-code-used`. */
  serverCode?: string;
}

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export type OperationArgs<K extends DesktopOperation> = Parameters<DesktopContract[K]>;
export type OperationValue<K extends DesktopOperation> = ReturnType<DesktopContract[K]>;

/** What `window.desktop` is: every operation async, errors as values. */
export type DesktopApi = {
  [K in DesktopOperation]: (...args: OperationArgs<K>) => Promise<BridgeResult<OperationValue<K>>>;
};

/** Every operation, listed once so that main and preload can iterate them. */
export const DESKTOP_OPERATIONS = [
  'appInfo',
  'saveFile',
  'openFile',
  'listPrinters',
  'printPdf',
  'openPdf',
  'serverEnrol',
  'serverConnection',
  'serverForget',
  'serverRequest',
  'protectDataKey',
  'unprotectDataKey',
  'nextSystemLock',
] as const satisfies readonly DesktopOperation[];

// A compile-time check that the list above names every operation.
type MissingOperations = Exclude<DesktopOperation, (typeof DESKTOP_OPERATIONS)[number]>;
const everyOperationListed: MissingOperations extends never ? true : MissingOperations = true;
void everyOperationListed;

/** The IPC channel an operation travels on. */
export function channelOf(operation: DesktopOperation): string {
  return `desktop:${operation}`;
}

export const MAX_OPEN_FILE_BYTES = 50 * 1024 * 1024;
/** The most a caller may raise `maxBytes` to: a backup of all the data, its scans and photos included. */
export const MAX_REQUESTED_OPEN_FILE_BYTES = 1024 * 1024 * 1024;
export const MAX_PRINT_COPIES = 99;
/** The data key protectDataKey takes and unprotectDataKey gives back. */
export const PROTECTED_DATA_KEY_BYTES = 32;
/** Far above what any OS key store makes of a 32-byte key. */
export const MAX_SEALED_DATA_KEY_BYTES = 4096;

export const OS_KEY_CHANGED_MESSAGE =
  '本机系统密钥已变更，无法解开本机加密数据。原数据保持不动；请用“从备份恢复”找回数据，或在原系统账户下登录。';

export function ok<T>(value: T): BridgeResult<T> {
  return { ok: true, value };
}

export function fail(code: BridgeErrorCode, message: string, serverCode?: string): { ok: false; error: BridgeError } {
  return { ok: false, error: serverCode === undefined ? { code, message } : { code, message, serverCode } };
}

/** Thrown inside an implementation to end an operation with a specific error value. */
export class BridgeFailure extends Error {
  constructor(
    readonly code: BridgeErrorCode,
    message: string,
    readonly serverCode?: string,
  ) {
    super(message);
    this.name = 'BridgeFailure';
  }
}
