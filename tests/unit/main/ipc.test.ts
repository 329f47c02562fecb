import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { registerBridgeHandlers, type SenderCheck } from '../../../src-main/main/ipc';
import { BridgeFailure, channelOf, DESKTOP_OPERATIONS } from '../../../src-shared/bridge/contract';
import type { BridgeHandlers } from '../../../src-shared/bridge/run';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** Electron's ipcMain at the boundary: it only records what is registered. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  return {
    handle: (channel: string, listener: Listener) => {
      listeners.set(channel, listener);
    },
    call: (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const listener = listeners.get(channel);
      if (!listener) throw new Error(`nothing registered on ${channel}`);
      return listener(event, ...args);
    },
    channels: () => [...listeners.keys()],
  };
}

function handlers(overrides: Partial<BridgeHandlers> = {}): BridgeHandlers {
  return {
    appInfo: () => ({ version: '1.2.3', dataDir: '/data', mode: 'desktop', platform: 'linux' }),
    saveFile: () => ({ saved: true, location: '/tmp/x.pdf' }),
    openFile: () => [],
    listPrinters: () => [],
    printPdf: () => ({ printed: true }),
    openPdf: () => ({ opened: true }),
    serverEnrol: () => {
      throw new Error('not called in these tests');
    },
    serverConnection: () => null,
    serverForget: () => ({ forgotten: true }),
    serverRequest: () => ({ status: 200, body: null }),
    protectDataKey: ({ key }) => ({ sealed: key, protection: 'none' }),
    unprotectDataKey: ({ sealed }) => ({ key: sealed }),
    nextSystemLock: () => ({ reason: 'suspend' }),
    ...overrides,
  };
}

const ownWindow = { sender: { id: 1 } } as unknown as IpcMainInvokeEvent;
const foreignWindow = { sender: { id: 2 } } as unknown as IpcMainInvokeEvent;
const onlyOwnWindow: SenderCheck = (event) => event.sender.id === 1;

describe('registerBridgeHandlers', () => {
  it('registers one channel per operation of the contract', () => {
    const ipc = fakeIpcMain();
    registerBridgeHandlers(ipc, handlers(), onlyOwnWindow);
    expect(ipc.channels().sort()).toEqual(DESKTOP_OPERATIONS.map(channelOf).sort());
  });

  it('answers the app’s own window with a value', async () => {
    const ipc = fakeIpcMain();
    registerBridgeHandlers(ipc, handlers(), onlyOwnWindow);
    await expect(ipc.call(channelOf('appInfo'), ownWindow)).resolves.toEqual({
      ok: true,
      value: { version: '1.2.3', dataDir: '/data', mode: 'desktop', platform: 'linux' },
    });
  });

  it('refuses a foreign sender with an error value, without running the handler', async () => {
    const ipc = fakeIpcMain();
    const saveFile = vi.fn(() => ({ saved: true as const, location: '/etc/passwd' }));
    registerBridgeHandlers(ipc, handlers({ saveFile }), onlyOwnWindow);
    const result = await ipc.call(channelOf('saveFile'), foreignWindow, {
      suggestedName: 'a.pdf',
      data: new Uint8Array([1]),
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden-sender', message: expect.stringContaining('拒绝') },
    });
    expect(saveFile).not.toHaveBeenCalled();
  });

  it('rejects malformed arguments before the handler sees them', async () => {
    const ipc = fakeIpcMain();
    const printPdf = vi.fn(() => ({ printed: true as const }));
    registerBridgeHandlers(ipc, handlers({ printPdf }), onlyOwnWindow);
    const result = await ipc.call(channelOf('printPdf'), ownWindow, {
      pdf: new Uint8Array([37, 80]),
      printer: 'HP',
      copies: 1000,
      title: '申领登记表',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('份数') },
    });
    expect(printPdf).not.toHaveBeenCalled();
  });

  it('turns a thrown failure into an error value with its code', async () => {
    const ipc = fakeIpcMain();
    registerBridgeHandlers(
      ipc,
      handlers({
        saveFile: () => {
          throw new BridgeFailure('io', '文件未能保存：磁盘空间不足。');
        },
      }),
      onlyOwnWindow,
    );
    const result = await ipc.call(channelOf('saveFile'), ownWindow, {
      suggestedName: 'a.pdf',
      data: new Uint8Array([1]),
    });
    expect(result).toEqual({ ok: false, error: { code: 'io', message: '文件未能保存：磁盘空间不足。' } });
  });

  it('hides unexpected errors behind a generic message and logs no arguments', async () => {
    const ipc = fakeIpcMain();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerBridgeHandlers(
      ipc,
      handlers({
        openPdf: async () => {
          throw new Error('ENOENT /home/staff/370102199003071234.pdf');
        },
      }),
      onlyOwnWindow,
    );
    const result = await ipc.call(channelOf('openPdf'), ownWindow, { pdf: new Uint8Array([1]), title: '张三' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('370102');
    expect(JSON.stringify(log.mock.calls)).not.toContain('370102');
  });
});
