import { expect, type Page } from '@playwright/test';

/** Steps a window clerk takes again and again, shared by the end-to-end specs. */

/** The staff account every spec signs in with. */
export const STAFF = { name: '王窗口', pin: '246810' };

/**
 * Gets past the session gate: makes the first staff account on a fresh
 * device, signs in after a reload (the data key lives only in memory), or
 * does nothing when the app already shows.
 */
export async function signInIfAsked(page: Page): Promise<void> {
  const firstUse = page.getByRole('heading', { name: '首次使用', exact: true });
  const signIn = page.getByRole('heading', { name: '登录', exact: true });
  const app = page.getByRole('navigation', { name: '主导航' });
  await expect(firstUse.or(signIn).or(app)).toBeVisible();
  if (await firstUse.isVisible()) {
    await page.getByRole('textbox', { name: '姓名', exact: true }).fill(STAFF.name);
    await page.getByLabel('PIN 或密码', { exact: true }).fill(STAFF.pin);
    await page.getByLabel('再次输入', { exact: true }).fill(STAFF.pin);
    await page.getByRole('button', { name: '创建并开始使用' }).click();
  } else if (await signIn.isVisible()) {
    await page.getByLabel('PIN 或密码', { exact: true }).fill(STAFF.pin);
    await page.getByRole('button', { name: '登录', exact: true }).click();
  }
  await expect(app).toBeVisible({ timeout: 20_000 });
}

/** Opens the app at `path` (a route such as '/#/settings'), signed in. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await signInIfAsked(page);
}

/** Reloads the page and signs in again. */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await signInIfAsked(page);
}

export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function fill(page: Page, label: string, value: string): Promise<void> {
  await page.getByRole('textbox', { name: label, exact: true }).fill(value);
}

export async function setUpDevice(page: Page): Promise<void> {
  await openApp(page, '/#/settings');
  await choose(page, '本机所属区市', '环翠区');
  await fill(page, '工作人员姓名', '王窗口');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('device-code')).toContainText('本机代码');
}

export async function newApplication(page: Page): Promise<string> {
  await page.getByRole('link', { name: /^申领登记/ }).click();
  await page.getByRole('button', { name: '新建申领登记' }).click();
  await expect(page.getByRole('heading', { name: '申领登记表' })).toBeVisible();
  return page.url();
}

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
  ethnicity: string;
}

export async function fillApplicant(page: Page, person: Person): Promise<void> {
  await fill(page, '姓名', person.name);
  await fill(page, '证件号码', person.idNumber);
  await page.getByRole('textbox', { name: '证件号码', exact: true }).blur();
  // 出生年月 and 性别 come from the 证件号码.
  await expect(page.getByRole('textbox', { name: '出生年月', exact: true })).not.toHaveValue('');
  await page.getByRole('combobox', { name: '民族', exact: true }).fill(person.ethnicity);
  await page.getByRole('option', { name: person.ethnicity, exact: true }).click();
  await fill(page, '籍贯', '山东威海');
  await choose(page, '政治面貌', '中国共产党党员');
  await choose(page, '文化程度', '硕士研究生');
  await fill(page, '毕业院校', '山东大学');
  await fill(page, '现任职务', '技术总监');
  await fill(page, '联系电话', person.phone);
}

export async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
}

/** Collects what a user never sees but a broken page leaves behind: script errors and CSP violations. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`页面错误：${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`控制台错误：${message.text()}`);
  });
  return errors;
}

/** Creates a project inline on the 招商项目 step and chooses it. */
export async function createProjectInline(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '新建招商项目' }).click();
  await fill(page, '项目名称', name);
  await fill(page, '项目金额', '12.5');
  await page.getByText('亿元', { exact: true }).click();
  await choose(page, '落地区市', '环翠区');
  await fill(page, '洽谈部门（单位）', '环翠区商务局');
  await page
    .getByRole('textbox', { name: '招商项目整体概况及落地预期' })
    .fill('建设海洋生物医药研发中试基地，预计 2027 年一季度落地。');
  await page.getByRole('button', { name: '创建并选用此项目' }).click();
}
