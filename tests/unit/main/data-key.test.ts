import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type DataKeyDeps,
  protectDataKey,
  type SystemLockMonitor,
  systemLockWatcher,
  unprotectDataKey,
} from '../../../src-main/main/handlers/data-key';
import {
  type DesktopOperation,
  type OperationArgs,
  OS_KEY_CHANGED_MESSAGE,
  type ProtectedDataKey,
  type SystemLock,
} from '../../../src-shared/bridge/contract';
import { type BridgeHandlers, runOperation } from '../../../src-shared/bridge/run';

/**
 * The data key operations as the renderer calls them (validation first,
 * errors as values). Electron is replaced at the boundary only: safeStorage
 * by a store that really encrypts with a key of its own, which a test can
 * change the way a new user account or a reset keyring would.
 */

type Backend = ReturnType<NonNullable<DataKeyDeps['safeStorage']['getSelectedStorageBackend']>>;

interface KeyStore {
  available: boolean;
  osKey: number;
  backend: Backend;
}

function fakeSafeStorage(store: KeyStore): DataKeyDeps['safeStorage'] {
  const transform = (bytes: Uint8Array, key: number) => Buffer.from(bytes.map((byte, i) => byte ^ ((key + i) % 256)));
  return {
    isEncryptionAvailable: () => store.available,
    encryptString: (text: string) => {
      if (!store.available) throw new Error('Encryption is not available.');
      return Buffer.concat([Buffer.from('v11'), transform(Buffer.from(text, 'utf8'), store.osKey)]);
    },
    decryptString: (encrypted: Buffer) => {
      if (!store.available) throw new Error('Decryption is not available.');
      if (encrypted.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting the ciphertext');
      return transform(encrypted.subarray(3), store.osKey).toString('utf8');
    },
    getSelectedStorageBackend: () => store.backend,
  };
}

let store: KeyStore;
let platform: NodeJS.Platform;

beforeEach(() => {
  store = { available: true, osKey: 0x5a, backend: 'gnome_libsecret' };
  platform = 'linux';
});

const notHere = () => {
  throw new Error('not part of these tests');
};

/** The data key operations as src-main/main/handlers/index.ts wires them (it also loads printing, which needs Electron). */
function handlers(powerMonitor?: SystemLockMonitor): BridgeHandlers {
  const deps = { safeStorage: fakeSafeStorage(store), platform };
  const locks = powerMonitor ? systemLockWatcher(powerMonitor) : undefined;
  return {
    appInfo: notHere,
    saveFile: notHere,
    openFile: notHere,
    listPrinters: notHere,
    printPdf: notHere,
    openPdf: notHere,
    serverEnrol: notHere,
    serverConnection: notHere,
    serverForget: notHere,
    serverRequest: notHere,
    protectDataKey: (request) => protectDataKey(deps, request),
    unprotectDataKey: (request) => unprotectDataKey(deps, request),
    nextSystemLock: () => (locks ?? notHere()).next(),
  };
}

function call<K extends DesktopOperation>(operation: K, ...args: OperationArgs<K>) {
  return runOperation(operation, handlers(), args);
}

/** Calls with arguments the contract's types would not allow, as a compromised renderer could. */
function callUntyped(operation: DesktopOperation, ...args: unknown[]) {
  return runOperation(operation, handlers(), args);
}

const dataKey = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) % 256);

