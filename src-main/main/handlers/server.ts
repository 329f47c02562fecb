import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { BridgeFailure } from '../../../src-shared/bridge/contract';
import {
  createServerClient,
  type Fetch,
  parseStoredConnection,
  type ServerClient,
  type StoredConnection,
  type TokenVault,
} from '../../../src-shared/bridge/server-client';
import { writeAtomically } from '../write-atomically';

export const CONNECTION_FILE = 'server-connection.bin';

export interface ServerDeps {
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
    Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;
  /** The folder for the encrypted connection file (app.getPath('userData')). */
  dataDir: () => string;
  fetch: Fetch;
  platform?: NodeJS.Platform;
  timeoutMs?: number;
}

const UNAVAILABLE =
  '本机系统的密钥存储不可用，无法安全保存设备令牌，因此未登记。请登录系统桌面会话（Linux 需启用 GNOME 密钥环或 KWallet）后重试，或联系管理员。';

/**
 * Whether safeStorage really encrypts with a key the OS keeps. On Linux
 * without a keyring Electron falls back to `basic_text`, a fixed key in
 * Chromium's source: that is no better than plain text, so it is refused.
 */
function checkAvailable(deps: ServerDeps): void {
  if (!deps.safeStorage.isEncryptionAvailable()) throw new BridgeFailure('secure-storage-unavailable', UNAVAILABLE);
  if ((deps.platform ?? process.platform) === 'linux' && deps.safeStorage.getSelectedStorageBackend) {
    const backend = deps.safeStorage.getSelectedStorageBackend();
    if (backend === 'basic_text' || backend === 'unknown') {
      throw new BridgeFailure('secure-storage-unavailable', UNAVAILABLE);
    }
  }
}

/**
 * The token vault of the desktop app: the server address, the device and its
 * token as one JSON document, encrypted with safeStorage (DPAPI, Keychain or
 * the Linux keyring) in userData. Nothing of it is ever written in clear.
 */
export function fileVault(deps: ServerDeps): TokenVault {
  const file = () => join(deps.dataDir(), CONNECTION_FILE);
  return {
    kind: 'os-keychain',
    async ensureAvailable() {
      checkAvailable(deps);
    },
    async load() {
      let encrypted: Buffer;
      try {
        encrypted = await readFile(file());
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw new BridgeFailure('io', '无法读取本机的同步服务器登记信息。');
      }
      checkAvailable(deps);
      let stored: StoredConnection | null = null;
      try {
        stored = parseStoredConnection(JSON.parse(deps.safeStorage.decryptString(encrypted)));
      } catch {
        stored = null;
      }
      if (!stored) {
        throw new BridgeFailure(
          'secure-storage-unavailable',
          '本机保存的设备令牌无法解密（系统密钥已更换或文件已损坏）。请解除登记后用新的登记码重新登记。',
        );
      }
      return stored;
    },
    async save(connection) {
      checkAvailable(deps);
      const encrypted = deps.safeStorage.encryptString(JSON.stringify(connection));
      await writeAtomically(file(), new Uint8Array(encrypted), {
        mode: 0o600,
        message: (reason) => `本机的同步服务器登记信息未能保存：${reason}。`,
      });
    },
    async clear() {
      await unlink(file()).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw new BridgeFailure('io', '无法删除本机的同步服务器登记信息，请重试。');
      });
    },
  };
}

/** The main process's half of the server operations: the renderer never sees the token. */
export function serverClient(deps: ServerDeps): ServerClient {
  return createServerClient({ fetch: deps.fetch, vault: fileVault(deps), timeoutMs: deps.timeoutMs });
}
