// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Keyring } from '../../../../src-renderer/session/keyring';
import { LockLayer } from '../../../../src-renderer/session/LockLayer';
import { lock } from '../../../../src-renderer/session/session-store';
import { endSession, signedInKeyring } from './signed-in-session';

const current = vi.hoisted(() => ({ keyring: null as unknown }));
vi.mock('../../../../src-renderer/session/app-keyring', () => ({ appKeyring: () => current.keyring }));

let keyring: Keyring;

beforeEach(async () => {
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
      <LockLayer>
        <form aria-label="申领登记表">
          <input aria-label="姓名" />
        </form>
      </LockLayer>
    </MantineProvider>,
  );
  return screen.getByRole('textbox', { name: '姓名' }) as HTMLInputElement;
}

const lockScreen = () => screen.queryByRole('dialog', { name: '已锁定' });

async function unlockWith(secret: string): Promise<void> {
  fireEvent.change(screen.getByLabelText('PIN 或密码'), { target: { value: secret } });
  fireEvent.click(screen.getByRole('button', { name: '解锁' }));
  await screen.findByText('正在核对 PIN 或密码…');
  await waitFor(() => expect(screen.queryByText('正在核对 PIN 或密码…')).toBeNull());
}

describe('the lock screen', { timeout: 30_000 }, () => {
  it('covers the app without unmounting it, and gives back the unsaved input and the focus on the right PIN', async () => {
    const field = show();
    const appRoot = field.closest('body > *') as HTMLElement;
    field.focus();
    fireEvent.change(field, { target: { value: '李未存' } });

    act(() => lock());
    expect(lockScreen()).not.toBeNull();
    expect(appRoot.inert).toBe(true);
    expect(appRoot.style.visibility).toBe('hidden');
    expect(screen.getByTestId('sign-in-staff').textContent).toBe('王窗口');

    await unlockWith('135790');
    expect(screen.getByText('PIN 或密码不正确，再错 4 次后须等待才能再试')).toBeTruthy();
    expect(lockScreen()).not.toBeNull();

    await unlockWith('246810');
    expect(lockScreen()).toBeNull();
    expect(appRoot.inert).toBe(false);
    expect(appRoot.style.visibility).toBe('');
    expect(field.isConnected).toBe(true);
    expect(field.value).toBe('李未存');
    expect(document.activeElement).toBe(field);
  });

  it('locks on Ctrl+L, also while typing in a field', () => {
    const field = show();
    fireEvent.keyDown(field, { key: 'l', code: 'KeyL', ctrlKey: true });
    expect(lockScreen()).not.toBeNull();
  });

  it('warns that unsaved input is lost before signing out', () => {
    show();
    act(() => lock());
    fireEvent.click(screen.getByRole('button', { name: '退出登录 / 切换工作人员' }));
    expect(screen.getByText('退出后应用将重新载入，尚未保存的输入会丢失。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByText('退出后应用将重新载入，尚未保存的输入会丢失。')).toBeNull();
  });
});