async function sealed(): Promise<ProtectedDataKey> {
  const result = await call('protectDataKey', { key: dataKey });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('protectDataKey and unprotectDataKey on the desktop', () => {
  it('seals the key with the OS key store and opens it again', async () => {
    const protectedKey = await sealed();
    expect(protectedKey.protection).toBe('os-keychain');
    expect(protectedKey.sealed).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(protectedKey.sealed).includes(Buffer.from(dataKey))).toBe(false);
    expect(Buffer.from(protectedKey.sealed).toString('latin1')).not.toContain(Buffer.from(dataKey).toString('base64'));

    const opened = await call('unprotectDataKey', protectedKey);
    expect(opened).toEqual({ ok: true, value: { key: dataKey } });
  });

  it('says so when Linux has no keyring and Electron falls back to basic_text, but still seals', async () => {
    store.backend = 'basic_text';
    const protectedKey = await sealed();
    expect(protectedKey.protection).toBe('os-basic-text');
    expect(Buffer.from(protectedKey.sealed).includes(Buffer.from(dataKey))).toBe(false);
    await expect(call('unprotectDataKey', protectedKey)).resolves.toEqual({ ok: true, value: { key: dataKey } });
  });

  it('does not claim a keychain when the Linux backend is undetermined', async () => {
    store.backend = 'unknown';
    expect((await sealed()).protection).toBe('os-basic-text');
  });

  it('looks at the backend only on Linux', async () => {
    store.backend = 'basic_text';
    platform = 'win32';
    expect((await sealed()).protection).toBe('os-keychain');
  });

  it('refuses to seal while the OS key store is unavailable', async () => {
    store.available = false;
    const result = await call('protectDataKey', { key: dataKey });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'secure-storage-unavailable', message: expect.stringContaining('密钥存储不可用') },
    });
  });

  it('tells an unavailable key store apart from a changed one when opening', async () => {
    const protectedKey = await sealed();
    store.available = false;
    await expect(call('unprotectDataKey', protectedKey)).resolves.toMatchObject({
      ok: false,
      error: { code: 'secure-storage-unavailable' },
    });
    store.available = true;
    await expect(call('unprotectDataKey', protectedKey)).resolves.toEqual({ ok: true, value: { key: dataKey } });
  });

  it('reports a changed OS key, in Chinese, when the key store decrypts to something else', async () => {
    const protectedKey = await sealed();
    store.osKey = 0x33;
    const result = await call('unprotectDataKey', protectedKey);
    expect(result).toEqual({ ok: false, error: { code: 'os-key-changed', message: OS_KEY_CHANGED_MESSAGE } });
    expect(OS_KEY_CHANGED_MESSAGE).toBe(
      '本机系统密钥已变更，无法解开本机加密数据。原数据保持不动；请用“从备份恢复”找回数据，或在原系统账户下登录。',
    );
  });

  it('reports a changed OS key when the key store refuses the sealed bytes', async () => {
    const protectedKey = await sealed();
    const foreign = { ...protectedKey, sealed: Uint8Array.from(Buffer.from('v10 sealed elsewhere')) };
    await expect(call('unprotectDataKey', foreign)).resolves.toEqual({
      ok: false,
      error: { code: 'os-key-changed', message: OS_KEY_CHANGED_MESSAGE },
    });
  });

  it('reports a changed OS key when the opened text is not a 32-byte key', async () => {
    const safeStorage = fakeSafeStorage(store);
    for (const text of [
      '',
      'not base64 at all',
      Buffer.alloc(31).toString('base64'),
      Buffer.alloc(33).toString('base64'),
    ]) {
      const wrong = { sealed: new Uint8Array(safeStorage.encryptString(text)), protection: 'os-keychain' as const };
      await expect(call('unprotectDataKey', wrong)).resolves.toMatchObject({
        ok: false,
        error: { code: 'os-key-changed' },
      });
    }
  });

  it('gives back a key kept without OS protection as it is', async () => {
    await expect(call('unprotectDataKey', { sealed: dataKey, protection: 'none' })).resolves.toEqual({
      ok: true,
      value: { key: dataKey },
    });
    await expect(
      call('unprotectDataKey', { sealed: dataKey.subarray(0, 31), protection: 'none' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'os-key-changed' } });
  });

  it.each([
    ['protectDataKey', [], '请求格式'],
    ['protectDataKey', [{ key: dataKey }, 'extra'], '请求格式'],
    ['protectDataKey', [null], '请求格式'],
    ['protectDataKey', [{ key: Array.from(dataKey) }], 'key'],
    ['protectDataKey', [{ key: Buffer.from(dataKey).toString('base64') }], 'key'],
    ['protectDataKey', [{ key: new Uint8Array(31) }], '32 字节'],
    ['protectDataKey', [{ key: new Uint8Array(33) }], '32 字节'],
    ['protectDataKey', [{ key: dataKey, protection: 'none' }], '未知字段'],
    ['unprotectDataKey', [{ sealed: new Uint8Array(4097), protection: 'os-keychain' }], 'sealed'],
    ['unprotectDataKey', [{ sealed: new Uint8Array(0), protection: 'os-keychain' }], 'sealed'],
    ['unprotectDataKey', [{ sealed: 'AAAA', protection: 'os-keychain' }], 'sealed'],
    ['unprotectDataKey', [{ sealed: new Uint8Array(80), protection: 'dpapi' }], '保护方式'],
    ['unprotectDataKey', [{ sealed: new Uint8Array(80) }], '保护方式'],
    ['unprotectDataKey', [{ sealed: new Uint8Array(80), protection: 'none', extra: 1 }], '未知字段'],
    ['nextSystemLock', [{}], '不接受参数'],
  ] as const)('refuses %s with %j', async (operation, args, words) => {
    await expect(callUntyped(operation, ...args)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining(words) },
    });
  });

  it('accepts a sealed key up to 4096 bytes', async () => {
    const result = await call('unprotectDataKey', { sealed: new Uint8Array(4096), protection: 'os-keychain' });
    expect(result).toMatchObject({ ok: false, error: { code: 'os-key-changed' } });
  });
});

