import type { PowerMonitor } from 'electron';
import {
  BridgeFailure,
  type KeyProtection,
  OS_KEY_CHANGED_MESSAGE,
  PROTECTED_DATA_KEY_BYTES,
  type ProtectedDataKey,
  type SystemLock,
} from '../../../src-shared/bridge/contract';
import type { ServerDeps } from './server';

export interface DataKeyDeps {
  safeStorage: ServerDeps['safeStorage'];
  platform?: NodeJS.Platform;
}

const UNAVAILABLE =
  '本机系统的密钥存储不可用，无法保护本机数据密钥。请登录系统桌面会话（Linux 需启用 GNOME 密钥环或 KWallet）后重试，或联系管理员。';

// Exactly the base64 of 32 bytes: 43 characters and one padding character.
const KEY_TEXT = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/**
 * On Linux without a keyring Electron seals with a fixed key from Chromium's
 * source (`basic_text`), which only hides the key from a casual look at the
 * file. The key is still sealed, but the renderer is told the truth so it can
 * say so; an undetermined backend is not trusted either.
 */
function protectionOf(deps: DataKeyDeps): KeyProtection {
  if ((deps.platform ?? process.platform) !== 'linux' || !deps.safeStorage.getSelectedStorageBackend) {
    return 'os-keychain';
  }
  const backend = deps.safeStorage.getSelectedStorageBackend();
  return backend === 'basic_text' || backend === 'unknown' ? 'os-basic-text' : 'os-keychain';
}

/** Seals the data key with safeStorage (DPAPI, Keychain or the Linux keyring). */
export function protectDataKey(deps: DataKeyDeps, request: { key: Uint8Array }): ProtectedDataKey {
  if (!deps.safeStorage.isEncryptionAvailable()) throw new BridgeFailure('secure-storage-unavailable', UNAVAILABLE);
  const protection = protectionOf(deps);
  // safeStorage seals text only; base64 keeps the bytes intact through it.
  const sealed = deps.safeStorage.encryptString(Buffer.from(request.key).toString('base64'));
  return { sealed: new Uint8Array(sealed), protection };
}

/**
 * Opens a sealed data key. A key store that is merely unavailable right now
 * (a locked keyring, no desktop session) is told apart from one that no
 * longer opens the key, because only the latter means the data is lost here.
 */
export function unprotectDataKey(
  deps: DataKeyDeps,
  request: { sealed: Uint8Array; protection: KeyProtection },
): { key: Uint8Array } {
  if (request.protection === 'none') {
    if (request.sealed.byteLength !== PROTECTED_DATA_KEY_BYTES) {
      throw new BridgeFailure('os-key-changed', OS_KEY_CHANGED_MESSAGE);
    }
    return { key: new Uint8Array(request.sealed) };
  }
  if (!deps.safeStorage.isEncryptionAvailable()) throw new BridgeFailure('secure-storage-unavailable', UNAVAILABLE);
  let text: string;
  try {
    text = deps.safeStorage.decryptString(Buffer.from(request.sealed));
  } catch {
    throw new BridgeFailure('os-key-changed', OS_KEY_CHANGED_MESSAGE);
  }
  // A different OS key can decrypt to garbage instead of failing outright.
  if (!KEY_TEXT.test(text)) throw new BridgeFailure('os-key-changed', OS_KEY_CHANGED_MESSAGE);
  return { key: new Uint8Array(Buffer.from(text, 'base64')) };
}

export type SystemLockMonitor = Pick<PowerMonitor, 'on' | 'removeListener'>;

/**
 * The long poll behind nextSystemLock. However many calls are waiting, one
 * listener per event is attached, and only while someone waits: a renderer
 * that polls for the app's whole life must not grow powerMonitor's listeners.
 */
export function systemLockWatcher(powerMonitor: SystemLockMonitor): { next(): Promise<SystemLock> } {
  let waiting: ((lock: SystemLock) => void)[] = [];
  const settle = (reason: SystemLock['reason']) => {
    const settled = waiting;
    waiting = [];
    powerMonitor.removeListener('lock-screen', onLockScreen);
    powerMonitor.removeListener('suspend', onSuspend);
    for (const resolve of settled) resolve({ reason });
  };
  const onLockScreen = () => settle('lock-screen');
  const onSuspend = () => settle('suspend');
  return {
    next: () =>
      new Promise<SystemLock>((resolve) => {
        if (waiting.length === 0) {
          powerMonitor.on('lock-screen', onLockScreen);
          powerMonitor.on('suspend', onSuspend);
        }
        waiting.push(resolve);
      }),
  };
}
