import { expect, type Page, test } from '@playwright/test';
import { EVALUATION_ITEMS } from '../../src-shared/stations/station';
import { chooseFiles, setUpCityDevice } from './card-helpers';
import { VALID_USCC } from './enterprise-helpers';
import { choose, watchForErrors } from './helpers';
import {
  confirm,
  createStation,
  EVIDENCE,
  fillDialog,
  openSection,
  openStation,
  openStep,
  openTab,
  openWorkbench,
  setToday,
} from './station-helpers';

const NAME = '威海海洋装备高层次人才驿站';
const SHOTS = 'test-results/screenshots';

function reminders(page: Page, kind: 'publicity' | 'evaluation' | 'rectification' | 'reports') {
  return page.getByTestId(`reminders-station-${kind}`);
}

/**
 * A station's whole life at the city's window, with the page's clock moved
 * from step to step: designated through 申报, 认定, 公示 (across National Day
 * 2025 and its 调休 working Sunday) and 公布; activities logged; plans and
 * summaries filed; the evaluation two years on ordering 整改; then, the
 * deadline past, the title revoked. The 工作台 shows each reminder when due.
 */
test('the city designates a station, logs its activities, evaluates it to 整改 and revokes its title', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = watchForErrors(page);
  await page.clock.install({ time: new Date('2025-09-26T09:00:00+08:00') });
  await setUpCityDevice(page);
  await createStation(page, {
    name: NAME,
    hostName: '威海海洋装备产业园有限公司',
    uscc: VALID_USCC,
    district: '环翠区',
  });

  // 申报 → 认定入选 → 公示, on Friday 2025-09-26.
  await openTab(page, '认定');
  let dialog = await openStep(page, '记录申报');
  await fillDialog(dialog, { 申报日期: '2025-09-26', 区市人力资源社会保障部门推荐意见: '同意推荐' });
  await confirm(page, dialog);
  await expect(page.getByTestId('station-status')).toHaveText('已申报');

  dialog = await openStep(page, '认定入选');
  await fillDialog(dialog, {
    实地考察日期: '2025-09-26',
    考察评估专家: '张教授、李研究员、赵高工',
    综合评估意见: '场地设施完备，专家资源丰富，同意入选',
  });
  await confirm(page, dialog);
  await expect(page.getByTestId('station-status')).toHaveText('拟入选');

  dialog = await openStep(page, '开始公示');
  await fillDialog(dialog, { 公示开始日期: '2025-09-26' });
  // 5 working days: 9-26 (Fri), 9-28 (the 调休 Sunday), 9-29, 9-30, then after the holiday 10-09.
  await expect(dialog).toContainText('2025-10-09');
  await confirm(page, dialog);
  await expect(page.getByTestId('station-status')).toHaveText('公示中');
  await expect(page.getByTestId('publicity-end')).toContainText('2025-10-09');
  await page.screenshot({ path: `${SHOTS}/station-publicity.png`, fullPage: true });

  await openWorkbench(page);
  await expect(reminders(page, 'publicity').getByRole('row', { name: new RegExp(NAME) })).toContainText('2025-10-09');
  await page.screenshot({ path: `${SHOTS}/station-workbench-publicity.png`, fullPage: true });

  // An objection, received during 公示 and found unfounded.
  await openStation(page, NAME);
  await openTab(page, '认定');
  dialog = await openStep(page, '记录异议');
  await fillDialog(dialog, { 收到异议日期: '2025-09-26', 异议内容: '反映依托单位场地面积不足' });
  await confirm(page, dialog);
  await setToday(page, '2025-09-30');
  dialog = await openStep(page, '处理异议');
  await fillDialog(dialog, { 处理日期: '2025-09-30', 核查处理情况: '经实地核查，场地面积符合条件' });
  await dialog.getByRole('combobox', { name: '所处理的异议' }).click();
  await page.getByRole('option', { name: /2025-09-26/ }).click();
  await dialog.getByRole('radio', { name: '不成立' }).check();
  await confirm(page, dialog);

  // 公布 waits for the end of 公示: not offered on its last day, recorded the day after.
  await setToday(page, '2025-10-09');
  await openStation(page, NAME);
  await openTab(page, '认定');
  await expect(page.getByRole('button', { name: '核准公布并授牌' })).toBeDisabled();
  await expect(page.getByText('公示期至 2025-10-09，期满后才能核准公布')).toBeVisible();
  await setToday(page, '2025-10-10');
  await openStation(page, NAME);
  await openTab(page, '认定');
  dialog = await openStep(page, '核准公布并授牌');
  await fillDialog(dialog, { 核准日期: '2025-10-10', 核准批复文号: '威人才办字〔2025〕12号', 授牌日期: '2025-10-10' });
  await confirm(page, dialog);
  await expect(page.getByTestId('station-status')).toHaveText('已认定');

  await openWorkbench(page);
  await expect(reminders(page, 'publicity')).not.toContainText(NAME);

  // Two activities in 2026, one with its photo.
  await setToday(page, '2026-06-01');
  await openStation(page, NAME);
  await openTab(page, '活动');
  for (const activity of [
    {
      活动日期: '2026-03-15',
      活动名称: '海洋装备技术专家讲座',
      参加人数: '40',
      服务高层次人才人次: '12',
      kind: '专家讲座',
    },
    { 活动日期: '2026-05-20', 活动名称: '海洋科技人才沙龙', 参加人数: '25', 服务高层次人才人次: '8', kind: '人才沙龙' },
  ]) {
    const { kind, ...fields } = activity;
    dialog = await openStep(page, '记录活动');
    await fillDialog(dialog, fields);
    await dialog.getByRole('combobox', { name: '活动类型' }).click();
    await page.getByRole('option', { name: kind, exact: true }).click();
    if (kind === '人才沙龙') await chooseFiles(page, dialog.getByRole('button', { name: /^上传/ }), EVIDENCE);
    await confirm(page, dialog);
  }
  await expect(page.getByRole('row', { name: /海洋装备技术专家讲座/ })).toContainText('2026-03-15');
  await expect(page.getByRole('row', { name: /海洋科技人才沙龙/ })).toContainText('2026-05-20');

  // January 2027: the 2026 summary and the 2027 plan are due on 01-31; filing them clears the reminders.
  await setToday(page, '2027-01-10');
  await openWorkbench(page);
  const reports = reminders(page, 'reports');
  await expect(reports.getByRole('row', { name: /2026 年度工作总结|2026年度工作总结/ })).toContainText('2027-01-31');
  await openStation(page, NAME);
  await openTab(page, '评估');
  for (const [step, year] of [
    ['报送年度工作总结', '2026'],
    ['报送年度工作计划', '2027'],
  ] as const) {
    dialog = await openStep(page, step);
    await fillDialog(dialog, { 报送日期: '2027-01-10', [step === '报送年度工作总结' ? '总结年度' : '计划年度']: year });
    await chooseFiles(page, dialog.getByRole('button', { name: '添加证明材料' }), EVIDENCE);
    await confirm(page, dialog);
  }
  await openWorkbench(page);
  await expect(reminders(page, 'reports')).not.toContainText(NAME);

  // August 2027: the evaluation due on 2027-10-10 (two years after 公布) is within 60 days.
  await setToday(page, '2027-08-20');
  await openWorkbench(page);
  await expect(reminders(page, 'evaluation').getByRole('row', { name: new RegExp(NAME) })).toContainText('2027-10-10');
  await openStation(page, NAME);
  await openTab(page, '评估');
  await expect(page.getByTestId('evaluation-due')).toContainText('2027-10-10');
  dialog = await openStep(page, '记录评估');
  await fillDialog(dialog, { 评估日期: '2027-08-20' });
  // The activity counts come from the log: 2 activities, 20 experts served.
  await expect(dialog).toContainText('2');
  await expect(dialog).toContainText('20');
  const scores = ['60', '55', '70', '65', '50', '40'];
  for (const [index, item] of EVALUATION_ITEMS.entries()) {
    await dialog
      .getByRole('group', { name: item })
      .getByRole('textbox', { name: '评分' })
      .fill(scores[index] ?? '');
  }
  await dialog.getByRole('radio', { name: '限期整改' }).check();
  await fillDialog(dialog, { 整改事项: '活动场次偏少，年度总结内容不完整', 整改期限: '2027-11-30' });
  await page.screenshot({ path: `${SHOTS}/station-evaluation-dialog.png`, fullPage: true });
  await confirm(page, dialog);
  await expect(page.getByTestId('station-status')).toHaveText('整改中');

  await openWorkbench(page);
  await expect(reminders(page, 'rectification').getByRole('row', { name: new RegExp(NAME) })).toContainText(
    '2027-11-30',
  );
  await expect(reminders(page, 'evaluation')).not.toContainText(NAME);

  // 取消称号 only once the deadline has passed without the station working again.
  await openStation(page, NAME);
  await openTab(page, '评估');
  await expect(page.getByRole('button', { name: '取消称号' })).toBeDisabled();
  await expect(page.getByText(/整改期限至 2027-11-30/).first()).toBeVisible();
  await setToday(page, '2027-12-01');
  await openStation(page, NAME);
  await openTab(page, '评估');
  dialog = await openStep(page, '取消称号');
  await fillDialog(dialog, { 取消日期: '2027-12-01', 文号: '威人社字〔2027〕30号', 原因: '整改后仍不能正常发挥作用' });
  await confirm(page, dialog);
  await expect(page.getByTestId('station-status')).toHaveText('已取消称号');

  await openTab(page, '历史');
  // 申报, 认定, 公示, 异议, 处理, 公布, 总结, 计划, 评估, 取消称号.
  await expect(page.getByTestId('station-history-entry')).toHaveCount(10);
  await page.screenshot({ path: `${SHOTS}/station-history.png`, fullPage: true });

  // The list finds it by its status; another status leaves it out.
  await openSection(page, '人才驿站');
  const list = page.getByRole('table', { name: '人才驿站列表' });
  await choose(page, '状态', '已取消称号');
  await expect(list.getByRole('row', { name: new RegExp(NAME) })).toContainText('已取消称号');
  await page.screenshot({ path: `${SHOTS}/station-list.png`, fullPage: true });
  await choose(page, '状态', '已认定');
  await expect(list.getByRole('row', { name: new RegExp(NAME) })).toHaveCount(0);

  await openWorkbench(page);
  for (const kind of ['publicity', 'evaluation', 'rectification', 'reports'] as const) {
    await expect(reminders(page, kind)).not.toContainText(NAME);
  }
  expect(errors).toEqual([]);
});