describe('nextSystemLock on the desktop', () => {
  /** Electron's powerMonitor is an EventEmitter; only its events matter here. */
  function powerMonitor() {
    const emitter = new EventEmitter();
    const listeners = () => emitter.listenerCount('lock-screen') + emitter.listenerCount('suspend');
    return { emitter, monitor: emitter as unknown as SystemLockMonitor, listeners };
  }

  /** Whether a promise has settled, without waiting for it. */
  async function settledYet(promise: Promise<unknown>): Promise<boolean> {
    const pending = Symbol('pending');
    return (await Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(pending), 0))])) !== pending;
  }

  it.each(['lock-screen', 'suspend'] as const)('answers on %s', async (reason) => {
    const power = powerMonitor();
    const bridge = handlers(power.monitor);
    const next = runOperation('nextSystemLock', bridge, []);
    expect(await settledYet(next)).toBe(false);
    power.emitter.emit(reason);
    await expect(next).resolves.toEqual({ ok: true, value: { reason } satisfies SystemLock });
  });

  it('answers every waiting call, then holds no listeners until asked again', async () => {
    const power = powerMonitor();
    const bridge = handlers(power.monitor);
    const waiting = [1, 2, 3].map(() => runOperation('nextSystemLock', bridge, []));
    await Promise.resolve();
    expect(power.listeners()).toBe(2);

    power.emitter.emit('suspend');
    await expect(Promise.all(waiting)).resolves.toEqual(
      Array.from({ length: 3 }, () => ({ ok: true, value: { reason: 'suspend' } })),
    );
    expect(power.listeners()).toBe(0);

    // A second event, with nobody waiting, answers nobody; the next call waits for the next event.
    power.emitter.emit('lock-screen');
    const next = runOperation('nextSystemLock', bridge, []);
    expect(await settledYet(next)).toBe(false);
    power.emitter.emit('lock-screen');
    await expect(next).resolves.toEqual({ ok: true, value: { reason: 'lock-screen' } });
  });

  it('does not grow the listeners over a long life of polling', async () => {
    const power = powerMonitor();
    const bridge = handlers(power.monitor);
    for (let round = 0; round < 50; round += 1) {
      const next = runOperation('nextSystemLock', bridge, []);
      await Promise.resolve();
      expect(power.listeners()).toBe(2);
      power.emitter.emit(round % 2 === 0 ? 'lock-screen' : 'suspend');
      await expect(next).resolves.toMatchObject({ ok: true });
    }
    expect(power.listeners()).toBe(0);
  });
});
