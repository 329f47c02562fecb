// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncPage } from '../../../../src-renderer/pages/SyncPage';
import type { PendingMutation } from '../../../../src-renderer/store/db';
import { db } from '../../../../src-renderer/store/instance';
import { useSyncStatus } from '../../../../src-renderer/sync/background';
import { IDLE_STATUS } from '../../../../src-renderer/sync/runner';
import { writeSyncMeta } from '../../../../src-renderer/sync/sync-meta';
import { freshStore, savedApplication } from './setup';

// The real runner would talk to a server; the page only asks it to sync now.
const runner = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../../../src-renderer/sync/background', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../src-renderer/sync/background')>()),
  syncRunner: {
    syncNow: async () => {
      runner.calls += 1;
    },
    reschedule: async () => {},
  },
}));

beforeEach(async () => {
  await freshStore();
  runner.calls = 0;
  useSyncStatus.setState({ ...IDLE_STATUS, enrolled: true }, true);
});
afterEach(cleanup);

function show() {
  render(
    <MantineProvider>
      <MemoryRouter>
        <SyncPage />
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('the 同步 page', () => {
  it('shows the last successful sync and counts each waiting record once', async () => {
    const first = await savedApplication('张三', '13906310000');
    const second = await savedApplication('李四', '13906311111');
    const at = new Date().toISOString();
    await db.outbox.bulkAdd([
      { table: 'applications', recordId: first.id, at },
      { table: 'applications', recordId: first.id, at },
    ]);
    await db.pushes.add({
      mutationId: 1,
      table: 'applications',
      recordId: second.id,
      mutation: {},
      sent: null,
    } as unknown as PendingMutation);
    await writeSyncMeta(db, { lastSyncAt: '2026-11-20T06:05:09.000Z' });
    show();
    await waitFor(() => expect(screen.getByTestId('pending-count').textContent).toBe('2 条记录'));
    const local = new Date('2026-11-20T06:05:09.000Z');
    const two = (n: number) => String(n).padStart(2, '0');
    const time = `${two(local.getHours())}:${two(local.getMinutes())}:09`;
    await waitFor(() =>
      expect(screen.getByTestId('last-sync').textContent).toBe(
        `${local.getFullYear()}年${local.getMonth() + 1}月${local.getDate()}日 ${time}`,
      ),
    );
  });

  it('says 尚未同步 and offers the way to 设置 when not enrolled', async () => {
    useSyncStatus.setState({ enrolled: false });
    show();
    expect(screen.getByTestId('enrolment').textContent).toContain('尚未登记');
    expect(screen.getByRole('link', { name: '前往设置登记' }).getAttribute('href')).toBe('/settings');
    await waitFor(() => expect(screen.getByTestId('last-sync').textContent).toBe('尚未同步'));
  });

  it('shows the step in progress, and 立即同步 busy while a sync runs', async () => {
    show();
    const button = screen.getByTestId('sync-now');
    expect(screen.getByTestId('sync-step').textContent).toBe('空闲');
    fireEvent.click(button);
    expect(runner.calls).toBe(1);

    act(() => useSyncStatus.setState({ running: true, step: { step: 'push', done: 3, total: 10 } }));
    expect(screen.getByTestId('sync-step').textContent).toBe('推送 3/10 条');
    expect(button.hasAttribute('disabled')).toBe(true);

    act(() =>
      useSyncStatus.setState({
        step: { step: 'upload', files: 1, totalFiles: 2, bytes: 512 * 1024, totalBytes: 2 * 1024 * 1024 },
      }),
    );
    expect(screen.getByTestId('sync-step').textContent).toBe('上传附件 1/2 个（512 KB / 2.0 MB）');
    expect(screen.getByRole('progressbar', { name: '附件上传进度' }).getAttribute('aria-valuenow')).toBe('25');

    act(() => useSyncStatus.setState({ step: { step: 'pull', received: 40 } }));
    expect(screen.getByTestId('sync-step').textContent).toBe('接收 40 条');

    act(() => useSyncStatus.setState({ running: false, step: null }));
    expect(button.hasAttribute('disabled')).toBe(false);
  });

  it('explains the last error and what to do', async () => {
    useSyncStatus.setState({ lastError: { kind: 'unreachable', message: '无法连接到同步服务器。' }, failures: 3 });
    show();
    const alert = screen.getByTestId('sync-error');
    expect(alert.textContent).toContain('无法连接到同步服务器。');
    expect(alert.textContent).toContain('请检查网络连接');
    expect(alert.textContent).toContain('已连续 3 次未能同步');
  });
});
