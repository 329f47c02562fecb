// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../src-renderer/store/instance';
import { designatedStation, station } from '../../shared/stations/fixtures';
import { freshDevice, showStations } from './setup';

afterEach(cleanup);
beforeEach(() => freshDevice('district'));

// The list's “today”, fixed so that the due dates below are 5 days late and 30 days ahead.
vi.mock('../../../../src-renderer/cards/use-today', () => ({ useToday: () => '2026-03-10' }));

async function storeStations() {
  await db.stations.bulkPut([
    station({
      id: 's-draft',
      name: '环翠区综合型人才驿站',
      type: 'comprehensive',
      district: 'HC',
      updatedAt: '2026-01-03T00:00:00.000Z',
    }),
    designatedStation('2024-03-05', {
      id: 's-late',
      name: '荣成海洋创新人才驿站',
      type: 'innovation',
      district: 'RC',
      hostName: '荣成某海洋科技有限公司',
      updatedAt: '2026-01-02T00:00:00.000Z',
    }),
    designatedStation('2024-04-09', {
      id: 's-soon',
      name: '文登创业人才驿站',
      type: 'entrepreneurship',
      district: 'WD',
      updatedAt: '2026-01-01T00:00:00.000Z',
    }),
  ]);
}

const table = () => screen.findByRole('table', { name: '人才驿站列表' });
const names = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent);

async function choose(label: string, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('the 人才驿站 list', { timeout: 30_000 }, () => {
  it('says there is no station yet and offers 新建驿站', async () => {
    showStations('/stations');
    expect(await screen.findByText('尚无人才驿站档案')).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '新建驿站' }));
    expect(await screen.findByRole('heading', { name: '新建人才驿站' })).toBeTruthy();
  });

  it('lists the most recently changed first and shows each station with its type, host, district, status, designation and next evaluation', async () => {
    await storeStations();
    showStations('/stations');
    await waitFor(async () =>
      expect(await names()).toEqual(['环翠区综合型人才驿站', '荣成海洋创新人才驿站', '文登创业人才驿站']),
    );
    const late = within(await table()).getByRole('row', { name: /荣成海洋创新人才驿站/ });
    expect(
      within(late)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      '荣成海洋创新人才驿站',
      '创新型',
      '荣成某海洋科技有限公司',
      '荣成',
      '已认定',
      '2024-03-05',
      '2026-03-05已逾期 5 天',
    ]);
    const soon = within(await table()).getByRole('row', { name: /文登创业人才驿站/ });
    expect(soon.textContent).toContain('30 天后到期');
    const draft = within(await table()).getByRole('row', { name: /环翠区综合型人才驿站/ });
    expect(
      within(draft)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(3),
    ).toEqual(['环翠', '草稿', '—', '—']);
  });

  it('filters by 类型, 区市, 状态 and 评估到期, and clears the filters', async () => {
    await storeStations();
    showStations('/stations');
    await waitFor(async () => expect(await names()).toHaveLength(3));

    await choose('评估到期', '已逾期');
    await waitFor(async () => expect(await names()).toEqual(['荣成海洋创新人才驿站']));
    await choose('评估到期', '60 天内到期');
    await waitFor(async () => expect(await names()).toEqual(['文登创业人才驿站']));

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await choose('类型', '综合型');
    await waitFor(async () => expect(await names()).toEqual(['环翠区综合型人才驿站']));
    await choose('区市', '荣成市');
    expect(await screen.findByText('没有符合筛选条件的人才驿站')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    await choose('状态', '已认定');
    await waitFor(async () => expect(await names()).toEqual(['荣成海洋创新人才驿站', '文登创业人才驿站']));
  });

  it('opens a station from its row', async () => {
    await storeStations();
    showStations('/stations');
    fireEvent.click(within(await table()).getByRole('row', { name: /文登创业人才驿站/ }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/stations/s-soon'));
    expect(await screen.findByRole('heading', { name: '文登创业人才驿站' })).toBeTruthy();
  });
});
