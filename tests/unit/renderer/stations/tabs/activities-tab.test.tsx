// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ActivitiesTab } from '../../../../../src-renderer/stations/tabs/ActivitiesTab';
import { db } from '../../../../../src-renderer/store/instance';
import { stationActivities } from '../../../../../src-renderer/store/stations';
import { activity, designatedStation } from '../../../shared/stations/fixtures';
import { answerFilePicker } from '../../file-picker';
import { freshDevice, showTab, storedStation } from '../steps/setup';

afterEach(cleanup);
// fake-indexeddb hands stored Blobs back as plain objects under happy-dom, which cannot make object URLs of them.
beforeEach(() => {
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:thumbnail');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const type = (dialog: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(dialog).getByRole('textbox', { name: label }), { target: { value } });
const confirm = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
const rows = (table: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('the 活动 tab', { timeout: 30_000 }, () => {
  it('records an activity with its photos, shows it with the year’s totals, edits and deletes it', async () => {
    await freshDevice('district');
    const station = await storedStation(
      designatedStation('2022-03-01'),
      [],
      [activity('2023-11-02', { title: '海洋装备论坛', kind: 'forum', participants: 30, expertsServed: 5 })],
    );
    showTab(ActivitiesTab, station.id, 'district');

    fireEvent.click(await screen.findByRole('button', { name: '记录活动' }));
    let dialog = await screen.findByRole('dialog', { name: '记录活动' });
    type(dialog, '活动日期', '2024.3.9');
    type(dialog, '活动名称', '海洋生物医药专家讲座');
    type(dialog, '参加人数', '四十');
    type(dialog, '服务高层次人才人次', '6');
    confirm(dialog);
    expect(await within(dialog).findByText('参加人数应为整数')).toBeTruthy();

    type(dialog, '参加人数', '40');
    type(dialog, '活动成效', '促成两项技术合作');
    answerFilePicker([new File([PNG], '现场.png', { type: '' })]);
    fireEvent.click(within(dialog).getByRole('button', { name: '上传活动照片' }));
    await within(dialog).findByRole('button', { name: '查看活动照片第 1 份' });
    confirm(dialog);
    await closed();

    await waitFor(() => expect(rows('活动记录')).toHaveLength(2));
    expect(rows('活动记录')[0]?.slice(0, 7)).toEqual([
      '2024-03-09',
      '专家讲座',
      '海洋生物医药专家讲座',
      '40',
      '6',
      '促成两项技术合作',
      '1 张查看',
    ]);
    expect(rows('年度合计')).toEqual([
      ['2024 年', '1', '40', '6', '1'],
      ['2023 年', '1', '30', '5', '0'],
    ]);
    const [saved] = await stationActivities(db, station.id);
    expect((await db.attachments.get(saved?.photos[0] ?? ''))?.type).toBe('image/png');

    fireEvent.click(screen.getByRole('button', { name: '修改活动 海洋生物医药专家讲座' }));
    dialog = await screen.findByRole('dialog', { name: '修改活动' });
    expect((within(dialog).getByRole('textbox', { name: '活动名称' }) as HTMLInputElement).value).toBe(
      '海洋生物医药专家讲座',
    );
    type(dialog, '服务高层次人才人次', '8');
    confirm(dialog);
    await closed();
    await waitFor(() => expect(rows('年度合计')[0]).toEqual(['2024 年', '1', '40', '8', '1']));

    fireEvent.click(screen.getByRole('button', { name: '删除活动 海洋生物医药专家讲座' }));
    dialog = await screen.findByRole('dialog', { name: '删除活动' });
    expect(dialog.textContent).toContain('确定删除 2024-03-09 的专家讲座“海洋生物医药专家讲座”吗？');
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await closed();
    expect(await stationActivities(db, station.id)).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: '删除活动 海洋生物医药专家讲座' }));
    dialog = await screen.findByRole('dialog', { name: '删除活动' });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认删除' }));
    await closed();
    await waitFor(() => expect(rows('活动记录')).toHaveLength(1));
    expect(rows('年度合计')).toEqual([['2023 年', '1', '30', '5', '0']]);
  });

  it('keeps the log of a revoked station as it was', async () => {
    await freshDevice('city');
    const station = await storedStation(
      designatedStation('2022-03-01', { status: 'revoked', revokedOn: '2024-09-01' }),
      [],
      [activity('2023-11-02', { title: '海洋装备论坛' })],
    );
    showTab(ActivitiesTab, station.id, 'city');
    expect((await screen.findByRole('button', { name: '记录活动' })).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(
      '该驿站已于 2024-09-01 取消称号，不能再记录、修改或删除活动；以下为取消前的记录。',
    );
    expect(rows('活动记录')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /^(修改|删除)活动/ })).toBeNull();
  });
});
