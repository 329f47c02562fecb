import { expect, test } from '@playwright/test';
import {
  addResumeEntry,
  attach,
  chooseEnterprise,
  fixtureFile,
  newTalentApplication,
  pdfFile,
  recordOnline,
  recordTalent,
  VALID_USCC,
  WRONG_USCC,
} from './enterprise-helpers';
import { fill, fillApplicant, next, setUpDevice, watchForErrors } from './helpers';

const ENTERPRISE = '威海蓝海智能装备有限公司';
const SHOTS = 'test-results/screenshots';

test('a window clerk records 名企优才类 talents for an enterprise, up to its three places', async ({ page }) => {
  const errors = watchForErrors(page);
  await setUpDevice(page);
  await newTalentApplication(page);

  // 企业: created inline; a wrong check character is refused as it is typed, and on saving.
  await page.getByRole('button', { name: '新建企业' }).click();
  await fill(page, '企业名称', ENTERPRISE);
  await fill(page, '统一社会信用代码', WRONG_USCC);
  await fill(page, '联系人', '刘洋');
  await fill(page, '联系电话', '0631 519 0505');
  const checkMessage = page.getByText('统一社会信用代码的校验位不对，请核对后重新输入');
  await expect(checkMessage).toBeVisible();
  await page.getByRole('button', { name: '创建并选用此企业' }).click();
  await expect(checkMessage).toBeVisible();
  await expect(page.getByTestId('quota-left')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/talent-1-uscc-refused.png`, fullPage: true });
  await fill(page, '统一社会信用代码', VALID_USCC.toLowerCase());
  await expect(page.getByText('校验位正确')).toBeVisible();
  await page.getByRole('button', { name: '创建并选用此企业' }).click();
  await expect(page.getByTestId('quota-left')).toHaveText('已申领 1 人 · 名额 3 人 · 剩余 2 个');
  await expect(page.getByText(`统一社会信用代码：${VALID_USCC}`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/talent-1-enterprise.png`, fullPage: true });
  await next(page);

  // 人才信息, 照片 and 工作简历: the same steps as 商务精英类.
  await fillApplicant(page, {
    name: '陈海峰',
    idNumber: '370102198506150013',
    phone: '13912345678',
    ethnicity: '汉族',
  });
  await page.screenshot({ path: `${SHOTS}/talent-2-applicant.png`, fullPage: true });
  await next(page);
  const photo = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入照片' }).click();
  await (await photo).setFiles('tests/e2e/fixtures/portrait.png');
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('photo-info')).toContainText('JPEG');
  await next(page);
  await addResumeEntry(page, '中国船舶集团第七〇三研究所');
  await page.screenshot({ path: `${SHOTS}/talent-4-resume.png`, fullPage: true });
  await next(page);

  // 引才条件: nothing chosen is named next to the fields; then ④ with two files, one removed again.
  await next(page);
  await expect(page.getByText('请选择该人才符合的引才条件（①–⑤ 之一）')).toBeVisible();
  await expect(page.getByText('请上传符合引才条件的证明材料')).toBeVisible();
  await page.getByRole('radio', { name: /^④ 年薪高于 40 万元的急需紧缺人才/ }).check();
  await attach(page, '上传引才条件证明材料', [
    pdfFile('年薪证明.pdf'),
    fixtureFile('tiny.png', 'image/png'),
    fixtureFile('iphone.heic', 'image/heic'),
  ]);
  await expect(page.getByRole('alert').filter({ hasText: 'HEIC 格式' })).toBeVisible();
  await expect(page.getByLabel('引才条件证明材料第 2 份', { exact: true })).toContainText('图片');
  await page.screenshot({ path: `${SHOTS}/talent-5-eligibility.png`, fullPage: true });
  await page.getByRole('button', { name: '移除引才条件证明材料第 2 份' }).click();
  await expect(page.getByLabel('引才条件证明材料第 2 份', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('引才条件证明材料第 1 份', { exact: true })).toContainText('PDF 文件');
  await next(page);

  // 引进方式: 全职引进, with the social insurance record.
  await page.getByRole('radio', { name: '全职引进' }).check();
  await expect(page.getByText('引进单位应当按照规定为其缴纳社会保险费').first()).toBeVisible();
  await next(page);
  await expect(page.getByText('请上传全职引进的社会保险缴费证明')).toBeVisible();
  await attach(page, '上传社会保险缴费证明', pdfFile('社会保险缴费记录.pdf'));
  await expect(page.getByLabel('社会保险缴费证明第 1 份', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/talent-6-introduction.png`, fullPage: true });
  await next(page);

  // 核对, then the enterprise's online application is recorded.
  const sheet = page.getByTestId('review-sheet');
  for (const text of [
    ENTERPRISE,
    VALID_USCC,
    '陈海峰',
    '④ 年薪高于 40 万元的急需紧缺人才',
    '全职引进',
    '0631-5190505',
  ]) {
    await expect(sheet).toContainText(text);
  }
  await expect(page.getByText('各项均已填写')).toBeVisible();
  await fill(page, '英才威海网申请编号', 'YCWH-2026-00017');
  await page.screenshot({ path: `${SHOTS}/talent-7-review.png`, fullPage: true });
  await recordOnline(page, 'YCWH-2026-00017');
  const list = page.getByRole('table', { name: '申领列表' });
  const row = list.getByRole('row', { name: /陈海峰/ });
  await expect(row).toContainText('名企优才类');
  await expect(row).toContainText('网上申请已记录');
  await expect(row).toContainText(ENTERPRISE);

  // Two more talents take the other places.
  await recordTalent(
    page,
    ENTERPRISE,
    { name: '阿依古丽·吐尔逊', idNumber: '650102199003071235', phone: '13812345678', ethnicity: '维吾尔族' },
    'YCWH-2026-00018',
  );
  await recordTalent(
    page,
    ENTERPRISE,
    { name: '张𠮷', idNumber: '11010519491231002X', phone: '13712345678', ethnicity: '汉族' },
    'YCWH-2026-00019',
  );
  await expect(list.getByRole('row').filter({ hasText: ENTERPRISE })).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/talent-8-list.png`, fullPage: true });

  // The fourth is refused, with the reason, and its draft keeps no place.
  await newTalentApplication(page);
  await chooseEnterprise(page, ENTERPRISE);
  const refusal = page.getByRole('alert').filter({ hasText: '未能选用该企业' });
  await expect(refusal).toContainText('该企业已有 3 人申领，名额已满（每家企业可为 3 人申领）');
  await expect(page.getByTestId('quota-left')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/talent-9-refused.png`, fullPage: true });
  expect(errors).toEqual([]);
});
