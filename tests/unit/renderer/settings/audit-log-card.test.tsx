// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLogCard } from '../../../../src-renderer/settings/AuditLogCard';
import { recordAction } from '../../../../src-renderer/store/audit';
import { deviceIdentity, saveStaffProfile } from '../../../../src-renderer/store/device';
import { db } from '../../../../src-renderer/store/instance';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await deviceIdentity(db);
  await saveStaffProfile(db, { districtCode: 'HC', staffName: '王窗口' });
});
afterEach(cleanup);

function show() {
  render(
    <MantineProvider>
      <AuditLogCard />
    </MantineProvider>,
  );
}

const subject = { table: 'applications', id: 'a-1', label: '2026HC-7F3K9Q-0001 张三' };

describe('审计日志 on 设置', () => {
  it('lists the latest events newest first, in words, and says the local chain holds', async () => {
    await recordAction(
      db,
      { action: 'view', subject, detail: '显示持卡人完整证件号码和联系电话' },
      new Date('2026-11-23T02:00:00Z'),
    );
    await recordAction(
      db,
      {
        action: 'export',
        subject: { table: '', id: '', label: '统计报表' },
        detail: '导出 Excel：威海英才卡统计-20261123.xlsx',
      },
      new Date('2026-11-23T03:00:00Z'),
    );
    show();
    const table = await screen.findByRole('table', { name: '最近的审计记录' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['王窗口', '导出', '统计报表', '导出 Excel：威海英才卡统计-20261123.xlsx'],
      ['王窗口', '查看完整信息', '2026HC-7F3K9Q-0001 张三', '显示持卡人完整证件号码和联系电话'],
    ]);
    await waitFor(() => expect(screen.getByTestId('audit-chain-state').textContent).toBe('本机记录链完整（共 2 条）'));
    // Read only: nothing to press, and no 保存 beside the profile's.
    expect(within(screen.getByRole('region', { name: '审计日志' })).queryAllByRole('button')).toEqual([]);
  });

  it('names the first break when an event was changed here', async () => {
    const first = await recordAction(
      db,
      { action: 'view', subject, detail: '显示完整号码' },
      new Date('2026-11-23T02:00:00Z'),
    );
    await recordAction(db, { action: 'print', subject, detail: '打印申领登记表' }, new Date('2026-11-23T03:00:00Z'));
    await db.audit.put({ ...first, detail: '没有查看' });
    show();
    await waitFor(() =>
      expect(screen.getByTestId('audit-chain-state').textContent).toContain(
        '第 1 条：记录内容与其哈希不符（记录后被修改）',
      ),
    );
  });
});
