// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Keyring, openKeyring, type Unlocked } from '../../../../src-renderer/session/keyring';
import { SignInForm } from '../../../../src-renderer/session/SignInForm';
import { fakeOsKeyStore, keyringName } from './os-key-store';

let keyring: Keyring;

beforeEach(async () => {
  keyring = openKeyring(fakeOsKeyStore(), keyringName());
  const created = await keyring.createProfile('王窗口', '246810', 'talent-card');
  if (!created.ok) throw new Error(created.message);
  await keyring.addStaff(created.dataKey, '李窗口', 'Weihai-2026');
});
afterEach(() => {
  cleanup();
  keyring.close();
  vi.useRealTimers();
});

function show(staff: string[]) {
  const signedIn = vi.fn<(unlocked: Unlocked) => void>();
  render(
    <MantineProvider>
      <SignInForm
        staff={staff}
        submitLabel="登录"
        signIn={(name, secret) => keyring.signIn(name, secret)}
        onSignedIn={signedIn}
      />
    </MantineProvider>,
  );
  return signedIn;
}

const pin = () => screen.getByLabelText('PIN 或密码') as HTMLInputElement;
const button = () => screen.getByRole('button', { name: '登录' });

async function tryPin(secret: string): Promise<void> {
  fireEvent.change(pin(), { target: { value: secret } });
  fireEvent.click(button());
  await screen.findByText('正在核对 PIN 或密码…');
  await vi.waitFor(() => expect(screen.queryByText('正在核对 PIN 或密码…')).toBeNull(), { timeout: 5000 });
}

// Each try runs PBKDF2 for real (about 0.3 s here, far more on a loaded machine).
describe('the sign-in form', { timeout: 30_000 }, () => {
  it('says how many wrong tries are left, clears the field, then signs in with the right PIN', async () => {
    const signedIn = show(['王窗口']);
    expect(screen.getByTestId('sign-in-staff').textContent).toBe('王窗口');
    await vi.waitFor(() => expect(document.activeElement).toBe(pin()));

    await tryPin('135790');
    expect(screen.getByText('PIN 或密码不正确，再错 4 次后须等待才能再试')).toBeTruthy();
    expect(pin().value).toBe('');
    expect(signedIn).not.toHaveBeenCalled();

    await tryPin('246810');
    expect(signedIn).toHaveBeenCalledWith(expect.objectContaining({ ok: true, staffName: '王窗口' }));
  });

  it('asks which staff member when several may sign in', async () => {
    const signedIn = show(['李窗口', '王窗口']);
    fireEvent.change(pin(), { target: { value: 'Weihai-2026' } });
    fireEvent.click(button());
    expect(await screen.findByText('请选择工作人员')).toBeTruthy();
    expect(signedIn).not.toHaveBeenCalled();
  });

  it('after five wrong PINs makes the next try wait, counts down, and lets it through when the wait is over', async () => {
    vi.useFakeTimers({
      shouldAdvanceTime: true,
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    const signedIn = show(['王窗口']);
    for (let n = 0; n < 5; n += 1) await tryPin('135790');
    expect(screen.getByText(/^PIN 或密码不正确，已连续错误 5 次，请 30 秒/)).toBeTruthy();
    expect(button()).toHaveProperty('disabled', true);
    expect(screen.getByTestId('sign-in-wait').textContent).toMatch(/^(30|29) 秒后可再试$/);

    // Even the right PIN is not tried while the wait lasts: Enter does nothing.
    fireEvent.change(pin(), { target: { value: '246810' } });
    fireEvent.submit(pin().closest('form') as HTMLFormElement);
    expect(signedIn).not.toHaveBeenCalled();

    await act(async () => {
      vi.advanceTimersByTime(31_000);
    });
    expect(button()).toHaveProperty('disabled', false);
    expect(screen.queryByText(/已连续错误/)).toBeNull();
    await tryPin('246810');
    expect(signedIn).toHaveBeenCalledTimes(1);
  });

  it('tells a form opened during the wait that there were too many tries', async () => {
    for (let n = 0; n < 5; n += 1) await keyring.signIn('王窗口', '135790');
    const signedIn = show(['王窗口']);
    await tryPin('246810');
    expect(screen.getByText(/^尝试次数过多，请 \d+ 秒/)).toBeTruthy();
    expect(button()).toHaveProperty('disabled', true);
    expect(signedIn).not.toHaveBeenCalled();
  });
});
