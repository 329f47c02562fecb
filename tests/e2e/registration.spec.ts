import { expect, test } from '@playwright/test';
import {
  createProjectInline,
  fill,
  fillApplicant,
  newApplication,
  next,
  openApp,
  reloadApp,
  setUpDevice,
} from './helpers';

const PORTRAIT = 'tests/e2e/fixtures/portrait.png';

test('a window clerk registers applicants for a project, up to its three places', async ({ page }) => {
  await setUpDevice(page);

  // The first applicant: a name outside the Basic Multilingual Plane.
  const wizardUrl = await newApplication(page);
  await fillApplicant(page, {
    name: '张𠮷',
    idNumber: '11010519491231002x',
    phone: '138 1234 5678',
    ethnicity: '汉族',
  });
  await expect(page.getByRole('textbox', { name: '证件号码', exact: true })).toHaveValue('11010519491231002X');
  await expect(page.getByRole('textbox', { name: '出生年月', exact: true })).toHaveValue('1949-12');
  await expect(page.getByRole('combobox', { name: '性别', exact: true })).toHaveValue('女');
  await page.screenshot({ path: 'test-results/screenshots/wizard-1-applicant.png', fullPage: true });
  await next(page);

  // 照片: import and crop.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入照片' }).click();
  await (await chooser).setFiles(PORTRAIT);
  const cropDialog = page.getByRole('dialog');
  await expect(cropDialog).toBeVisible();
  await cropDialog.getByRole('slider').press('ArrowRight');
  await page.screenshot({ path: 'test-results/screenshots/wizard-2-crop.png' });
  await cropDialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('photo-info')).toContainText('JPEG');
  await page.screenshot({ path: 'test-results/screenshots/wizard-2-photo.png', fullPage: true });
  await next(page);

  // 工作简历: three entries.
  const entries = [
    ['2008-07', '2012-06', '山东大学海洋研究院', '研究员'],
    ['2012-07', '2018-12', '青岛海洋生物科技有限公司', '研发经理'],
    ['2019-01', '', '威海蓝色生物医药有限公司', '技术总监'],
  ];
  for (const [index, [from, to, organisation, position]] of entries.entries()) {
    await page.getByRole('button', { name: '添加一段经历' }).click();
    const n = index + 1;
    await fill(page, `第${n}段经历 起始年月`, from as string);
    await fill(page, `第${n}段经历 截止年月`, to as string);
    await fill(page, `第${n}段经历 单位`, organisation as string);
    await fill(page, `第${n}段经历 职务`, position as string);
  }
  await expect(page.getByTestId('save-state')).toContainText('草稿已保存');

  // Half-way: a reload finds the draft as it was.
  await reloadApp(page);
  await expect(page.getByRole('textbox', { name: '第3段经历 单位', exact: true })).toHaveValue(
    '威海蓝色生物医药有限公司',
  );
  await page.screenshot({ path: 'test-results/screenshots/wizard-3-resume.png', fullPage: true });
  await page.getByRole('button', { name: '上一步' }).click();
  await expect(page.getByTestId('photo-info')).toContainText('JPEG');
  await page.getByRole('button', { name: '上一步' }).click();
  await expect(page.getByRole('textbox', { name: '姓名', exact: true })).toHaveValue('张𠮷');
  await expect(page.getByRole('textbox', { name: '联系电话', exact: true })).toHaveValue('13812345678');
  await openApp(page, wizardUrl);
  await page.getByRole('button', { name: '工作简历' }).click();
  await next(page);

  // 招商项目: created inline.
  await createProjectInline(page, '威海海洋生物医药产业园项目');
  await expect(page.getByTestId('quota-left')).toHaveText('已申领 1 人 · 名额 3 人 · 剩余 2 个');
  await page.screenshot({ path: 'test-results/screenshots/wizard-4-project.png', fullPage: true });
  await next(page);

  // 申领单位意见.
  await fill(page, '申领单位（招商任务部门）', '环翠区商务局');
  await page.getByRole('textbox', { name: '申领单位意见' }).fill('该同志为项目关键核心成员，同意推荐。');
  await fill(page, '经办人', '李经办');
  await fill(page, '日期', '2026.11.20');
  await page.screenshot({ path: 'test-results/screenshots/wizard-5-unit.png', fullPage: true });
  await next(page);

  // 核对: as it will print.
  const sheet = page.getByTestId('review-sheet');
  for (const text of [
    '张𠮷',
    '11010519491231002X',
    '13812345678',
    '威海海洋生物医药产业园项目',
    '125,000 万元',
    '2026年11月20日',
    '研发经理',
  ]) {
    await expect(sheet).toContainText(text);
  }
  await page.screenshot({ path: 'test-results/screenshots/wizard-6-review.png', fullPage: true });
  await page.getByRole('button', { name: '完成登记' }).click();

  // The list finds it, masked.
  await expect(page.getByRole('heading', { level: 2, name: '申领登记', exact: true })).toBeVisible();
  const list = page.getByRole('table', { name: '申领列表' });
  await page.getByRole('textbox', { name: '搜索' }).fill('002X');
  await expect(list.getByRole('row', { name: /张𠮷/ })).toContainText('1101**********002X');
  await expect(list.getByRole('row', { name: /张𠮷/ })).toContainText('已登记');
  await page.getByRole('textbox', { name: '搜索' }).fill('');
  await page.screenshot({ path: 'test-results/screenshots/list.png', fullPage: true });

  // Two more applicants take the other places, one with the middle dot of a minority name.
  for (const person of [
    { name: '阿依古丽·吐尔逊', idNumber: '650102199003071235', phone: '0631-5190505', ethnicity: '维吾尔族' },
    { name: '李明', idNumber: '370102198506150013', phone: '13912345678', ethnicity: '汉族' },
  ]) {
    await newApplication(page);
    await fillApplicant(page, person);
    await page.getByRole('button', { name: '招商项目' }).click();
    await page.getByRole('combobox', { name: '选择招商项目' }).click();
    await page.getByRole('option', { name: '威海海洋生物医药产业园项目' }).click();
    await expect(page.getByTestId('quota-left')).toBeVisible();
  }
  await expect(page.getByTestId('quota-left')).toHaveText('已申领 3 人 · 名额 3 人 · 剩余 0 个');

  // A fourth applicant is refused, with the reason.
  await newApplication(page);
  await page.getByRole('button', { name: '招商项目' }).click();
  await page.getByRole('combobox', { name: '选择招商项目' }).click();
  await page.getByRole('option', { name: '威海海洋生物医药产业园项目' }).click();
  // A notice of an earlier save may still be up beside it: find the refusal by what it says.
  await expect(page.getByRole('alert').filter({ hasText: '名额已满' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/wizard-4-refused.png', fullPage: true });
});

test('the form works from the keyboard and flags a 证件号码 already registered', async ({ page }) => {
  await setUpDevice(page);
  const firstUrl = await newApplication(page);
  await fillApplicant(page, { name: '赵六', idNumber: '370102198506150013', phone: '13912345678', ethnicity: '汉族' });
  await page.getByRole('link', { name: /^申领登记/ }).click();
  await newApplication(page);

  // 下一步 on an empty step names what is missing, next to each field, and stays.
  await next(page);
  await expect(page.getByText('请填写姓名')).toBeVisible();
  await expect(page.getByText('请填写证件号码')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/wizard-1-errors.png', fullPage: true });
  await expect(page.getByRole('textbox', { name: '姓名', exact: true })).toBeVisible();

  // Enter moves to the next field; on a chosen dropdown it moves on too.
  await page.getByRole('textbox', { name: '姓名', exact: true }).fill('赵六');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: '性别', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: '男', exact: true }).click();
  await page.getByRole('combobox', { name: '性别', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: '出生年月', exact: true })).toBeFocused();

  // Ctrl+S saves at once, and says so (only the shortcut shows this notice).
  await page.keyboard.type('1985-06');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('草稿已保存', { exact: true })).toBeVisible();

  // The same 证件号码 as another application is flagged, with a link to it.
  await fill(page, '证件号码', '370102198506150013');
  await page.getByRole('textbox', { name: '证件号码', exact: true }).blur();
  const alert = page.getByRole('alert').filter({ hasText: '该证件号码已登记过' });
  await expect(alert).toBeVisible();
  const secondUrl = page.url();
  await alert.getByRole('link').click();
  await expect(page).toHaveURL(firstUrl);
  expect(firstUrl).not.toBe(secondUrl);
  await expect(page.getByRole('textbox', { name: '姓名', exact: true })).toHaveValue('赵六');
  await expect(page.getByRole('textbox', { name: '出生年月', exact: true })).toHaveValue('1985-06');

  // A draft is given up only after a confirmation, and then leaves the draft list.
  await page.getByRole('link', { name: /^申领登记/ }).click();
  const drafts = page.getByLabel('草稿');
  await expect(drafts.getByText(/^赵六/)).toHaveCount(2);
  await drafts
    .getByRole('button', { name: /^放弃草稿 / })
    .first()
    .click();
  await expect(page.getByText(/占用的项目名额随即释放/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/discard-draft.png' });
  await page.getByRole('button', { name: '放弃草稿', exact: true }).click();
  await expect(drafts.getByText(/^赵六/)).toHaveCount(1);
});
