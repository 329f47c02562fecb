// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EvaluationTab } from '../../../../../src-renderer/stations/tabs/EvaluationTab';
import type { Role } from '../../../../../src-shared/api/roles';
import type { StationEvaluation } from '../../../../../src-shared/stations/station';
import { designatedStation, event } from '../../../shared/stations/fixtures';
import { freshDevice, showTab, storedStation } from '../steps/setup';

const LABELS = ['记录评估', '整改验收合格', '取消称号', '报送年度工作计划', '报送年度工作总结'];

const today = (date: string) => vi.setSystemTime(new Date(`${date}T10:00:00+08:00`));

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The step buttons shown, and whether each can be pressed. */
const stepButtons = () =>
  screen
    .queryAllByRole('button')
    .filter((button) => LABELS.includes(button.textContent ?? ''))
    .map((button) => `${button.textContent}${button.hasAttribute('disabled') ? '（不可用）' : ''}`);

const evaluation = (overrides: Partial<StationEvaluation>): StationEvaluation => ({
  dueDate: '2024-03-01',
  periodStart: '2022-03-01',
  items: [
    { score: 90, note: '服务基层 12 次' },
    { score: 85, note: '' },
    { score: 80, note: '新入选泰山人才 2 人' },
    { score: 88.5, note: '' },
    { score: 92, note: '' },
    { score: 75, note: '2023 年总结迟报' },
  ],
  activityCount: 14,
  servedCount: 63,
  outcome: 'pass',
  subsidyWan: null,
  decisionReference: '',
  rectifyItems: '',
  rectifyDeadline: '',
  ...overrides,
});

describe('the 评估 tab', { timeout: 30_000 }, () => {
  it.each([
    ['city', ['记录评估', '报送年度工作计划', '报送年度工作总结']],
    ['district', ['报送年度工作计划', '报送年度工作总结']],
  ] as [Role, string[]][])(
    'shows when the next evaluation is due, and offers the %s window %j',
    async (role, expected) => {
      today('2024-02-20');
      await freshDevice(role === 'city' ? 'city' : 'district');
      const station = await storedStation(designatedStation('2022-03-01'));
      showTab(EvaluationTab, station.id, role);
      expect((await screen.findByTestId('evaluation-due')).textContent).toBe('2024-03-01');
      expect(screen.getByText('还有 10 天')).toBeTruthy();
      expect(stepButtons()).toEqual(expected);
      if (role === 'district')
        expect(screen.getByText('“记录评估”由市级办理，本机（区市窗口）无需操作。')).toBeTruthy();
    },
  );

  it('says when an evaluation is overdue', async () => {
    today('2024-03-11');
    await freshDevice('city');
    const station = await storedStation(designatedStation('2022-03-01'));
    showTab(EvaluationTab, station.id, 'city');
    expect(await screen.findByText('已逾期 10 天')).toBeTruthy();
  });

  it('shows a past evaluation with its scores, notes, total, counts, subsidy and decision', async () => {
    today('2024-06-01');
    await freshDevice('city');
    const evaluated = event('evaluate', '2024-03-05', {
      evaluation: evaluation({ outcome: 'demonstration', subsidyWan: 12, decisionReference: '威人社字〔2024〕12号' }),
    });
    const station = await storedStation(designatedStation('2022-03-01'), [evaluated]);
    showTab(EvaluationTab, station.id, 'city');
    const record = await screen.findByRole('article', { name: '2024-03-05 评估' });
    const facts = within(record).getByRole('table', { name: '2024-03-05 评估' }).textContent;
    expect(facts).toContain('对应到期日2024-03-01');
    expect(facts).toContain('2022-03-01 至 2024-03-05：活动 14 场，服务高层次人才 63 人次');
    expect(facts).toContain('评估结论确定为示范站');
    expect(facts).toContain('建站补助12 万元');
    expect(facts).toContain('决定文号威人社字〔2024〕12号');
    const scores = within(record)
      .getAllByRole('row')
      .filter((row) => row.closest('table')?.getAttribute('aria-label') === '2024-03-05 评估评分')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(scores[2]).toEqual(['（三）驿站人才队伍建设、各级人才工程称号入选情况', '80', '新入选泰山人才 2 人']);
    expect(scores[6]).toEqual(['合计', '510.5', '']);
    expect(within(record).getByText('合计 510.5 / 600 分')).toBeTruthy();
    // The next one is due two years after the first.
    expect(screen.getByTestId('evaluation-due').textContent).toBe('2026-03-01');
  });

  it('shows the rectification in progress with days left; 取消称号 waits for the deadline', async () => {
    today('2024-05-01');
    await freshDevice('city');
    const ordered = event('evaluate', '2024-03-05', {
      to: 'rectifying',
      evaluation: evaluation({ outcome: 'rectify', rectifyItems: '活动台账不全', rectifyDeadline: '2024-06-30' }),
    });
    const rectifying = designatedStation('2022-03-01', {
      status: 'rectifying',
      rectification: { items: '活动台账不全', deadline: '2024-06-30', orderedOn: '2024-03-05' },
    });
    const station = await storedStation(rectifying, [ordered]);
    showTab(EvaluationTab, station.id, 'city');
    const section = await screen.findByRole('region', { name: '整改中' });
    const facts = within(section).getByRole('table', { name: '整改' }).textContent;
    expect(facts).toContain('整改事项活动台账不全');
    expect(facts).toContain('整改期限2024-06-30还有 60 天');
    expect(stepButtons()).toEqual(['整改验收合格', '取消称号（不可用）', '报送年度工作计划', '报送年度工作总结']);
    expect(within(section).getByText(/整改期限至 2024-06-30；期限届满/)).toBeTruthy();
    cleanup();

    today('2024-07-02');
    showTab(EvaluationTab, station.id, 'city');
    await screen.findByRole('region', { name: '整改中' });
    expect(stepButtons()).toEqual(['整改验收合格', '取消称号', '报送年度工作计划', '报送年度工作总结']);
    expect(screen.getByText('已逾期 2 天')).toBeTruthy();
  });

  it('lists the yearly plans and summaries filed, and those missing', async () => {
    today('2024-03-10');
    await freshDevice('district');
    const plan = event('plan', '2023-01-20', { details: { date: '2023-01-20', year: '2023' }, evidence: ['p'] });
    const summary = event('summary', '2024-01-25', { details: { date: '2024-01-25', year: '2023' }, evidence: ['s'] });
    const station = await storedStation(designatedStation('2022-03-01'), [plan, summary]);
    showTab(EvaluationTab, station.id, 'district');
    const table = await screen.findByRole('table', { name: '年度工作计划与总结' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['2024 年', '未报送（应于 2024-01-31 前）', '应于 2025-01-31 前报送'],
      ['2023 年', '2023-01-20 报送 · 测试查看', '2024-01-25 报送 · 测试查看'],
      // Designated in March 2022: that year's plan fell due before.
      ['2022 年', '—', '未报送（应于 2023-01-31 前）'],
    ]);
    expect(within(table).getByRole('button', { name: '查看2023年度工作计划' })).toBeTruthy();
  });
});
