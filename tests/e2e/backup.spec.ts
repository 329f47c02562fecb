import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { chooseFiles } from './card-helpers';
import { fillApplicant, newApplication, openApp, setUpDevice } from './helpers';

const PASSPHRASE = '海边的驿站2026';
const shot = (name: string) => `test-results/screenshots/backup-${name}.png`;

test('a backup made in 设置 restores into a wiped profile, with the record it held', async ({ browser }, testInfo) => {
  const before = await browser.newContext();
  const page = await before.newPage();
  await setUpDevice(page);
  await newApplication(page);
  await fillApplicant(page, {
    name: '孙备份',
    idNumber: '370102198506150013',
    phone: '13912345678',
    ethnicity: '汉族',
  });
  await expect(page.getByTestId('save-state')).toContainText('草稿已保存');

  await page.getByRole('link', { name: /^设置/ }).click();
  await page.getByRole('button', { name: '导出备份', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('备份密码', { exact: true }).fill(PASSPHRASE);
  await dialog.getByLabel('再次输入备份密码', { exact: true }).fill(PASSPHRASE);
  // Full personal data leaves the device only once the box is ticked.
  await expect(dialog.getByRole('button', { name: '导出备份文件' })).toBeDisabled();
  await dialog.getByLabel('我了解备份文件包含全部个人信息（未脱敏），将妥善保管').check();
  await page.screenshot({ path: shot('export') });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出备份文件' }).click();
  const file = testInfo.outputPath('backup.whbak');
  await (await download).saveAs(file);
  // The file holds no readable 证件号码 or name.
  const bytes = await readFile(file);
  expect(bytes.includes('370102198506150013')).toBe(false);
  expect(bytes.includes(Buffer.from('孙备份'))).toBe(false);
  await before.close();

  // Another browser profile: nothing in it but the first staff account.
  const after = await browser.newContext();
  const fresh = await after.newPage();
  await openApp(fresh, '/#/settings');
  await fresh.getByRole('button', { name: '从备份恢复', exact: true }).click();
  const restore = fresh.getByRole('dialog');
  await chooseFiles(fresh, restore.getByRole('button', { name: '选择备份文件' }), file);
  await expect(restore.getByTestId('backup-file-name')).toContainText('.whbak');
  await restore.getByLabel('备份密码', { exact: true }).fill('不是这个密码123');
  await restore.getByRole('button', { name: '读取备份' }).click();
  await expect(restore.getByText('备份密码不正确')).toBeVisible();
  await restore.getByLabel('备份密码', { exact: true }).fill(PASSPHRASE);
  await restore.getByRole('button', { name: '读取备份' }).click();
  await expect(restore.getByRole('button', { name: '确认恢复' })).toBeVisible({ timeout: 20_000 });
  await fresh.screenshot({ path: shot('plan') });
  await restore.getByRole('button', { name: '确认恢复' }).click();
  await expect(restore.getByRole('button', { name: '关闭' })).toBeVisible({ timeout: 20_000 });
  await fresh.screenshot({ path: shot('restored') });
  await restore.getByRole('button', { name: '关闭' }).click();

  await fresh.getByRole('link', { name: /^申领登记/ }).click();
  const row = fresh.getByRole('row', { name: /孙备份/ });
  await expect(row).toBeVisible();
  // Masked in the list, as before the backup.
  await expect(row).not.toContainText('370102198506150013');
  await after.close();
});
