import { existsSync } from 'node:fs';
import { _electron as electron, expect, test } from '@playwright/test';
import { DESKTOP_OPERATIONS } from '../../src-shared/bridge/contract';
import { signInIfAsked } from '../e2e/helpers';
import { findElectronRuntime } from './runtime';

const runtime = findElectronRuntime();

test.describe('the desktop app', () => {
  test.skip(!runtime.available, runtime.available ? '' : runtime.reason);

  test('launches with a locked-down window and a working bridge', async () => {
    if (!runtime.available) return;
    expect(existsSync('out/main/index.js'), '先运行 npm run build').toBe(true);
    // Chromium refuses to start as root without --no-sandbox; the renderer sandbox below is separate.
    const args = process.getuid?.() === 0 ? ['--no-sandbox', 'out/main/index.js'] : ['out/main/index.js'];
    const app = await electron.launch({ executablePath: runtime.executablePath, args });
    try {
      const page = await app.firstWindow();
      await signInIfAsked(page);
      await expect(page.getByRole('heading', { level: 2, name: '工作台' })).toBeVisible();

      const preferences = await app.evaluate(({ BrowserWindow }) => {
        const [main] = BrowserWindow.getAllWindows();
        // Not in Electron's typings, but the documented way its own tests read the applied preferences.
        const contents = main?.webContents as unknown as
          | { getLastWebPreferences(): Record<string, unknown> }
          | undefined;
        const prefs = contents?.getLastWebPreferences();
        return {
          contextIsolation: prefs?.contextIsolation,
          sandbox: prefs?.sandbox,
          nodeIntegration: prefs?.nodeIntegration,
          webSecurity: prefs?.webSecurity,
          url: main?.webContents.getURL(),
        };
      });
      expect(preferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
      });
      expect(preferences.url).toMatch(/^app:\/\/bundle\//);

      const exposed = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        desktop: Object.keys(window.desktop ?? {}).sort(),
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        desktop: [...DESKTOP_OPERATIONS].sort(),
      });

      const info = await page.evaluate(() => window.desktop?.appInfo());
      expect(info).toMatchObject({ ok: true, value: { mode: 'desktop' } });
      await expect(page.getByTestId('browser-mode')).toHaveCount(0);

      const popup = await page.evaluate(() => window.open('https://example.org/') === null);
      expect(popup).toBe(true);
      await page.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/bundle\//);
    } finally {
      await app.close();
    }
  });
});
