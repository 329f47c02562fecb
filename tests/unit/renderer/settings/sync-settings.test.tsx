// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServerCard } from '../../../../src-renderer/settings/ServerCard';
import { deviceIdentity, saveStaffProfile } from '../../../../src-renderer/store/device';
import { db } from '../../../../src-renderer/store/instance';
import { syncIntervalMinutes } from '../../../../src-renderer/sync/sync-meta';
import type { ServerConnection } from '../../../../src-shared/bridge/contract';

const connection: ServerConnection = {
  serverUrl: 'https://sync.weihai.example',
  secureStorage: 'os-keychain',
  device: {
    id: '0190f5a0-0000-7000-8000-0000000000aa',
    name: '王窗口（环翠区）',
    role: 'district',
    district: 'HC',
    createdAt: '2025-03-01T08:00:00.000Z',
    lastSeenAt: null,
    revokedAt: null,
  },
};

// The test plays the main process and the background sync runner.
const fakes = vi.hoisted(() => ({ connection: null as unknown, syncs: 0, reschedules: 0 }));
vi.mock('../../../../src-renderer/bridge/desktop', () => ({
  isBrowserMode: false,
  desktop: {
    serverConnection: async () => ({ ok: true, value: fakes.connection }),
    serverEnrol: async () => ({ ok: true, value: fakes.connection }),
    serverForget: async () => ({ ok: true, value: { forgotten: true } }),
  },
}));
vi.mock('../../../../src-renderer/sync/background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../src-renderer/sync/background')>()),
  syncRunner: {
    syncNow: async () => {
      fakes.syncs += 1;
    },
    reschedule: async () => {
      fakes.reschedules += 1;
    },
  },
}));

beforeEach(async () => {
  fakes.connection = null;
  fakes.syncs = 0;
  fakes.reschedules = 0;
  await db.meta.clear();
  await deviceIdentity(db);
  await saveStaffProfile(db, { districtCode: 'HC', staffName: '王窗口' });
});
afterEach(cleanup);

function show() {
  render(
    <MantineProvider>
      <ServerCard />
    </MantineProvider>,
  );
}

const interval = () => screen.getByRole('textbox', { name: /自动同步间隔（分钟）/ });

describe('自动同步间隔 in 设置', () => {
  it('starts at 5 minutes, refuses what is not 1–240 whole minutes, and saves and replans a good value', async () => {
    show();
    await waitFor(() => expect(interval()).toHaveProperty('value', '5'));

    for (const bad of ['0', '241', '2.5', '']) {
      fireEvent.change(interval(), { target: { value: bad } });
      fireEvent.click(screen.getByRole('button', { name: '设定间隔' }));
      const expected = bad === '' ? '请填写自动同步间隔（分钟）' : '自动同步间隔须为 1 到 240 之间的整数（分钟）';
      expect(await screen.findByText(expected)).toBeTruthy();
    }
    expect(await syncIntervalMinutes(db)).toBe(5);
    expect(fakes.reschedules).toBe(0);

    fireEvent.change(interval(), { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: '设定间隔' }));
    await screen.findByTestId('sync-interval-saved');
    expect(await syncIntervalMinutes(db)).toBe(15);
    expect(fakes.reschedules).toBe(1);
  });
});

describe('enrolment and the background sync', () => {
  it('syncs at once after enrolling', async () => {
    fakes.connection = null;
    show();
    fireEvent.change(await screen.findByRole('textbox', { name: /服务器地址/ }), {
      target: { value: 'https://sync.weihai.example' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /登记码/ }), { target: { value: 'AB23-CD45' } });
    fakes.connection = connection;
    fireEvent.click(screen.getByRole('button', { name: '登记本设备' }));
    await screen.findByTestId('server-role');
    await waitFor(() => expect(fakes.syncs).toBe(1));
  });

  it('syncs after 解除登记, so the status shows the device as not enrolled', async () => {
    fakes.connection = connection;
    show();
    fireEvent.click(await screen.findByRole('button', { name: '解除登记' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认解除登记' }));
    await screen.findByRole('button', { name: '登记本设备' });
    await waitFor(() => expect(fakes.syncs).toBe(1));
  });
});
