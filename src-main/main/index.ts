import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  type BrowserWindow,
  dialog,
  ipcMain,
  net,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron';
import { createHandlers } from './handlers';
import { clearTempPdfs } from './handlers/printing';
import { registerBridgeHandlers } from './ipc';
import { APP_SCHEME_PRIVILEGES, serveRenderer } from './protocol';
import { applySecurityPolicy } from './security';
import { createMainWindow } from './window';
import { isTrustedSender } from './window-policy';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;

app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  const temp = { tempFolder: () => app.getPath('temp') };
  void app.whenReady().then(() => {
    void clearTempPdfs(temp);
    applySecurityPolicy(app, session.defaultSession, devServerUrl);
    serveRenderer(protocol, join(outDir, 'renderer'));
    const handlers = createHandlers({
      app,
      dialog,
      shell,
      safeStorage,
      powerMonitor,
      fetch: (input, init) => net.fetch(input, init),
      window: () => mainWindow,
    });
    registerBridgeHandlers(ipcMain, handlers, (event) => isTrustedSender(event, mainWindow, devServerUrl));
    mainWindow = createMainWindow(outDir, devServerUrl);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void clearTempPdfs(temp));
}
