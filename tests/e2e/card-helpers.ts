import { expect, type Locator, type Page } from '@playwright/test';
import {
  choose,
  createProjectInline,
  fill,
  fillApplicant,
  newApplication,
  next,
  openApp,
  type Person,
} from './helpers';

/** Steps of the card workflow shared by the end-to-end specs. */

/** This device as the city's window (市级（市直）): it acts as city and may take every step. */
export async function setUpCityDevice(page: Page, staffName = '陈市级'): Promise<void> {
  await openApp(page, '/#/settings');
  await choose(page, '本机所属区市', '市级（市直）');
  await fill(page, '工作人员姓名', staffName);
  // 设置 has other cards with their own 保存.
  const profile = page.locator('form').filter({ has: page.getByRole('combobox', { name: '本机所属区市' }) });
  await profile.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('device-code')).toContainText('本机代码');
}

/** Fills every step of the 商务精英类 wizard with a new project and registers; returns the 申领编号. */
export async function registerApplication(page: Page, person: Person, project: string): Promise<string> {
  await newApplication(page);
  const header = await page.getByText(/^申领编号 \d{4}/).textContent();
  const number = /申领编号 (\S+)/.exec(header ?? '')?.[1] ?? '';
  await fillApplicant(page, person);
  await next(page);
  await next(page); // 照片: none.
  await page.getByRole('button', { name: '添加一段经历' }).click();
  await fill(page, '第1段经历 起始年月', '2012-07');
  await fill(page, '第1段经历 截止年月', '2018-12');
  await fill(page, '第1段经历 单位', '青岛海洋生物科技有限公司');
  await fill(page, '第1段经历 职务', '研发经理');
  await next(page);
  await createProjectInline(page, project);
  await expect(page.getByTestId('quota-left')).toBeVisible();
  await next(page);
  await fill(page, '申领单位（招商任务部门）', '市商务局');
  await page.getByRole('textbox', { name: '申领单位意见' }).fill('该同志为项目关键核心成员，同意推荐。');
  await fill(page, '经办人', '李经办');
  await fill(page, '日期', '2026.11.20');
  await next(page);
  await page.getByRole('button', { name: '完成登记' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '申领登记', exact: true })).toBeVisible();
  return number;
}

/** From the 核对 step: 打印申领登记表, downloaded as a PDF in browser mode, which makes it 待盖章. */
export async function printForSeal(page: Page): Promise<void> {
  await page.getByRole('button', { name: '打印申领登记表' }).click();
  const dialog = page.getByRole('dialog', { name: '打印申领登记表' });
  await expect(dialog.getByRole('button', { name: '下载 PDF' })).toBeEnabled({ timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载 PDF' }).click();
  await downloading;
  await expect(dialog.getByRole('status')).toContainText('1 份申领状态已改为“待盖章”');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('待盖章');
}

/** 归档盖章件 with a photo that has no readable QR code: staff confirm it is this application's. */
export async function fileStampedCopy(page: Page, photo: string): Promise<void> {
  await page.getByRole('button', { name: '归档盖章件' }).click();
  const dialog = page.getByRole('dialog', { name: /^归档盖章件/ });
  await chooseFiles(page, dialog.getByRole('button', { name: '选择盖章件' }), photo);
  await expect(dialog.getByText('未能识别盖章件上的二维码')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('checkbox', { name: /^我已人工核对/ }).check();
  await dialog.getByRole('button', { name: '归档', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('application-status')).toHaveText('已盖章');
}

/** Clicks a button that opens the file picker and answers it. */
export async function chooseFiles(page: Page, button: Locator, ...paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(paths);
}

/**
 * Takes a review step from the card page: opens its dialog, fills its fields
 * (label → value) and confirms; waits for the status it leads to.
 */
export async function takeCardStep(
  page: Page,
  step: string,
  fields: Record<string, string>,
  status: string,
): Promise<void> {
  await page.getByRole('region', { name: '办理' }).getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${step}`) });
  for (const [label, value] of Object.entries(fields)) {
    await dialog.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('card-status')).toHaveText(status);
}

/** Closes the notices in the corner, so that a screenshot shows the page beneath. */
export async function dismissNotices(page: Page): Promise<void> {
  const close = page.locator('.mantine-Notification-closeButton');
  // A notice may close by itself meanwhile: a click that finds nothing is no failure, a notice left is.
  for (const button of await close.all()) await button.click({ timeout: 1000 }).catch(() => undefined);
  await expect(close).toHaveCount(0);
}

/** A row of one of the card page's label–value tables (有效期, 持卡人). */
export function fact(page: Page, table: string, label: string): Locator {
  return page.getByRole('table', { name: table }).getByRole('row', { name: new RegExp(`^${label}`) });
}
