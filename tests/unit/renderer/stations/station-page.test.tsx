// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src-renderer/store/instance';
import type { StationEvaluation } from '../../../../src-shared/stations/station';
import { activity, designatedStation, event, station } from '../../shared/stations/fixtures';
import { freshDevice, showStations } from './setup';

afterEach(cleanup);
beforeEach(async () => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumbnail');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
  await freshDevice('city');
});

const DEMONSTRATION: StationEvaluation = {
  dueDate: '2023-05-20',
  periodStart: '2021-05-20',
  items: [90, 85, 80, 95, 88, 92.5].map((score) => ({ score, note: '' })),
  activityCount: 12,
  servedCount: 340,
  outcome: 'demonstration',
  subsidyWan: 10,
  decisionReference: '威人社字〔2023〕8号',
  rectifyItems: '',
  rectifyDeadline: '',
};

/** A station designated on 2021-05-20 after an objection that was not upheld, later made a 示范站. */
async function storedHistory() {
  await db.stations.put(
    designatedStation('2021-05-20', {
      id: 'st-1',
      conditionEvidence: { venue: ['sha-venue'], industry: [], experts: [], management: [] },
    }),
  );
  const objection = event('object', '2021-05-07', {
    id: 'objection-1',
    from: 'publicizing',
    to: 'publicizing',
    details: { date: '2021-05-07', content: '场地面积与申报材料不符' },
  });
  await db.stationEvents.bulkPut(
    [
      event('apply', '2021-03-01', {
        from: 'draft',
        to: 'applied',
        details: { date: '2021-03-01', recommendation: '同意推荐' },
        evidence: ['sha-apply'],
      }),
      event('publicize', '2021-05-06', {
        from: 'selected',
        to: 'publicizing',
        details: { date: '2021-05-06', end: '2021-05-12' },
      }),
      objection,
      event('settle', '2021-05-10', {
        from: 'publicizing',
        to: 'publicizing',
        details: { date: '2021-05-10', objection: 'objection-1', settlement: '经核查属实', upheld: 'no' },
      }),
      event('evaluate', '2023-05-10', { evaluation: DEMONSTRATION }),
    ].map((e) => ({ ...e, stationId: 'st-1' })),
  );
  await db.stationActivities.put({
    ...activity('2022-06-01', { title: '海洋科技沙龙', photos: ['sha-photo'] }),
    stationId: 'st-1',
  });
}

const location = () => screen.getByTestId('location').textContent;

