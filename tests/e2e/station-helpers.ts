import { expect, type Locator, type Page } from '@playwright/test';
import { chooseFiles, dismissNotices } from './card-helpers';
import { choose, fill } from './helpers';

/** Steps of the 人才驿站 files, shared by the end-to-end specs. */

export const EVIDENCE = 'tests/e2e/fixtures/tiny.png';

/**
 * Sets the page's clock to a morning in Weihai, then lets a minute pass so
 * that the pages open now notice the new day as they would at midnight.
 */
export async function setToday(page: Page, date: string): Promise<void> {
  await page.clock.setSystemTime(new Date(`${date}T09:00:00+08:00`));
  await page.clock.fastForward('01:00');
}

/** Opens a section from the main navigation. */
export async function openSection(page: Page, label: '人才驿站' | '工作台'): Promise<void> {
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: new RegExp(`^${label}`) })
    .click();
}

export interface NewStation {
  name: string;
  hostName: string;
  uscc: string;
  district: string;
}

/** Files a new station with every field of its 基本信息, each 第六条 condition with one evidence file. */
export async function createStation(page: Page, station: NewStation): Promise<void> {
  await openSection(page, '人才驿站');
  await page.getByRole('link', { name: '新建驿站' }).click();
  await fill(page, '驿站名称', station.name);
  await choose(page, '驿站类型', '综合型');
  await fill(page, '依托单位名称', station.hostName);
  await fill(page, '统一社会信用代码', station.uscc);
  await choose(page, '所在区市', station.district);
  await fill(page, '依托单位地址', '威海市环翠区世昌大道 288 号');
  await page.getByRole('radio', { name: '经区市人力资源社会保障部门推荐' }).check();
  await fill(page, '联系人 1 姓名', '刘洋');
  await fill(page, '联系人 1 职务', '驿站负责人');
  await fill(page, '联系人 1 电话', '0631-5190505');
  await page.keyboard.press('Tab');
  for (const duty of ['交流对接的纽带', '咨询服务的阵地', '人才联谊的空间']) {
    await page.getByRole('checkbox', { name: duty }).check();
  }
  for (const n of ['一', '二', '三', '四']) {
    await page.getByRole('textbox', { name: `条件（${n}）说明` }).fill(`条件（${n}）的落实情况说明`);
    await page.keyboard.press('Tab');
    await chooseFiles(page, page.getByRole('button', { name: `上传条件（${n}）证明材料` }), EVIDENCE);
    await expect(page.getByRole('button', { name: `查看条件（${n}）证明材料第 1 份` })).toBeVisible();
  }
  await page.getByRole('button', { name: '保存驿站' }).click();
  await expect(page.getByTestId('station-status')).toHaveText('草稿');
  await dismissNotices(page);
}

export async function openTab(page: Page, tab: string): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

/** Opens a step's dialog from its button on the station page. */
export async function openStep(page: Page, step: string): Promise<Locator> {
  await page.getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: step });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Fills a dialog's text fields (label → value). */
export async function fillDialog(dialog: Locator, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    await dialog.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
}

/** Confirms a dialog and waits until it has closed (the step was recorded). */
export async function confirm(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotices(page);
}

/** Opens the 工作台. */
export async function openWorkbench(page: Page): Promise<void> {
  await openSection(page, '工作台');
}

/** Back to the station's page from the 人才驿站 list. */
export async function openStation(page: Page, name: string): Promise<void> {
  await openSection(page, '人才驿站');
  await page.getByRole('table', { name: '人才驿站列表' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}
