// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { Button } from '@mantine/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { StationStepDialog } from '../../../../../src-renderer/stations/steps/StationStepDialog';
import type { StationTabProps } from '../../../../../src-renderer/stations/tab-props';
import { db } from '../../../../../src-renderer/store/instance';
import { getStation, stationEvents } from '../../../../../src-renderer/store/stations';
import type { Role } from '../../../../../src-shared/api/roles';
import type { StationStepId } from '../../../../../src-shared/stations/station';
import { findStationStep } from '../../../../../src-shared/stations/workflow';
import { activity, designatedStation, event } from '../../../shared/stations/fixtures';
import { answerFilePicker } from '../../file-picker';
import { freshDevice, showTab, storedStation } from './setup';

afterEach(cleanup);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** The dialog of one step, opened from a button as the tabs open it, fed live from the store. */
function opener(stepId: StationStepId) {
  return function Opener(props: StationTabProps) {
    const [open, setOpen] = useState(false);
    const { actor, role } = props;
    if (!actor || !role) return null;
    return (
      <>
        <Button onClick={() => setOpen(true)}>打开</Button>
        <p>状态：{props.station.status}</p>
        {open && (
          <StationStepDialog
            {...props}
            actor={actor}
            role={role}
            step={findStationStep(stepId)}
            onClose={() => setOpen(false)}
          />
        )}
      </>
    );
  };
}

async function openDialog(stepId: StationStepId, stationId: string, role: Role = 'city') {
  showTab(opener(stepId), stationId, role);
  fireEvent.click(await screen.findByRole('button', { name: '打开' }));
  return screen.findByRole('dialog', { name: findStationStep(stepId).label });
}

const type = (dialog: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(dialog).getByRole('textbox', { name: label }), { target: { value } });
const confirm = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