describe('the station page', { timeout: 30_000 }, () => {
  it('heads the page with type, status, 示范站 and the policy, and opens on 基本信息', async () => {
    await storedHistory();
    showStations('/stations/st-1');
    expect((await screen.findByTestId('station-status')).textContent).toBe('已认定');
    expect(screen.getByTestId('station-type').textContent).toBe('综合型');
    expect(screen.getByTestId('station-demonstration').textContent).toBe('示范站');
    expect(screen.getByTestId('station-policy').textContent).toBe(
      '办理依据：《威海市高层次人才驿站管理暂行办法》（威人组发〔2020〕10号）',
    );
    expect(screen.queryByTestId('policy-continued')).toBeNull();
    expect(screen.getByRole('tab', { name: '基本信息' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '基本信息',
      '认定',
      '活动',
      '评估',
      '附件',
      '历史',
    ]);
  });

  it('shows the 基本信息 with phones masked until asked, and edits them', async () => {
    await storedHistory();
    showStations('/stations/st-1');
    const facts = await screen.findByRole('table', { name: '驿站与依托单位' });
    expect(within(facts).getByRole('row', { name: /依托单位名称/ }).textContent).toContain('威海某人才服务有限公司');
    expect(within(facts).getByRole('row', { name: /所在区市/ }).textContent).toContain('环翠区');
    const contacts = screen.getByRole('table', { name: '联系人' });
    expect(contacts.textContent).toContain('138****0000');
    expect(await db.audit.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: '显示完整电话' }));
    await waitFor(() => expect(contacts.textContent).toContain('13800000000'));
    // Seeing the full numbers is a view in the audit log; hiding them again is not.
    expect(await db.audit.toArray()).toMatchObject([
      { seq: 1, action: 'view', subject: { table: 'stations', id: 'st-1' }, detail: '显示联系人完整电话' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: '隐藏完整电话' }));
    expect(contacts.textContent).toContain('138****0000');
    expect(await db.audit.count()).toBe(1);
    expect(screen.getByTestId('condition-facts-venue').textContent).toContain('场地 300 平方米');
    expect(screen.getByRole('button', { name: '查看条件（一）证明材料第 1 份' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '编辑基本信息' }));
    await waitFor(() => expect(location()).toBe('/stations/st-1/edit'));
  });

  it('keeps the tab in the address and lists the history in the staff’s words', async () => {
    await storedHistory();
    showStations('/stations/st-1');
    fireEvent.click(await screen.findByRole('tab', { name: '历史' }));
    await waitFor(() => expect(location()).toBe('/stations/st-1?tab=history'));
    const entries = await screen.findAllByTestId('station-history-entry');
    expect(entries.map((entry) => entry.querySelector('.mantine-Timeline-itemTitle')?.textContent)).toEqual([
      '记录申报',
      '开始公示',
      '记录异议',
      '处理异议',
      '记录评估',
    ]);
    const [apply, publicize, , settle, evaluate] = entries.map((entry) => entry.textContent ?? '');
    expect(apply).toContain('申报日期 2021-03-01 · 草稿 → 已申报 · 测试');
    expect(apply).toContain('区市人力资源社会保障部门推荐意见：同意推荐');
    expect(apply).toContain('附件 1 份');
    expect(publicize).toContain('公示截止日期：2021-05-12');
    expect(settle).toContain('公示中（状态不变）');
    expect(settle).toContain('所处理的异议：2021-05-07 收到的异议（场地面积与申报材料不符）');
    expect(settle).toContain('异议是否成立：不成立');
    expect(evaluate).toContain('评估结论：确定为示范站');
    expect(evaluate).toContain('期间活动：12 场，服务高层次人才 340 人次');
    expect(evaluate).toContain('评分合计：530.5 / 600');
    expect(evaluate).toContain('建站补助：10 万元');
  });

  it('gathers every file of the station on 附件, by where it was filed', async () => {
    await storedHistory();
    showStations('/stations/st-1?tab=attachments');
    expect(await screen.findByRole('button', { name: '查看条件（一）证明材料第 1 份' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载条件（一）证明材料第 1 份' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看记录申报（2021-03-01）材料第 1 份' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看海洋科技沙龙（2022-06-01）照片第 1 份' })).toBeTruthy();
    expect(screen.getAllByTestId('station-attachment')).toHaveLength(3);
  });

  it('notes a policy continued past its term, and offers no editing of a closed file', async () => {
    await db.stations.put(station({ id: 'st-2', status: 'not-selected', policyVersion: 'weihai-2020' }));
    await db.stationEvents.put(
      event('apply', '2024-03-01', {
        stationId: 'st-2',
        from: 'draft',
        to: 'applied',
        details: { date: '2024-03-01', policyContinued: 'yes' },
      }),
    );
    showStations('/stations/st-2');
    expect((await screen.findByTestId('policy-continued')).textContent).toContain('有效期至 2023-12-13');
    expect((screen.getByRole('button', { name: '编辑基本信息' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: '历史' }));
    expect((await screen.findByTestId('station-history-entry')).textContent).toContain(
      '申报日不在任何一版办法的有效期内',
    );
  });

  it('says when the station is not on this device', async () => {
    showStations('/stations/missing');
    expect(await screen.findByText('找不到该驿站')).toBeTruthy();
  });
});
