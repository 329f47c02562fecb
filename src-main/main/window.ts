import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { rendererUrl } from './app-url';
import { secureWebPreferences } from './window-policy';

export function createMainWindow(outDir: string, devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    title: '威海英才卡服务窗口',
    show: false,
    backgroundColor: '#f8f9fa',
    // The analyser does not follow this call and reports its settings missing: scripts/electron-security-allow.json.
    webPreferences: secureWebPreferences(join(outDir, 'preload', 'index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl(devServerUrl));
  return window;
}
