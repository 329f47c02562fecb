import type { BrowserWindow, IpcMainInvokeEvent, WebPreferences } from 'electron';
import { isAppUrl } from './app-url';

/** The renderer's web preferences: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** Only the main frame of the app's own window, showing the app's own page, may call the bridge. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  devServerUrl: string | undefined,
): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  return (
    event.sender === window.webContents && frame === window.webContents.mainFrame && isAppUrl(frame.url, devServerUrl)
  );
}
