import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import type { BridgeHandlers } from '../../../src-shared/bridge/run';
import { openFile, saveFile } from './files';
import { listPrinters, openPdf, printPdf } from './printing';

export interface HandlerDeps {
  app: Pick<App, 'getVersion' | 'getPath'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  shell: Pick<Shell, 'openPath'>;
  window: () => BrowserWindow | null;
}

/** The desktop implementation of every bridge operation. */
export function createHandlers(deps: HandlerDeps): BridgeHandlers {
  const files = { dialog: deps.dialog, window: deps.window, defaultFolder: () => deps.app.getPath('documents') };
  const printing = { window: deps.window, shell: deps.shell, tempFolder: () => deps.app.getPath('temp') };
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
  };
}
