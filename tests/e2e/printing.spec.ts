import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Download, expect, type Locator, type Page, test } from '@playwright/test';
import {
  createProjectInline,
  fill,
  fillApplicant,
  newApplication,
  next,
  openApp,
  type Person,
  setUpDevice,
  watchForErrors,
} from './helpers';

/** A photo with no QR code on it: a stamped copy the app cannot match by itself. */
const NO_QR_PHOTO = 'tests/e2e/fixtures/portrait.png';
const PROJECT = '威海海洋生物医药产业园项目';

/** Fills every step of the wizard and registers; returns the wizard's address and the 申领编号. */
async function registerApplication(
  page: Page,
  person: Person,
  project: 'create' | 'choose',
): Promise<{ url: string; number: string }> {
  const url = await newApplication(page);
  const header = await page.getByText(/^申领编号 \d{4}/).textContent();
  const number = /申领编号 (\S+)/.exec(header ?? '')?.[1] ?? '';
  expect(number).toMatch(/^\d{4}HC-/);
  await fillApplicant(page, person);
  await next(page);
  await next(page); // 照片: none for these forms.
  await page.getByRole('button', { name: '添加一段经历' }).click();
  await fill(page, '第1段经历 起始年月', '2012-07');
  await fill(page, '第1段经历 截止年月', '2018-12');
  await fill(page, '第1段经历 单位', '青岛海洋生物科技有限公司');
  await fill(page, '第1段经历 职务', '研发经理');
  await next(page);
  if (project === 'create') {
    await createProjectInline(page, PROJECT);
  } else {
    await page.getByRole('combobox', { name: '选择招商项目' }).click();
    await page.getByRole('option', { name: PROJECT }).click();
  }
  await expect(page.getByTestId('quota-left')).toBeVisible();
  await next(page);
  await fill(page, '申领单位（招商任务部门）', '环翠区商务局');
  await page.getByRole('textbox', { name: '申领单位意见' }).fill('该同志为项目关键核心成员，同意推荐。');
  await fill(page, '经办人', '李经办');
  await fill(page, '日期', '2026.11.20');
  await next(page);
  await page.getByRole('button', { name: '完成登记' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '申领登记', exact: true })).toBeVisible();
  return { url, number };
}

/** Opens an application's page on its 核对 step. */
async function openReview(page: Page, url: string): Promise<void> {
  await openApp(page, url);
  await page.getByRole('button', { name: '核对' }).click();
  await expect(page.getByTestId('review-sheet')).toBeVisible();
}

/** Waits until the dialog's PDF is generated and its first page drawn by pdf.js. */
async function waitForPreview(dialog: Locator): Promise<void> {
  await expect(dialog.getByRole('button', { name: '下载 PDF' })).toBeEnabled({ timeout: 30_000 });
  await expect(dialog.getByTestId('pdf-preview').locator('[data-drawn="true"]').first()).toBeVisible();
}

async function downloadPdf(page: Page, dialog: Locator, folder: string, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载 PDF' }).click();
  const download: Download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^申领登记表-.+\.pdf$/);
  const path = join(folder, name);
  await download.saveAs(path);
  return path;
}

/** The PDF's text as poppler reads it, without the spaces and line breaks its layout adds. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** The first page at 150 dpi, as a scanner would give it back. */
function firstPageAsPng(pdfPath: string, folder: string): string {
  const prefix = join(folder, 'scan');
  execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', pdfPath, prefix]);
  const png = readdirSync(folder).find((file) => file.startsWith('scan') && file.endsWith('.png'));
  if (!png) throw new Error('pdftoppm wrote no PNG');
  return join(folder, png);
}

async function chooseScan(page: Page, dialog: Locator, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: /选择盖章件|重新选择文件/ }).click();
  await (await chooser).setFiles(path);
}

const FIRST: Person = { name: '王海洋', idNumber: '370102198506150013', phone: '13912345678', ethnicity: '汉族' };
const SECOND: Person = { name: '刘晓燕', idNumber: '11010519491231002X', phone: '13812345678', ethnicity: '汉族' };

