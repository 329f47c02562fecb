import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import type { BridgeHandlers } from '../../../src-shared/bridge/run';
import type { Fetch } from '../../../src-shared/bridge/server-client';
import { protectDataKey, type SystemLockMonitor, systemLockWatcher, unprotectDataKey } from './data-key';
import { openFile, saveFile } from './files';
import { listPrinters, openPdf, printPdf } from './printing';
import { type ServerDeps, serverClient } from './server';

export interface HandlerDeps {
  app: Pick<App, 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openPath'>;
  window: () => BrowserWindow | null;
  safeStorage: ServerDeps['safeStorage'];
  /** Electron's powerMonitor, for the screen lock and suspend events. */
  powerMonitor: SystemLockMonitor;
  /** Electron's net.fetch (the system's proxy settings apply). */
  fetch: Fetch;
}

/** The desktop implementation of every bridge operation. */
export function createHandlers(deps: HandlerDeps): BridgeHandlers {
  const files = { dialog: deps.dialog, window: deps.window, defaultFolder: () => deps.app.getPath('documents') };
  const printing = { window: deps.window, shell: deps.shell, tempFolder: () => deps.app.getPath('temp') };
  const server = serverClient({
    safeStorage: deps.safeStorage,
    dataDir: () => deps.app.getPath('userData'),
    fetch: deps.fetch,
  });
  const dataKey = { safeStorage: deps.safeStorage };
  const systemLocks = systemLockWatcher(deps.powerMonitor);
  return {
    appInfo: () => ({
      version: deps.app.getVersion(),
      dataDir: deps.app.getPath('userData'),
      mode: 'desktop',
      platform: process.platform,
    }),
    saveFile: (request) => saveFile(files, request),
    openFile: (request) => openFile(files, request),
    listPrinters: () => listPrinters(printing),
    printPdf: (request) => printPdf(printing, request),
    openPdf: (request) => openPdf(printing, request),
    serverEnrol: (request) => server.enrol(request),
    serverConnection: () => server.connection(),
    serverForget: () => server.forget(),
    serverRequest: (request) => server.request(request),
    protectDataKey: (request) => protectDataKey(dataKey, request),
    unprotectDataKey: (request) => unprotectDataKey(dataKey, request),
    nextSystemLock: () => systemLocks.next(),
  };
}