describe('the station step dialog', { timeout: 20_000 }, () => {
  it.each([
    ['apply', 'draft', ['申报日期', '区市人力资源社会保障部门推荐意见']],
    ['select', 'applied', ['实地考察日期', '考察评估专家', '综合评估意见']],
    ['publish', 'publicizing', ['核准日期', '核准批复文号', '授牌日期']],
    ['revoke', 'rectifying', ['取消日期', '文号', '原因']],
  ] as const)('asks for exactly the fields of “%s”, the first one focused', async (stepId, status, labels) => {
    await freshDevice('city');
    const station = await storedStation({ status });
    const dialog = await openDialog(stepId, station.id);
    const boxes = within(dialog).getAllByRole('textbox');
    expect(boxes.map((box) => box.getAttribute('aria-label') ?? labelOf(box))).toEqual(labels);
    await waitFor(() => expect(document.activeElement).toBe(boxes[0]));
    expect(within(dialog).getByText('证明材料')).toBeTruthy();
    expect(within(dialog).getByText(/可不附（选填）/)).toBeTruthy();
  });

  it('shows the store’s message beside each bad field, and records the step once they are right', async () => {
    await freshDevice('city');
    const station = await storedStation({ status: 'applied', policyVersion: 'weihai-2020' }, [
      event('apply', '2024-03-01', { from: 'draft', to: 'applied' }),
    ]);
    const dialog = await openDialog('select', station.id);
    type(dialog, '实地考察日期', '2024-02-30');
    confirm(dialog);
    expect(await within(dialog).findByText('实地考察日期应为“年-月-日”，例如 2026-03-01')).toBeTruthy();
    expect(within(dialog).getByText('请填写考察评估专家')).toBeTruthy();
    expect(within(dialog).getByText('请填写综合评估意见')).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();

    type(dialog, '实地考察日期', '2024.2.28');
    type(dialog, '考察评估专家', '李教授、王研究员');
    type(dialog, '综合评估意见', '场地与制度齐备，同意入选');
    confirm(dialog);
    expect(await within(dialog).findByText('不能早于上一步的日期（2024-03-01）')).toBeTruthy();

    type(dialog, '实地考察日期', '2024-3-8');
    confirm(dialog);
    await closed();
    expect((await getStation(db, station.id))?.status).toBe('selected');
    const [, selected] = await stationEvents(db, station.id);
    expect(selected).toMatchObject({
      step: 'select',
      date: '2024-03-08',
      details: { experts: '李教授、王研究员', opinion: '场地与制度齐备，同意入选' },
    });
  });

  it('says in an alert what no field is to blame for', async () => {
    await freshDevice('city');
    const objection = event('object', '2024-05-07', { details: { date: '2024-05-07', content: '场地面积不实' } });
    const station = await storedStation(
      {
        status: 'publicizing',
        policyVersion: 'weihai-2020',
        publicity: { start: '2024-05-06', end: '2024-05-10', estimated: false },
      },
      [objection],
    );
    const dialog = await openDialog('publish', station.id);
    type(dialog, '核准日期', '2024-05-20');
    type(dialog, '核准批复文号', '威人才办〔2024〕3号');
    type(dialog, '授牌日期', '2024-05-28');
    confirm(dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('还有 1 条异议未处理，处理后才能核准公布');
    expect((await getStation(db, station.id))?.status).toBe('publicizing');
  });

  it('settles an open objection chosen by its date and first words, upheld or not', async () => {
    await freshDevice('city');
    const content = '该驿站依托单位的场地面积与申报材料不符，实际不足一百平方米';
    const open = event('object', '2024-05-07', { details: { date: '2024-05-07', content } });
    const station = await storedStation(
      { status: 'publicizing', publicity: { start: '2024-05-06', end: '2024-05-10', estimated: false } },
      [open],
    );
    const dialog = await openDialog('settle', station.id);
    const objection = within(dialog).getByRole('combobox', { name: '所处理的异议' });
    expect((objection as HTMLInputElement).value).toBe('2024-05-07 收到：该驿站依托单位的场地面积与申报材料不…');
    const upheld = within(dialog).getByRole('radiogroup', { name: '异议是否成立' });
    expect(
      within(upheld)
        .getAllByRole('radio')
        .map((radio) => labelOf(radio)),
    ).toEqual(['成立', '不成立']);

    type(dialog, '处理日期', '2024-05-09');
    type(dialog, '核查处理情况', '经实地核查，场地面积 320 平方米，异议不实');
    confirm(dialog);
    expect(await within(dialog).findByText('请选择异议是否成立')).toBeTruthy();
    fireEvent.click(within(upheld).getByRole('radio', { name: '不成立' }));
    confirm(dialog);
    await closed();
    const settled = (await stationEvents(db, station.id)).find((e) => e.step === 'settle');
    expect(settled?.details).toMatchObject({ objection: open.id, upheld: 'no' });
  });

  it('shows under the start date when the 公示 ends, holidays and 调休 counted', async () => {
    await freshDevice('city');
    const station = await storedStation({ status: 'selected', policyVersion: 'weihai-2020' });
    const dialog = await openDialog('publicize', station.id);
    expect(within(dialog).queryByTestId('publicity-end')).toBeNull();
    type(dialog, '公示开始日期', '2023-09-27');
    expect(within(dialog).getByTestId('publicity-end').textContent).toBe(
      '公示期 5 个工作日，至 2023-10-09（已计入节假日与调休）',
    );
    type(dialog, '公示开始日期', '2030-05-04');
    const estimated = within(dialog).getByTestId('publicity-end').textContent;
    expect(estimated).toContain('2030-05-04 不是工作日，自 2030-05-06 起算；至 2030-05-10');
    expect(estimated).toContain('尚未收录 2030 年国务院公布的节假日安排，暂按周一至周五估算');
  });

  it('files a yearly plan only with its file, the year filled in', async () => {
    await freshDevice('district');
    const station = await storedStation(designatedStation('2022-03-01'));
    const dialog = await openDialog('plan', station.id, 'district');
    const year = within(dialog).getByRole('textbox', { name: '计划年度' }) as HTMLInputElement;
    expect(year.value).toBe(String(new Date().getFullYear()));
    fireEvent.change(year, { target: { value: '2024' } });
    type(dialog, '报送日期', '2024-01-20');
    expect(within(dialog).getByText(/必须附上/)).toBeTruthy();
    confirm(dialog);
    expect(await within(dialog).findByText('请附上报送的文件')).toBeTruthy();

    answerFilePicker([new File([PNG], '2024年工作计划.png', { type: '' })]);
    fireEvent.click(within(dialog).getByRole('button', { name: '添加证明材料' }));
    expect(await within(dialog).findByText(/2024年工作计划\.png/)).toBeTruthy();
    confirm(dialog);
    await closed();
    const plan = (await stationEvents(db, station.id)).find((e) => e.step === 'plan');
    expect(plan?.details.year).toBe('2024');
    expect((await db.attachments.get(plan?.evidence[0] ?? ''))?.type).toBe('image/png');
  });
});

describe('the evaluation form', { timeout: 20_000 }, () => {
  async function evaluationDialog() {
    await freshDevice('city');
    const station = await storedStation(
      designatedStation('2022-03-01'),
      [],
      [
        activity('2022-02-20', { participants: 99, expertsServed: 9 }), // before the designation
        activity('2022-06-10', { participants: 40, expertsServed: 6 }),
        activity('2023-11-02', { participants: 25, expertsServed: 4 }),
      ],
    );
    return { station, dialog: await openDialog('evaluate', station.id) };
  }

  const score = (dialog: HTMLElement, item: number, value: string) => {
    const group = within(dialog).getAllByRole('group')[item - 1] as HTMLElement;
    fireEvent.change(within(group).getByRole('textbox', { name: '评分' }), { target: { value } });
  };

  it('shows the period’s activity counts as they will be recorded, and the running total', async () => {
    const { dialog } = await evaluationDialog();
    expect(within(dialog).getByText(/本次评估对应 2024-03-01 到期的评估/)).toBeTruthy();
    type(dialog, '评估日期', '2024-3-5');
    expect(within(dialog).getByTestId('evaluation-period').textContent).toContain(
      '统计期间 2022-03-01 至 2024-03-05：举办活动 2 场，参加 65 人次，服务高层次人才 10 人次',
    );
    type(dialog, '评估日期', '2023-01-01');
    expect(within(dialog).getByTestId('evaluation-period').textContent).toContain('举办活动 1 场');
    const groups = within(dialog)
      .getAllByRole('group')
      .map((group) => group.querySelector('legend')?.textContent);
    expect(groups).toEqual([
      '（一）驿站发展及引领专家服务基层工作开展情况',
      '（二）驿站辐射带动周边地区科技创新、产业发展情况',
      '（三）驿站人才队伍建设、各级人才工程称号入选情况',
      '（四）驿站举办人才交流活动场次、服务高层次人才人次情况',
      '（五）驿站管理运行情况',
      '（六）驿站制定上报工作计划、总结和信息情况',
    ]);
    score(dialog, 1, '90');
    score(dialog, 2, '85.5');
    expect(within(dialog).getByTestId('evaluation-total').textContent).toBe('合计 175.5 / 600 分');
  });

  it('refuses a 示范站 subsidy of 25 万元, then records the evaluation with 12', async () => {
    const { station, dialog } = await evaluationDialog();
    type(dialog, '评估日期', '2024-03-05');
    for (const item of [1, 2, 3, 4, 5, 6]) score(dialog, item, String(80 + item));
    fireEvent.click(within(dialog).getByRole('radio', { name: '确定为示范站' }));
    expect(within(dialog).getByText('第九条：给予每个示范站 5–20 万元的建站补助')).toBeTruthy();
    type(dialog, '建站补助（万元）', '25');
    type(dialog, '确定示范站的决定文号', '威人社字〔2024〕12号');
    confirm(dialog);
    expect(await within(dialog).findByText('示范站建站补助为每站 5–20 万元（第九条），请核对金额')).toBeTruthy();
    expect(await stationEvents(db, station.id)).toHaveLength(0);

    type(dialog, '建站补助（万元）', '12');
    confirm(dialog);
    await closed();
    const [evaluated] = await stationEvents(db, station.id);
    expect(evaluated?.evaluation).toMatchObject({
      dueDate: '2024-03-01',
      periodStart: '2022-03-01',
      activityCount: 2,
      servedCount: 10,
      outcome: 'demonstration',
      subsidyWan: 12,
      decisionReference: '威人社字〔2024〕12号',
    });
    expect(evaluated?.evaluation?.items.map((item) => item.score)).toEqual([81, 82, 83, 84, 85, 86]);
  });

  it('asks a rectification for its items and deadline, and then the station is 整改中', async () => {
    const { station, dialog } = await evaluationDialog();
    type(dialog, '评估日期', '2024-03-05');
    confirm(dialog);
    expect(await within(dialog).findByText('请为第1项评分')).toBeTruthy();
    expect(within(dialog).getByText('请选择评估结论')).toBeTruthy();
    for (const item of [1, 2, 3, 4, 5, 6]) score(dialog, item, '50');
    score(dialog, 3, '150');
    fireEvent.click(within(dialog).getByRole('radio', { name: '限期整改' }));
    confirm(dialog);
    expect(await within(dialog).findByText('第3项的评分应为 0–100 的数，最多一位小数')).toBeTruthy();
    expect(within(dialog).getByText('请填写整改意见（需整改的事项）')).toBeTruthy();
    expect(within(dialog).getByText('请填写整改期限')).toBeTruthy();

    score(dialog, 3, '40');
    type(dialog, '整改事项', '活动台账不全');
    type(dialog, '整改期限', '2024.6.30');
    confirm(dialog);
    await closed();
    expect((await getStation(db, station.id))?.rectification).toEqual({
      items: '活动台账不全',
      deadline: '2024-06-30',
      orderedOn: '2024-03-05',
    });
  });
});

function labelOf(element: HTMLElement): string {
  const id = element.getAttribute('id');
  const label = id ? document.querySelector(`label[for="${id}"]`) : null;
  return (label?.textContent ?? '').replace(/\s*\*$/, '').trim();
}
