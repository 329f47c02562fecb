// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getApplication, statusHistory } from '../../../../src-renderer/store/applications';
import { db } from '../../../../src-renderer/store/instance';
import { answerFilePicker } from '../file-picker';
import { applicationAt, freshDevice, showCards } from './setup';

afterEach(cleanup);

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function openStep(status: Parameters<typeof applicationAt>[0], button: string) {
  const application = await applicationAt(status);
  showCards(`/cards/${application.id}`);
  fireEvent.click(await screen.findByRole('button', { name: button }));
  return { application, dialog: await screen.findByRole('dialog') };
}

const type = (dialog: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(dialog).getByRole('textbox', { name: label }), { target: { value } });
const confirm = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: '确认' }));
const row = (table: string, label: string) =>
  within(screen.getByRole('table', { name: table })).getByRole('row', { name: new RegExp(`^${label}`) });

describe('a step dialog', () => {
  it('asks for exactly the step’s data, refuses it missing, then records it with its history event', async () => {
    await freshDevice('city');
    const { application, dialog } = await openStep('talent-office', '记录同意');
    expect(
      within(dialog)
        .getAllByRole('textbox')
        .map((input) => input.getAttribute('placeholder')),
    ).toEqual(['如 2026-03-01']);

    confirm(dialog);
    expect(await within(dialog).findByText('请填写同意日期')).toBeTruthy();
    expect((await getApplication(db, application.id))?.status).toBe('talent-office');
    const before = (await statusHistory(db, application.id)).length;

    type(dialog, '同意日期', '2024.1.5');
    confirm(dialog);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await getApplication(db, application.id))?.status).toBe('approved');
    const history = await statusHistory(db, application.id);
    expect(history).toHaveLength(before + 1);
    expect(history.at(-1)).toMatchObject({ from: 'talent-office', to: 'approved', details: { date: '2024-01-05' } });
    const timeline = await screen.findByRole('region', { name: '办理记录' });
    await waitFor(() => expect(timeline.textContent).toContain('同意日期：2024-01-05'));
    expect(timeline.textContent).toContain('报人才办 → 已同意 · 王窗口');
    expect(screen.getByTestId('card-status').textContent).toBe('已同意');
  });

  it('issues a card only with a number and an issue date that is not in the future', async () => {
    await freshDevice('city');
    const { application, dialog } = await openStep('card-made', '发放英才卡');
    type(dialog, '卡号', 'WH-2024-0001');
    type(dialog, '发放日期', '2099-01-01');
    confirm(dialog);
    expect(await within(dialog).findByText(/发放日期不能晚于今天/)).toBeTruthy();
    expect((await getApplication(db, application.id))?.card).toBeNull();

    type(dialog, '发放日期', '2024-02-29');
    confirm(dialog);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(row('有效期', '发放日期').textContent).toContain('2024-02-29'));
    expect(row('有效期', '首年有效期至').textContent).toContain('2025-02-28');
    expect(row('有效期', '落地后有效期至').textContent).toContain('项目落地后延长至 2029-02-28');
    expect(row('有效期', '当前状态').textContent).toContain('已过期');
  });

  it('refuses a card number another holder has', async () => {
    await freshDevice('city');
    await applicationAt('issued'); // holds WH-2024-0001
    const { dialog } = await openStep('card-made', '发放英才卡');
    type(dialog, '卡号', 'WH-2024-0001');
    type(dialog, '发放日期', '2024-03-01');
    confirm(dialog);
    expect(await within(dialog).findByText(/卡号 WH-2024-0001 已发给 张三/)).toBeTruthy();
  });

  it('records a 落地 only with its evidence, and the card then runs five years', async () => {
    await freshDevice('district');
    const { application, dialog } = await openStep('issued', '记录落地');
    type(dialog, '落地日期', '2024-10-08');
    confirm(dialog);
    expect(await within(dialog).findByText(/请添加证明材料/)).toBeTruthy();
    expect((await getApplication(db, application.id))?.landing).toBeNull();

    answerFilePicker([new File([PNG], '营业执照.png', { type: '' })]);
    fireEvent.click(within(dialog).getByRole('button', { name: '添加证明材料' }));
    expect(await within(dialog).findByText(/营业执照\.png/)).toBeTruthy();
    type(dialog, '备注', '项目公司已注册');
    confirm(dialog);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const landing = (await getApplication(db, application.id))?.landing;
    expect(landing).toMatchObject({ date: '2024-10-08', note: '项目公司已注册' });
    expect((await db.attachments.get(landing?.evidence[0] ?? ''))?.type).toBe('image/png');
    await waitFor(() => expect(row('有效期', '落地后有效期至').textContent).toContain('2029-02-28'));
    expect(row('有效期', '落地日期').textContent).toContain('2024-10-08');
    expect(row('有效期', '当前状态').textContent).toContain('有效');
    expect(screen.getByRole('button', { name: '查看落地证明材料' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '记录落地' })).toBeNull();
  });
});
