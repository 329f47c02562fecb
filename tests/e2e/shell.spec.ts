import { expect, test } from '@playwright/test';
import { openApp, watchForErrors } from './helpers';

const SECTIONS = [
  { label: '工作台', hash: '#/' },
  { label: '申领登记', hash: '#/applications' },
  { label: '英才卡', hash: '#/cards' },
  { label: '统计报表', hash: '#/reports' },
  { label: '人才驿站', hash: '#/stations' },
  { label: '同步', hash: '#/sync' },
  { label: '设置', hash: '#/settings' },
];

test('the shell opens in Chinese and every navigation item leads to its page', async ({ page }) => {
  const errors = watchForErrors(page);
  await openApp(page);
  await expect(page).toHaveTitle('威海英才卡服务窗口');
  await expect(page.getByTestId('browser-mode')).toHaveText('浏览器模式');
  await expect(page.getByTestId('network-status')).toHaveText('在线');

  const navigation = page.getByRole('navigation', { name: '主导航' });
  await expect(navigation.getByRole('link')).toHaveText(SECTIONS.map((section) => new RegExp(`^${section.label}`)));

  for (const section of SECTIONS) {
    await navigation.getByRole('link', { name: section.label }).click();
    await expect(page).toHaveURL(new RegExp(`${section.hash.replace('/', '\\/')}$`));
    await expect(page.getByRole('heading', { level: 2, name: section.label, exact: true })).toBeVisible();
    await expect(navigation.getByRole('link', { name: section.label })).toHaveAttribute('data-active', 'true');
    await page.screenshot({ path: `test-results/screenshots/shell-${section.hash.slice(2) || 'workbench'}.png` });
  }
  expect(errors).toEqual([]);
});

test('设置 shows the app version and browser mode through the bridge', async ({ page }) => {
  await openApp(page, '/#/settings');
  const info = page.getByRole('table', { name: '本机信息' });
  await expect(info.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(info).toContainText('浏览器模式');
  await expect(info).toContainText('浏览器本地存储（IndexedDB）');
});

test('the header shows when the network is lost and when it returns', async ({ page, context }) => {
  await openApp(page);
  await context.setOffline(true);
  await expect(page.getByTestId('network-status')).toHaveText('离线');
  await context.setOffline(false);
  await expect(page.getByTestId('network-status')).toHaveText('在线');
});

test('the page refuses inline scripts (Content-Security-Policy)', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  const ranInline = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ranInline).toBe(false);
});
