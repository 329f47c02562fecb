import { expect, type Page, test } from '@playwright/test';
import { choose, newApplication, openApp, STAFF, setUpDevice, signInIfAsked, watchForErrors } from './helpers';

const SHOTS = 'test-results/screenshots';

const lockScreen = (page: Page) => page.getByRole('dialog', { name: '已锁定' });

async function tryToUnlock(page: Page, pin: string): Promise<void> {
  await lockScreen(page).getByLabel('PIN 或密码', { exact: true }).fill(pin);
  await lockScreen(page).getByRole('button', { name: '解锁', exact: true }).click();
}

test('first use makes the staff account; the lock screen hides unsaved input, limits wrong PINs and gives the input back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = watchForErrors(page);
  await page.clock.install();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '首次使用', exact: true })).toBeVisible();
  await expect(page.getByText(/浏览器模式下数据只由 PIN 或密码加密，未使用操作系统密钥库/)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/session-first-use.png` });

  // A weak PIN and a mistyped second entry are refused next to their fields.
  await page.getByRole('textbox', { name: '姓名', exact: true }).fill(STAFF.name);
  await page.getByLabel('PIN 或密码', { exact: true }).fill('123456');
  await page.getByLabel('再次输入', { exact: true }).fill('123457');
  await page.getByRole('button', { name: '创建并开始使用' }).click();
  await expect(page.getByText('PIN 不能是重复或连续的数字')).toBeVisible();
  await expect(page.getByText('两次输入的 PIN 或密码不一致')).toBeVisible();
  await signInIfAsked(page);
  await expect(page.getByTestId('signed-in-staff')).toHaveText(STAFF.name);

  await setUpDevice(page);
  await newApplication(page);
  const applicant = page.getByRole('textbox', { name: '姓名', exact: true });
  await applicant.fill('李未存');

  await page.getByRole('button', { name: '锁定', exact: true }).click();
  await expect(lockScreen(page)).toBeVisible();
  await expect(applicant).toBeHidden();
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/session-lock.png` });

  const unlockButton = lockScreen(page).getByRole('button', { name: '解锁', exact: true });
  await tryToUnlock(page, '135790');
  await expect(lockScreen(page).getByText('PIN 或密码不正确，再错 4 次后须等待才能再试')).toBeVisible();
  for (const left of [3, 2, 1]) {
    await tryToUnlock(page, '135790');
    await expect(lockScreen(page).getByText(`PIN 或密码不正确，再错 ${left} 次后须等待才能再试`)).toBeVisible();
  }
  await tryToUnlock(page, '135790');
  await expect(lockScreen(page).getByText(/已连续错误 5 次，请 30 秒/)).toBeVisible();
  await expect(unlockButton).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/session-lock-throttled.png` });

  // The right PIN does not help before the wait is over; the button comes back by itself after it.
  await page.clock.fastForward('00:20');
  await expect(unlockButton).toBeDisabled();
  await page.clock.fastForward('00:11');
  await expect(unlockButton).toBeEnabled();
  await tryToUnlock(page, STAFF.pin);
  await expect(lockScreen(page)).toBeHidden();
  await expect(applicant).toBeVisible();
  await expect(applicant).toHaveValue('李未存');
  expect(errors).toEqual([]);
});

test('the app locks itself after the idle time set in 设置, and on Ctrl+L; a reload asks who signs in', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await openApp(page, '/#/settings');
  const security = page.locator('.mantine-Paper-root').filter({ has: page.getByRole('heading', { name: '安全' }) });
  await expect(security.getByTestId('security-staff')).toHaveText(STAFF.name);
  await expect(security).toContainText('浏览器模式：未使用操作系统密钥库');

  // Typed only once the stored value has loaded, which would otherwise replace what was typed.
  await expect(security.getByRole('textbox', { name: /自动锁定（分钟）/ })).toHaveValue('10');
  await security.getByRole('textbox', { name: /自动锁定（分钟）/ }).fill('1');
  await security.getByRole('button', { name: '设定锁定时间' }).click();
  await expect(security.getByTestId('auto-lock-saved')).toBeVisible();
  await page.clock.fastForward('00:50');
  await expect(lockScreen(page)).toBeHidden();
  await page.clock.fastForward('00:11');
  await expect(lockScreen(page)).toBeVisible();
  await tryToUnlock(page, STAFF.pin);
  await expect(lockScreen(page)).toBeHidden();

  // Ctrl+L also while typing in a field.
  await security.getByRole('textbox', { name: /自动锁定（分钟）/ }).click();
  await page.keyboard.press('Control+L');
  await expect(lockScreen(page)).toBeVisible();
  await tryToUnlock(page, STAFF.pin);
  await expect(lockScreen(page)).toBeHidden();

  // A second staff member, who then appears at sign-in.
  await security.getByRole('button', { name: '添加工作人员' }).click();
  const form = page.getByRole('form', { name: '添加工作人员' });
  await form.getByRole('textbox', { name: '姓名', exact: true }).fill('李窗口');
  await form.getByLabel('PIN 或密码', { exact: true }).fill('Weihai-2026');
  await form.getByLabel('再次输入', { exact: true }).fill('Weihai-2026');
  await form.getByRole('button', { name: '添加此工作人员' }).click();
  await expect(security.getByTestId('staff-added')).toContainText('李窗口');
  await expect(security.getByTestId('security-staff-list')).toHaveText('李窗口、王窗口');
  await security.screenshot({ path: `${SHOTS}/session-security-card.png` });

  await page.reload();
  await expect(page.getByRole('heading', { name: '登录', exact: true })).toBeVisible();
  await choose(page, '工作人员', '李窗口');
  await page.screenshot({ path: `${SHOTS}/session-sign-in.png` });
  await page.getByLabel('PIN 或密码', { exact: true }).fill('Weihai-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('signed-in-staff')).toHaveText('李窗口');
  await expect(page.getByRole('heading', { level: 2, name: '设置' })).toBeVisible();
});
