// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../src-renderer/store/instance';
import { useSyncStatus } from '../../../../src-renderer/sync/background';
import { IDLE_STATUS } from '../../../../src-renderer/sync/runner';
import { HeaderSyncBadges } from '../../../../src-renderer/sync-ui/HeaderSyncBadges';
import { freshStore, savedApplication } from './setup';

beforeEach(async () => {
  await freshStore();
  useSyncStatus.setState({ ...IDLE_STATUS, enrolled: true }, true);
});
afterEach(cleanup);

function show() {
  render(
    <MantineProvider>
      <MemoryRouter>
        <div data-testid="header">
          <HeaderSyncBadges />
        </div>
      </MemoryRouter>
    </MantineProvider>,
  );
}

describe('the header’s sync badges', () => {
  it('shows nothing while idle and fine, 同步中… while a sync runs', async () => {
    show();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('header').textContent).toBe('');

    act(() => useSyncStatus.setState({ running: true }));
    expect(screen.getByTestId('header-syncing').textContent).toBe('同步中…');
    act(() => useSyncStatus.setState({ running: false }));
    expect(screen.queryByTestId('header-syncing')).toBeNull();
  });

  it('counts conflicts in orange and links to the 同步 page', async () => {
    const application = await savedApplication('张三', '13906310000');
    for (const field of ['applicant/phone', 'applicant/name']) {
      await db.conflicts.add({
        table: 'applications',
        recordId: application.id,
        kind: 'conflict',
        fields: [{ field, local: 'a', server: 'b' }],
        error: null,
        createdAt: new Date().toISOString(),
      });
    }
    show();
    const badge = await screen.findByTestId('header-conflicts');
    expect(badge.textContent).toBe('有冲突 2');
    expect(badge.getAttribute('href')).toBe('/sync');
    expect(badge.getAttribute('style')).toContain('--mantine-color-orange');

    await db.conflicts.clear();
    await waitFor(() => expect(screen.queryByTestId('header-conflicts')).toBeNull());
  });

  it('says 同步出错 in red after a failed sync, until one succeeds', async () => {
    useSyncStatus.setState({ lastError: { kind: 'server', message: '服务器内部错误' }, failures: 1 });
    show();
    const badge = screen.getByTestId('header-sync-error');
    expect(badge.textContent).toBe('同步出错');
    expect(badge.getAttribute('style')).toContain('--mantine-color-red');

    act(() => useSyncStatus.setState({ lastError: null, failures: 0 }));
    expect(screen.queryByTestId('header-sync-error')).toBeNull();
  });

  it('treats no network as waiting, not as a fault', () => {
    useSyncStatus.setState({ lastError: { kind: 'unreachable', message: '服务器无法连接' }, failures: 1 });
    show();
    const badge = screen.getByTestId('header-sync-error');
    expect(badge.textContent).toBe('等待联网同步');
    expect(badge.getAttribute('style')).toContain('--mantine-color-gray');
  });
});