test('a clerk prints the registration form, files the stamped copy by its QR code, and batch-prints', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchForErrors(page);
  const folder = mkdtempSync(join(tmpdir(), 'talent-card-print-'));
  await setUpDevice(page);

  // Register the first applicant and print the form from 核对.
  const first = await registerApplication(page, FIRST, 'create');
  await openReview(page, first.url);
  await expect(page.getByTestId('application-status')).toHaveText('已登记');

  // 导出 writes the application as JSON, named by its 申领编号, once the clerk confirms the unmasked data may leave.
  const exporting = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByRole('dialog', { name: '导出完整数据' }).getByRole('button', { name: '确认导出' }).click();
  const exported = await exporting;
  expect(exported.suggestedFilename()).toBe(`${first.number}.json`);
  const exportPath = join(folder, 'export.json');
  await exported.saveAs(exportPath);
  const json = JSON.parse(readFileSync(exportPath, 'utf8')) as { format: string; application: { number: string } };
  expect(json).toMatchObject({ format: 'weihai-talent-card/application@1', application: { number: first.number } });

  await page.getByRole('button', { name: '打印申领登记表' }).click();
  const printDialog = page.getByRole('dialog', { name: '打印申领登记表' });
  await waitForPreview(printDialog);
  await expect(printDialog.getByRole('img', { name: '第 1 页预览' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/print-dialog.png' });
  const firstPdf = await downloadPdf(page, printDialog, folder, 'first.pdf');
  await expect(printDialog.getByRole('status')).toContainText('1 份申领状态已改为“待盖章”');

  // The PDF holds what was typed; the application now waits for the seal.
  const text = pdfText(firstPdf);
  for (const expected of [FIRST.name, FIRST.idNumber, first.number]) expect(text).toContain(expected);
  await printDialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('待盖章');

  // File the scan of the stamped copy: the QR code in the footer names this application.
  const scan = firstPageAsPng(firstPdf, folder);
  await page.getByRole('button', { name: '归档盖章件' }).click();
  const filing = page.getByRole('dialog', { name: /^归档盖章件/ });
  await chooseScan(page, filing, scan);
  await expect(filing.getByText(`已通过二维码确认：申领编号 ${first.number}`)).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/screenshots/filing.png' });
  await filing.getByRole('button', { name: '归档', exact: true }).click();
  await expect(filing).toBeHidden();
  await expect(page.getByTestId('application-status')).toHaveText('已盖章');
  await page.getByRole('button', { name: '查看盖章件' }).click();
  await expect(page.getByRole('img', { name: `申领编号 ${first.number} 的盖章件` })).toBeVisible();
  await page.keyboard.press('Escape');

  // A second applicant, and a draft nobody finished.
  const second = await registerApplication(page, SECOND, 'choose');
  await newApplication(page);
  await page.getByRole('link', { name: /^申领登记/ }).click();

  // Batch: select everything; the draft is skipped and the dialog says so; one PDF holds both forms.
  const list = page.getByRole('table', { name: '申领列表' });
  await expect(list.getByRole('row')).toHaveCount(4);
  await list.getByRole('checkbox', { name: '全选' }).check();
  await expect(page.getByTestId('selection-count')).toHaveText('已选 3 份');
  await page.getByRole('button', { name: '批量打印' }).click();
  const batchDialog = page.getByRole('dialog', { name: /^批量打印申领登记表/ });
  await expect(batchDialog).toContainText('已跳过 1 份');
  await expect(batchDialog).toContainText('请先完成登记');
  await waitForPreview(batchDialog);
  await expect(batchDialog).toContainText('共 2 份申领登记表');
  await page.screenshot({ path: 'test-results/screenshots/print-batch.png' });
  const batchText = pdfText(await downloadPdf(page, batchDialog, folder, 'batch.pdf'));
  for (const expected of [FIRST.name, SECOND.name, first.number, second.number]) expect(batchText).toContain(expected);
  await batchDialog.getByRole('button', { name: '关闭' }).click();
  await expect(list.getByRole('row', { name: new RegExp(SECOND.name) })).toContainText('待盖章');
  await expect(list.getByRole('row', { name: new RegExp(FIRST.name) })).toContainText('已盖章');

  // The first applicant's scan is refused on the second application, naming both numbers.
  await openApp(page, second.url);
  await expect(page.getByTestId('application-status')).toHaveText('待盖章');
  await page.getByRole('button', { name: '归档盖章件' }).click();
  const wrongFiling = page.getByRole('dialog', { name: /^归档盖章件/ });
  await chooseScan(page, wrongFiling, scan);
  const refusal = wrongFiling.getByRole('alert').filter({ hasText: '不能归档' });
  await expect(refusal).toContainText(first.number, { timeout: 30_000 });
  await expect(refusal).toContainText(second.number);
  await expect(wrongFiling.getByRole('button', { name: '归档', exact: true })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screenshots/filing-refused.png' });
  await wrongFiling.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('待盖章');

  // From the list: a PDF scan is matched to whichever application its code names.
  await page.getByRole('link', { name: /^申领登记/ }).click();
  await page.getByRole('button', { name: '归档盖章件' }).click();
  const listFiling = page.getByRole('dialog', { name: '归档盖章件' });
  await chooseScan(page, listFiling, firstPdf);
  await expect(listFiling.getByText(`已通过二维码确认：申领编号 ${first.number}`)).toBeVisible({ timeout: 30_000 });
  await expect(listFiling).toContainText(FIRST.name);

  // A photo without a readable code is filed after staff choose the application.
  await chooseScan(page, listFiling, NO_QR_PHOTO);
  await expect(listFiling.getByText('未能识别盖章件上的二维码')).toBeVisible({ timeout: 30_000 });
  await expect(listFiling.getByRole('button', { name: '归档', exact: true })).toBeDisabled();
  await listFiling.getByRole('combobox', { name: '该盖章件属于哪一份申领（待盖章）' }).fill(SECOND.name);
  await page.getByRole('option', { name: new RegExp(second.number) }).click();
  await page.screenshot({ path: 'test-results/screenshots/filing-choose.png' });
  await listFiling.getByRole('button', { name: '归档', exact: true }).click();
  await expect(listFiling).toBeHidden();
  await expect(list.getByRole('row', { name: new RegExp(SECOND.name) })).toContainText('已盖章');

  expect(errors).toEqual([]);
});
