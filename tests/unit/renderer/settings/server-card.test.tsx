// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServerCard } from '../../../../src-renderer/settings/ServerCard';
import { deviceIdentity, saveStaffProfile } from '../../../../src-renderer/store/device';
import { db } from '../../../../src-renderer/store/instance';
import type { BridgeResult, ServerConnection, ServerEnrolRequest } from '../../../../src-shared/bridge/contract';

// The desktop app's bridge as the preload gives it: the test plays the main process.
const bridge = vi.hoisted(() => ({
  connection: null as ServerConnection | null,
  enrolResult: null as BridgeResult<ServerConnection> | null,
  enrolled: [] as ServerEnrolRequest[],
  forgotten: 0,
}));
vi.mock('../../../../src-renderer/bridge/desktop', () => ({
  isBrowserMode: false,
  desktop: {
    serverConnection: async () => ({ ok: true, value: bridge.connection }),
    serverEnrol: async (request: ServerEnrolRequest) => {
      bridge.enrolled.push(request);
      return bridge.enrolResult;
    },
    serverForget: async () => {
      bridge.forgotten += 1;
      return { ok: true, value: { forgotten: true } };
    },
  },
}));

const cityDevice: ServerConnection = {
  serverUrl: 'https://sync.weihai.example',
  secureStorage: 'os-keychain',
  device: {
    id: '0190f5a0-0000-7000-8000-0000000000aa',
    name: '市级窗口一号机',
    role: 'city',
    district: 'SJ',
    createdAt: '2025-03-01T08:00:00.000Z',
    lastSeenAt: null,
    revokedAt: null,
  },
};

function show() {
  return render(
    <MantineProvider>
      <ServerCard />
    </MantineProvider>,
  );
}

beforeEach(async () => {
  bridge.connection = null;
  bridge.enrolResult = null;
  bridge.enrolled = [];
  bridge.forgotten = 0;
  await db.meta.clear();
  await deviceIdentity(db);
  await saveStaffProfile(db, { districtCode: 'HC', staffName: '王窗口' });
});
afterEach(cleanup);

describe('同步服务器 in the desktop app', () => {
  it('suggests a device name, sends the normalised form and shows what the server made of it', async () => {
    bridge.enrolResult = { ok: true, value: { ...cityDevice } };
    show();
    const name = await screen.findByRole('textbox', { name: /本机名称/ });
    await waitFor(() => expect(name).toHaveProperty('value', '王窗口（环翠区）'));
    expect(screen.getByTestId('token-storage-note').textContent).toContain('操作系统的密钥存储');
    expect(screen.queryByTestId('token-storage-warning')).toBeNull();

    fireEvent.change(screen.getByRole('textbox', { name: /服务器地址/ }), {
      target: { value: ' https://sync.weihai.example/ ' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /登记码/ }), { target: { value: 'ab23 cd45' } });
    fireEvent.click(screen.getByRole('button', { name: '登记本设备' }));

    await screen.findByTestId('server-role');
    expect(bridge.enrolled).toEqual([
      { serverUrl: 'https://sync.weihai.example', code: 'AB23-CD45', deviceName: '王窗口（环翠区）' },
    ]);
    expect(screen.getByTestId('server-role').textContent).toBe('市级');
    expect(screen.getByTestId('server-district').textContent).toBe('市级（市直）');
    expect((await screen.findByTestId('district-mismatch')).textContent).toContain('本机所属区市设置为“环翠区”');
  });

  it('puts a key-store refusal above the button, not on a field', async () => {
    bridge.enrolResult = {
      ok: false,
      error: {
        code: 'secure-storage-unavailable',
        message: '本机系统的密钥存储不可用，无法安全保存设备令牌，因此未登记。',
      },
    };
    show();
    fireEvent.change(await screen.findByRole('textbox', { name: /服务器地址/ }), {
      target: { value: 'https://sync.weihai.example' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /登记码/ }), { target: { value: 'AB23-CD45' } });
    fireEvent.click(screen.getByRole('button', { name: '登记本设备' }));
    expect((await screen.findByRole('alert')).textContent).toContain('密钥存储不可用');
    expect(screen.getByRole('textbox', { name: /登记码/ }).getAttribute('aria-invalid')).not.toBe('true');
  });

  it('asks before 解除登记 and forgets only when confirmed', async () => {
    bridge.connection = { ...cityDevice, device: { ...cityDevice.device, role: 'district', district: 'HC' } };
    show();
    fireEvent.click(await screen.findByRole('button', { name: '解除登记' }));
    fireEvent.click(await screen.findByRole('button', { name: '取消' }));
    expect(bridge.forgotten).toBe(0);
    expect(screen.queryByTestId('district-mismatch')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '解除登记' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认解除登记' }));
    await screen.findByRole('button', { name: '登记本设备' });
    expect(bridge.forgotten).toBe(1);
  });
});
