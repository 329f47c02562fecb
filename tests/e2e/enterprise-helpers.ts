import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { usccCheckCharacter } from '../../src-shared/registration/rules/check-characters';
import { fill, fillApplicant, next, type Person } from './helpers';

/** Steps of the 名企优才类 records, shared by the end-to-end specs. */

const USCC_BODY = '91371000MA3C4L6X1';
/** A 统一社会信用代码 of the Weihai pattern with its GB 32100 check character. */
export const VALID_USCC = `${USCC_BODY}${usccCheckCharacter(USCC_BODY)}`;
/** The same code with a wrong check character. */
export const WRONG_USCC = `${USCC_BODY}${VALID_USCC.endsWith('A') ? 'B' : 'A'}`;

/** A one-page PDF scan, as staff get them from the enterprise. */
export function pdfFile(name: string) {
  const text = `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${name}\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return { name, mimeType: 'application/pdf', buffer: Buffer.from(text) };
}

/** A file of tests/e2e/fixtures as the file chooser gives it. */
export function fixtureFile(name: string, mimeType: string) {
  return { name, mimeType, buffer: readFileSync(`tests/e2e/fixtures/${name}`) };
}

export async function newTalentApplication(page: Page): Promise<string> {
  await page.getByRole('link', { name: /^申领登记/ }).click();
  await page.getByRole('radiogroup', { name: '申领类别' }).getByText('名企优才类', { exact: true }).click();
  await page.getByRole('button', { name: '新建申领登记' }).click();
  await expect(page.getByRole('heading', { name: '名企优才类申领登记' })).toBeVisible();
  return page.url();
}

export async function chooseEnterprise(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: '选择企业' }).click();
  await page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
}

export async function goToStep(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
}

/** Picks files in the evidence field whose upload button is `button`. */
export async function attach(page: Page, button: string, files: Parameters<Page['setInputFiles']>[1]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(files);
}

export async function addResumeEntry(page: Page, organisation: string): Promise<void> {
  await page.getByRole('button', { name: '添加一段经历' }).click();
  await fill(page, '第1段经历 起始年月', '2015-07');
  await fill(page, '第1段经历 截止年月', '');
  await fill(page, '第1段经历 单位', organisation);
  await fill(page, '第1段经历 职务', '首席工程师');
}

/**
 * Records one talent for an enterprise already registered: person, 简历,
 * 引才条件 ④ and 全职引进 with their evidence, then the online application.
 */
export async function recordTalent(page: Page, enterprise: string, person: Person, reference: string) {
  await newTalentApplication(page);
  await chooseEnterprise(page, enterprise);
  await expect(page.getByTestId('quota-left')).toBeVisible();
  await next(page);
  await fillApplicant(page, person);
  await next(page);
  await next(page); // 照片 is optional
  await addResumeEntry(page, '中船重工第七研究所');
  await next(page);
  await page.getByRole('radio', { name: /^④/ }).check();
  await attach(page, '上传引才条件证明材料', pdfFile('年薪证明.pdf'));
  await expect(page.getByLabel('引才条件证明材料第 1 份', { exact: true })).toBeVisible();
  await next(page);
  await page.getByRole('radio', { name: '全职引进' }).check();
  await attach(page, '上传社会保险缴费证明', pdfFile('社保缴费证明.pdf'));
  await expect(page.getByLabel('社会保险缴费证明第 1 份', { exact: true })).toBeVisible();
  await next(page);
  await recordOnline(page, reference);
}

export async function recordOnline(page: Page, reference: string): Promise<void> {
  await fill(page, '英才威海网申请编号', reference);
  await page.getByRole('button', { name: '记录网上申请' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '申领登记', exact: true })).toBeVisible();
}
