// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoLockMinutes } from '../../../../src-renderer/session/auto-lock';
import type { Keyring } from '../../../../src-renderer/session/keyring';
import { useSession } from '../../../../src-renderer/session/session-store';
import { SecurityCard } from '../../../../src-renderer/settings/SecurityCard';
import { db } from '../../../../src-renderer/store/instance';
import { endSession, signedInKeyring } from './signed-in-session';

const current = vi.hoisted(() => ({ keyring: null as unknown }));
vi.mock('../../../../src-renderer/session/app-keyring', () => ({ appKeyring: () => current.keyring }));

let keyring: Keyring;

beforeEach(async () => {
  await db.meta.clear();
  keyring = await signedInKeyring();
  current.keyring = keyring;
});
afterEach(() => {
  cleanup();
  endSession(keyring);
});

function show() {
  render(
    <MantineProvider>
      <SecurityCard />
    </MantineProvider>,
  );
}

const minutes = () => screen.getByRole('textbox', { name: /自动锁定（分钟）/ }) as HTMLInputElement;

describe('设置 → 安全', { timeout: 30_000 }, () => {
  it('names who is signed in, how the key is kept, and what is and is not encrypted', async () => {
    show();
    const table = within(screen.getByRole('table', { name: '数据保护' }));
    expect(table.getByTestId('security-staff').textContent).toBe('王窗口');
    expect(table.getByText(/由操作系统密钥库保管/)).toBeTruthy();
    expect(table.getByText(/证件号码、联系电话、简历、照片与扫描件/)).toBeTruthy();
    expect(table.getByText(/姓名.*用于检索/)).toBeTruthy();
    await waitFor(() => expect(table.getByTestId('security-staff-list').textContent).toBe('王窗口'));
  });

  it('keeps 自动锁定 at 10 minutes until a whole number from 1 to 120 is set', async () => {
    show();
    await waitFor(() => expect(minutes().value).toBe('10'));
    for (const bad of ['0', '121', '1.5']) {
      fireEvent.change(minutes(), { target: { value: bad } });
      fireEvent.click(screen.getByRole('button', { name: '设定锁定时间' }));
      expect(await screen.findByText('自动锁定时间须为 1 到 120 之间的整数（分钟）')).toBeTruthy();
    }
    expect(await autoLockMinutes(db)).toBe(10);
    fireEvent.change(minutes(), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: '设定锁定时间' }));
    expect(await screen.findByTestId('auto-lock-saved')).toBeTruthy();
    expect(await autoLockMinutes(db)).toBe(3);
  });

  it('locks at once, and adds a staff member who can then sign in to the same data', async () => {
    show();
    fireEvent.click(screen.getByRole('button', { name: '添加工作人员' }));
    const form = within(screen.getByRole('form', { name: '添加工作人员' }));
    fireEvent.change(form.getByRole('textbox', { name: '姓名' }), { target: { value: '王窗口' } });
    fireEvent.change(form.getByLabelText('PIN 或密码'), { target: { value: 'Weihai-2026' } });
    fireEvent.change(form.getByLabelText('再次输入'), { target: { value: 'Weihai-2026' } });
    fireEvent.click(form.getByRole('button', { name: '添加此工作人员' }));
    expect(await form.findByText('工作人员“王窗口”已存在')).toBeTruthy();

    fireEvent.change(form.getByRole('textbox', { name: '姓名' }), { target: { value: '李窗口' } });
    fireEvent.click(form.getByRole('button', { name: '添加此工作人员' }));
    expect((await screen.findByTestId('staff-added', {}, { timeout: 10_000 })).textContent).toContain('李窗口');
    await waitFor(() => expect(screen.getByTestId('security-staff-list').textContent).toBe('李窗口、王窗口'));
    const second = await keyring.signIn('李窗口', 'Weihai-2026');
    const first = await keyring.signIn('王窗口', '246810');
    if (!second.ok || !first.ok) throw new Error('sign-in failed');
    expect(second.dataKey).toEqual(first.dataKey);

    act(() => fireEvent.click(screen.getByRole('button', { name: '立即锁定' })));
    expect(useSession.getState().locked).toBe(true);
  });
});
