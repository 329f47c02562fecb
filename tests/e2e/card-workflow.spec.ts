import { expect, test } from '@playwright/test';
import {
  chooseFiles,
  dismissNotices,
  fact,
  fileStampedCopy,
  printForSeal,
  registerApplication,
  setUpCityDevice,
  takeCardStep,
} from './card-helpers';
import { choose, openApp, type Person, watchForErrors } from './helpers';

const PERSON: Person = { name: '王海洋', idNumber: '370102198506150013', phone: '13912345678', ethnicity: '汉族' };
const PROJECT = '威海海洋生物医药产业园项目';
const NO_QR_PHOTO = 'tests/e2e/fixtures/portrait.png';
const EVIDENCE = 'tests/e2e/fixtures/tiny.png';
const SHOTS = 'test-results/screenshots';

test('the city takes a 商务精英类 application from 登记 to 已发放 and records the project’s 落地', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchForErrors(page);
  await setUpCityDevice(page);
  const number = await registerApplication(page, PERSON, PROJECT);
  expect(number).toMatch(/^\d{4}SJ-/);

  // The card list has it as 已登记; its page links to printing on the registration screen.
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: /^英才卡/ })
    .click();
  const list = page.getByRole('table', { name: '英才卡列表' });
  const row = list.getByRole('row', { name: new RegExp(number) });
  await expect(row).toContainText('已登记');
  await expect(row).toContainText(PROJECT);
  await row.getByRole('link', { name: number }).click();
  await expect(page.getByTestId('card-status')).toHaveText('已登记');
  await expect(fact(page, '持卡人', '证件号码')).toContainText('3701**********0013');
  await page.getByRole('link', { name: '打印申领登记表' }).click();
  await expect(page.getByTestId('review-sheet')).toBeVisible();
  await printForSeal(page);
  await fileStampedCopy(page, NO_QR_PHOTO);

  // Back on the card page: every review step, each with exactly the data it needs.
  await openApp(page, '/#/cards');
  await list.getByRole('row', { name: new RegExp(number) }).click();
  await expect(page.getByTestId('card-status')).toHaveText('已盖章');
  await page.getByRole('button', { name: '报送人才创新发展院' }).click();
  const submitDialog = page.getByRole('dialog', { name: /^报送人才创新发展院/ });
  await submitDialog.getByRole('button', { name: '确认' }).click();
  await expect(submitDialog.getByText('请填写报送日期')).toBeVisible();
  await expect(submitDialog.getByText('请填写电子政务办公平台文号')).toBeVisible();
  await dismissNotices(page);
  await page.screenshot({ path: `${SHOTS}/card-step-errors.png` });
  await submitDialog.getByRole('button', { name: '取消' }).click();

  await takeCardStep(
    page,
    '报送人才创新发展院',
    { 报送日期: '2024.1.10', 电子政务办公平台文号: '威商务字〔2024〕3号' },
    '已报送',
  );
  await takeCardStep(page, '开始联合研究', {}, '联合研究');
  await takeCardStep(page, '报人才办', { 报送日期: '2024-01-20' }, '报人才办');
  await takeCardStep(page, '记录同意', { 同意日期: '2024-02-05' }, '已同意');
  await takeCardStep(page, '制卡', {}, '已制卡');
  await page.getByRole('button', { name: '发放英才卡' }).click();
  await page.getByRole('textbox', { name: '卡号', exact: true }).fill('WHYC-2024-0001');
  await page.getByRole('textbox', { name: '发放日期', exact: true }).fill('2024-02-29');
  await dismissNotices(page);
  await page.screenshot({ path: `${SHOTS}/card-issue-dialog.png` });
  await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
  await expect(page.getByTestId('card-status')).toHaveText('已发放');

  // Issued on 29 February: the first year ends on 28 February, long past.
  await expect(fact(page, '有效期', '卡号')).toContainText('WHYC-2024-0001');
  await expect(fact(page, '有效期', '发放日期')).toContainText('2024-02-29');
  await expect(fact(page, '有效期', '首年有效期至')).toContainText('2025-02-28');
  await expect(fact(page, '有效期', '落地后有效期至')).toContainText('项目落地后延长至 2029-02-28');
  await expect(fact(page, '有效期', '当前状态')).toContainText('已过期');
  await dismissNotices(page);
  await page.screenshot({ path: `${SHOTS}/card-issued-expired.png`, fullPage: true });

  // 记录落地: the date and a piece of evidence extend the card to five years from its issue.
  await page.getByRole('button', { name: '记录落地' }).click();
  const landing = page.getByRole('dialog', { name: /^记录落地/ });
  await landing.getByRole('textbox', { name: '落地日期', exact: true }).fill('2024-10-08');
  await chooseFiles(page, landing.getByRole('button', { name: '添加证明材料' }), EVIDENCE);
  await expect(landing).toContainText('tiny.png');
  await landing.getByRole('textbox', { name: '备注' }).fill('项目公司已完成注册');
  await dismissNotices(page);
  await page.screenshot({ path: `${SHOTS}/card-landing-dialog.png` });
  await landing.getByRole('button', { name: '确认' }).click();
  await expect(landing).toBeHidden();
  await expect(fact(page, '有效期', '落地后有效期至')).toHaveText(/2029-02-28$/);
  await expect(fact(page, '有效期', '落地日期')).toContainText('2024-10-08');
  await expect(fact(page, '有效期', '当前状态')).toContainText('有效（剩余');
  await expect(page.getByRole('button', { name: '记录落地' })).toHaveCount(0);
  await page.getByRole('button', { name: '查看落地证明材料' }).click();
  await expect(
    page.getByRole('dialog', { name: '落地证明材料' }).getByRole('img', { name: '落地证明材料' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  // The history: every step in order, with who and what it recorded.
  const timeline = page.getByRole('region', { name: '办理记录' });
  const entries = timeline.getByTestId('timeline-entry');
  await expect(entries.locator('.mantine-Timeline-itemTitle')).toHaveText([
    '新建申领登记',
    '完成登记',
    '打印申领登记表',
    '归档盖章件',
    '报送人才创新发展院',
    '开始联合研究',
    '报人才办',
    '记录同意',
    '制卡',
    '发放英才卡',
    '记录项目落地',
  ]);
  const details = [
    [
      '报送人才创新发展院',
      ['已盖章 → 已报送 · 陈市级', '报送日期：2024-01-10', '电子政务办公平台文号：威商务字〔2024〕3号'],
    ],
    ['报人才办', ['联合研究 → 报人才办', '报送日期：2024-01-20']],
    ['记录同意', ['同意日期：2024-02-05']],
    ['发放英才卡', ['已制卡 → 已发放', '卡号：WHYC-2024-0001', '发放日期：2024-02-29']],
    ['记录项目落地', ['已发放（状态不变）', '落地日期：2024-10-08', '证明材料：1 份', '备注：项目公司已完成注册']],
  ] as const;
  for (const [title, texts] of details) {
    const entry = entries.filter({ has: page.getByText(title, { exact: true }) });
    for (const text of texts) await expect(entry).toContainText(text);
  }
  await dismissNotices(page);
  await page.screenshot({ path: `${SHOTS}/card-landed.png`, fullPage: true });

  // The list shows the extended validity; the expiry filter no longer finds it among the expired.
  await page.getByRole('link', { name: '返回英才卡列表' }).click();
  await expect(list.getByRole('row', { name: new RegExp(number) })).toContainText('2029-02-28');
  await expect(list.getByRole('row', { name: new RegExp(number) })).toContainText('已发放');
  await choose(page, '到期', '已过期');
  await expect(page.getByText('没有符合筛选条件的英才卡')).toBeVisible();
  await choose(page, '到期', '90 天内到期');
  await expect(page.getByText('没有符合筛选条件的英才卡')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await choose(page, '类别', '商务精英类');
  await choose(page, '区市', '市级（市直）');
  await expect(list.getByRole('row', { name: new RegExp(number) })).toBeVisible();
  await dismissNotices(page);
  await page.screenshot({ path: `${SHOTS}/card-list.png`, fullPage: true });

  expect(errors).toEqual([]);
});
