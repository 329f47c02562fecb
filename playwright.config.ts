import { defineConfig } from '@playwright/test';

const port = Number(process.env.WEB_PORT ?? 4173);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  outputDir: 'test-results/playwright',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  reporter: [['list'], ['./tests/reporters/skip-reasons.ts']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'browser',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${port}`,
        locale: 'zh-CN',
        screenshot: 'only-on-failure',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1366, height: 860 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    command: 'npm run web',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
