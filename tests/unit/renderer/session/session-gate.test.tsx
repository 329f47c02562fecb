// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Keyring, openKeyring, type Unlocked } from '../../../../src-renderer/session/keyring';
import { SessionGate } from '../../../../src-renderer/session/SessionGate';
import { useSession } from '../../../../src-renderer/session/session-store';
import { OS_KEY_CHANGED_MESSAGE } from '../../../../src-shared/bridge/contract';
import { fakeOsKeyStore, keyringName } from './os-key-store';

const current = vi.hoisted(() => ({ keyring: null as unknown }));
vi.mock('../../../../src-renderer/session/app-keyring', () => ({ appKeyring: () => current.keyring }));

let keyring: Keyring;

function useKeyring(os = fakeOsKeyStore()) {
  keyring = openKeyring(os, keyringName());
  current.keyring = keyring;
  return os;
}

afterEach(() => {
  cleanup();
  keyring.close();
  useSession.setState({ staffName: null, protection: null, locked: false });
});

function show() {
  const open = vi.fn<(unlocked: Unlocked) => Promise<void>>(async () => undefined);
  const navigate = vi.fn<(path: string) => void>();
  render(
    <MantineProvider>
      <SessionGate open={open} navigate={navigate}>
        <h2>工作台</h2>
      </SessionGate>
    </MantineProvider>,
  );
  return { open, navigate };
}

function fillAccount(name: string, secret: string, again = secret) {
  fireEvent.change(screen.getByRole('textbox', { name: '姓名' }), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('PIN 或密码'), { target: { value: secret } });
  fireEvent.change(screen.getByLabelText('再次输入'), { target: { value: again } });
}

describe('the session gate', { timeout: 30_000 }, () => {
  it('on first use makes the first staff account for the existing database, then opens it and shows the app', async () => {
    useKeyring();
    const { open } = show();
    expect(await screen.findByRole('heading', { name: '首次使用' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '工作台' })).toBeNull();

    fillAccount('王窗口', '246810', '246801');
    fireEvent.click(screen.getByRole('button', { name: '创建并开始使用' }));
    expect(await screen.findByText('两次输入的 PIN 或密码不一致')).toBeTruthy();

    fillAccount('王窗口', '246810');
    fireEvent.click(screen.getByRole('button', { name: '创建并开始使用' }));
    expect(await screen.findByRole('heading', { name: '工作台' }, { timeout: 10_000 })).toBeTruthy();
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ staffName: '王窗口', profile: expect.objectContaining({ database: 'talent-card' }) }),
    );
    expect(useSession.getState()).toMatchObject({ staffName: '王窗口', locked: false });
    expect((await keyring.state()).staff).toEqual(['王窗口']);
  });

  it('asks for the PIN when a profile exists, and shows the app only after it', async () => {
    useKeyring();
    await keyring.createProfile('王窗口', '246810', 'talent-card');
    const { open } = show();
    expect(await screen.findByRole('heading', { name: '登录' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('PIN 或密码'), { target: { value: '246810' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('heading', { name: '工作台' }, { timeout: 10_000 })).toBeTruthy();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('when the OS key changed keeps the old database, and 从备份恢复 starts a new one and opens the restore', async () => {
    const os = useKeyring();
    await keyring.createProfile('王窗口', '246810', 'talent-card');
    os.changeKey();
    const { open, navigate } = show();
    await screen.findByRole('heading', { name: '登录' });
    fireEvent.change(screen.getByLabelText('PIN 或密码'), { target: { value: '246810' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));

    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain(OS_KEY_CHANGED_MESSAGE);
    expect(screen.getByText(/原数据库（talent-card）仍保留在本机/)).toBeTruthy();
    expect(open).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: '从备份恢复' }));
    fillAccount('王窗口', '135792');
    fireEvent.click(screen.getByRole('button', { name: '新建并从备份恢复' }));
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/settings?restore=1'), { timeout: 10_000 });
    expect(await screen.findByRole('heading', { name: '工作台' })).toBeTruthy();
    const profile = open.mock.calls[0]?.[0].profile;
    expect(profile?.database).toMatch(/^talent-card-\d{14}$/);
    expect(profile?.previous).toEqual(['talent-card']);
  });

  it('shows why when the keyring cannot be read', async () => {
    useKeyring();
    const broken = { ...keyring, state: async () => Promise.reject(new Error('QuotaExceededError')) };
    current.keyring = broken;
    show();
    expect(await screen.findByText('无法打开本机数据库')).toBeTruthy();
    expect(screen.getByText(/QuotaExceededError/)).toBeTruthy();
  });
});
