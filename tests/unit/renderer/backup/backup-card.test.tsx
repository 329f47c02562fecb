// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupCard } from '../../../../src-renderer/backup/BackupCard';
import { readBackup } from '../../../../src-renderer/backup/read-backup';
import { writeBackup } from '../../../../src-renderer/backup/write-backup';
import { db } from '../../../../src-renderer/store/instance';
import type { OpenedFile, SaveFileRequest } from '../../../../src-shared/bridge/contract';
import { freshDb } from '../store/helpers';
import { application, device } from './profile';

// The desktop app's bridge as the preload gives it: the test plays the main process's file dialogs.
const bridge = vi.hoisted(() => ({ saved: [] as SaveFileRequest[], toOpen: [] as OpenedFile[] }));
vi.mock('../../../../src-renderer/bridge/desktop', () => ({
  isBrowserMode: false,
  desktop: {
    saveFile: async (request: SaveFileRequest) => {
      bridge.saved.push(request);
      return { ok: true, value: { saved: true, location: `D:\\备份\\${request.suggestedName}` } };
    },
    openFile: async () => ({ ok: true, value: bridge.toOpen }),
  },
}));

const PASSPHRASE = '威海英才卡2026';

beforeEach(async () => {
  bridge.saved = [];
  bridge.toOpen = [];
  await Promise.all(db.tables.map((table) => table.clear()));
  await device(db);
});
afterEach(cleanup);

function show(path = '/settings') {
  render(
    <MantineProvider>
      <MemoryRouter initialEntries={[path]}>
        <BackupCard />
      </MemoryRouter>
    </MantineProvider>,
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('备份 on 设置: exporting', () => {
  it('saves nothing until staff confirm the file holds full personal data, then saves, records it and says so', async () => {
    await application(db, '张三', { applicant: { idNumber: '370102199001011237' } });
    show();
    fireEvent.click(screen.getByRole('button', { name: '导出备份' }));
    const dialog = await screen.findByRole('dialog', { name: '导出备份' });
    expect(dialog.textContent).toContain('备份包含全部个人信息（未脱敏）');
    expect(dialog.textContent).toContain('密码遗失后，任何人（包括技术支持）都无法打开这份备份');

    type('备份密码', PASSPHRASE);
    type('再次输入备份密码', `${PASSPHRASE}x`);
    const exportButton = within(dialog).getByRole('button', { name: '导出备份文件' });
    expect(exportButton).toHaveProperty('disabled', true);
    fireEvent.click(within(dialog).getByLabelText('我了解备份文件包含全部个人信息（未脱敏），将妥善保管'));
    fireEvent.click(exportButton);
    expect(await within(dialog).findByText('两次输入的密码不一致')).toBeTruthy();
    expect(bridge.saved).toEqual([]);

    type('再次输入备份密码', PASSPHRASE);
    fireEvent.click(exportButton);
    await waitFor(() => expect(bridge.saved).toHaveLength(1), { timeout: 15_000 });
    const [request] = bridge.saved;
    expect(request?.suggestedName).toMatch(/^威海英才卡备份-\d{8}-\d{4}\.whbak$/);
    expect(request?.filters).toEqual([{ name: '威海英才卡备份', extensions: ['whbak'] }]);
    const contents = await readBackup(request?.data as Uint8Array, PASSPHRASE);
    expect(contents.tables.applications.map((row) => (row.applicant as { idNumber: string }).idNumber)).toEqual([
      '370102199001011237',
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '导出备份' })).toBeNull());
    const exports = (await db.audit.toArray()).filter((event) => event.action === 'export');
    expect(exports.map((event) => event.detail)).toEqual([
      `导出完整数据备份（申领登记 1 份、申领办理记录 1 条、审计日志 1 条、附件 0 个）：${request?.suggestedName}`,
    ]);
  }, 30_000);

  it('has no button named 保存', () => {
    show();
    expect(screen.queryAllByRole('button', { name: '保存' })).toEqual([]);
  });
});

describe('备份 on 设置: restoring', () => {
  it('opens the restore dialog at once from #/settings?restore=1, and shows the plan before writing anything', async () => {
    const office = freshDb();
    await device(office);
    const zhang = await application(office, '张三');
    bridge.toOpen = [{ name: '威海英才卡备份.whbak', type: '', data: (await writeBackup(office, PASSPHRASE)).file }];
    office.close();

    show('/settings?restore=1');
    const dialog = await screen.findByRole('dialog', { name: '从备份恢复' });
    fireEvent.click(within(dialog).getByRole('button', { name: '选择备份文件' }));
    await within(dialog).findByText(/威海英才卡备份\.whbak/);

    type('备份密码', '不是这个密码的密码');
    fireEvent.click(within(dialog).getByRole('button', { name: '读取备份' }));
    expect(await within(dialog).findByText('备份密码不正确', {}, { timeout: 15_000 })).toBeTruthy();

    type('备份密码', PASSPHRASE);
    fireEvent.click(within(dialog).getByRole('button', { name: '读取备份' }));
    const plan = await within(dialog).findByRole('table', { name: '恢复计划' }, { timeout: 15_000 });
    expect(within(plan).getByText('申领登记')).toBeTruthy();
    // Not written before the confirmation.
    expect(await db.applications.count()).toBe(0);

    fireEvent.click(within(dialog).getByRole('button', { name: '确认恢复' }));
    expect(await within(dialog).findByText('恢复完成', {}, { timeout: 15_000 })).toBeTruthy();
    expect((await db.applications.get(zhang.id))?.applicant.name).toBe('张三');
    expect((await db.audit.toArray()).some((event) => event.action === 'restore')).toBe(true);
  }, 30_000);
});
