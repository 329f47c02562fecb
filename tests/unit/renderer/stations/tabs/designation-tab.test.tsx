// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DesignationTab } from '../../../../../src-renderer/stations/tabs/DesignationTab';
import { db } from '../../../../../src-renderer/store/instance';
import { getStation } from '../../../../../src-renderer/store/stations';
import type { Role } from '../../../../../src-shared/api/roles';
import type { StationStatus } from '../../../../../src-shared/stations/station';
import { event } from '../../../shared/stations/fixtures';
import { freshDevice, showTab, storedStation } from '../steps/setup';

const DESIGNATION_LABELS = [
  '记录申报',
  '认定入选',
  '认定未入选',
  '开始公示',
  '记录异议',
  '处理异议',
  '核准公布并授牌',
  '公示未通过',
];

/** Today at the window, 10:00 in Weihai. */
const today = (date: string) => vi.setSystemTime(new Date(`${date}T10:00:00+08:00`));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  today('2024-05-08');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const stepButtons = () =>
  screen
    .queryAllByRole('button')
    .map((button) => button.textContent ?? '')
    .filter((text) => DESIGNATION_LABELS.includes(text));

const type = (dialog: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(dialog).getByRole('textbox', { name: label }), { target: { value } });

async function take(label: string, fill: Record<string, string>, choose: string[] = []) {
  fireEvent.click(await screen.findByRole('button', { name: label }));
  const dialog = await screen.findByRole('dialog', { name: label });
  for (const [field, value] of Object.entries(fill)) type(dialog, field, value);
  for (const radio of choose) fireEvent.click(within(dialog).getByRole('radio', { name: radio }));
  fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('the 认定 tab', { timeout: 30_000 }, () => {
  it.each([
    ['draft', 'district', ['记录申报']],
    ['draft', 'city', ['记录申报']],
    ['draft', 'admin', []],
    ['applied', 'district', []],
    ['applied', 'city', ['认定入选', '认定未入选']],
    ['selected', 'city', ['开始公示']],
    ['publicizing', 'district', []],
    ['publicizing', 'city', ['记录异议', '处理异议', '核准公布并授牌', '公示未通过']],
    ['designated', 'city', []],
    ['not-selected', 'city', []],
  ] as [StationStatus, Role, string[]][])(
    'offers a %s station to the %s window: %j',
    async (status, role, expected) => {
      await freshDevice(role === 'city' ? 'city' : 'district');
      const station = await storedStation({ status });
      showTab(DesignationTab, station.id, role);
      await screen.findByRole('region', { name: '认定进度' });
      expect(stepButtons()).toEqual(expected);
      if (status === 'applied' && role === 'district')
        expect(screen.getByText('“认定入选”、“认定未入选”由市级办理，本机（区市窗口）无需操作。')).toBeTruthy();
      if (role === 'admin') expect(screen.getByText(/管理员只管理账号与设备/)).toBeTruthy();
    },
  );

  it('shows what 申报 still needs, with the way to 基本信息, and holds the button back', async () => {
    await freshDevice('district');
    const station = await storedStation({
      functions: [],
      conditionEvidence: { venue: [], industry: ['b'], experts: ['c'], management: ['d'] },
    });
    showTab(DesignationTab, station.id, 'district');
    const alert = await screen.findByRole('note', { name: '申报前请在基本信息中补齐' });
    expect(alert.textContent).toContain('第六条条件“场地设施与经费”的说明和证明材料');
    expect(alert.textContent).toContain('第八条职责功能（至少一项）');
    expect(within(alert).getByRole('link', { name: '编辑基本信息' }).getAttribute('href')).toBe(
      `/stations/${station.id}/edit`,
    );
    expect((screen.getByRole('button', { name: '记录申报' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('leaves 申报 of a unit applying straight to the city to the city', async () => {
    await freshDevice('district');
    const station = await storedStation({ route: 'institution' });
    showTab(DesignationTab, station.id, 'district');
    expect((await screen.findByRole('button', { name: '记录申报' })).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/市直单位、高校院所直接报市人力资源和社会保障局/)).toBeTruthy();
  });

  it('takes a station from 申报 to 公布, showing each stage as it is recorded', async () => {
    await freshDevice('city');
    const station = await storedStation();
    showTab(DesignationTab, station.id, 'city');

    await take('记录申报', { 申报日期: '2024-04-01', 区市人力资源社会保障部门推荐意见: '同意推荐' });
    expect(await screen.findByText('《威海市高层次人才驿站管理暂行办法》（威人组发〔2020〕10号）')).toBeTruthy();
    expect(screen.getByTestId('policy-continued').textContent).toContain(
      '已过该办法的有效期 2020-12-14 至 2023-12-13，尚无新版本，按该办法继续执行',
    );
    const applied = screen.getByRole('table', { name: '申报' });
    expect(applied.textContent).toContain('2024-04-01');
    expect(applied.textContent).toContain('经区市人力资源社会保障部门推荐');

    await take('认定入选', { 实地考察日期: '2024-04-20', 考察评估专家: '李教授', 综合评估意见: '条件齐备' });
    expect((await screen.findByRole('table', { name: '认定' })).textContent).toContain('入选');

    await take('开始公示', { 公示开始日期: '2024-05-06' });
    expect((await screen.findByTestId('publicity-end')).textContent).toBe('2024-05-10');
    expect(screen.getByTestId('publicity-left').textContent).toBe('公示中，今天之后还有 2 个工作日');

    await take('记录异议', { 收到异议日期: '2024-05-07', 异议内容: '场地面积不实' });
    const objections = await screen.findByRole('list', { name: '异议' });
    await waitFor(() => expect(objections.textContent).toContain('待处理'));

    expect(screen.getByText('公示期至 2024-05-10，期满后才能核准公布')).toBeTruthy();
    await take('处理异议', { 处理日期: '2024-05-08', 核查处理情况: '经核查场地属实' }, ['不成立']);
    await waitFor(() => expect(screen.getByRole('list', { name: '异议' }).textContent).toContain('不成立'));
    expect(screen.getByRole('list', { name: '异议' }).textContent).toContain('2024-05-08 处理：经核查场地属实');
    expect(screen.getByRole('button', { name: '处理异议' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: '公示未通过' }).hasAttribute('disabled')).toBe(true);

    // The window opens the station again after the 公示 has ended.
    cleanup();
    today('2024-05-20');
    showTab(DesignationTab, station.id, 'city');
    expect(await screen.findByText('公示期已满，异议均已处理')).toBeTruthy();
    await take('核准公布并授牌', {
      核准日期: '2024-05-15',
      核准批复文号: '威人才办〔2024〕3号',
      授牌日期: '2024-05-18',
    });
    const published = await screen.findByRole('table', { name: '公布' });
    expect(published.textContent).toContain('威人才办〔2024〕3号');
    expect(published.textContent).toContain('2024-05-18');
    expect((await getStation(db, station.id))?.status).toBe('designated');
    expect(stepButtons()).toEqual([]);
  });

  it('lists each objection with its settlement, 成立 or 不成立, and the open ones as 待处理', async () => {
    await freshDevice('city');
    const first = event('object', '2024-05-06', { details: { date: '2024-05-06', content: '专家名单不实' } });
    const second = event('object', '2024-05-07', { details: { date: '2024-05-07', content: '场地面积不实' } });
    const settled = event('settle', '2024-05-07', {
      details: { date: '2024-05-07', objection: first.id, settlement: '确有一名专家未参与', upheld: 'yes' },
    });
    const station = await storedStation(
      { status: 'publicizing', publicity: { start: '2024-05-06', end: '2024-05-10', estimated: false } },
      [first, second, settled],
    );
    showTab(DesignationTab, station.id, 'city');
    const items = within(await screen.findByRole('list', { name: '异议' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^2024-05-06 收到：专家名单不实成立2024-05-07 处理：确有一名专家未参与/),
      expect.stringMatching(/^2024-05-07 收到：场地面积不实待处理/),
    ]);
    // Still within the 公示, one objection open and one upheld: 公布 waits; 公示未通过 may be recorded.
    expect(screen.getByRole('button', { name: '核准公布并授牌' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('公示期至 2024-05-10，期满后才能核准公布')).toBeTruthy();
    expect(screen.getByRole('button', { name: '公示未通过' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: '处理异议' }).hasAttribute('disabled')).toBe(false);
  });
});
