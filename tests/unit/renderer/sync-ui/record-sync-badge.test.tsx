// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PendingMutation } from '../../../../src-renderer/store/db';
import { db } from '../../../../src-renderer/store/instance';
import { RecordSyncBadge } from '../../../../src-renderer/sync-ui/RecordSyncBadge';
import type { Application } from '../../../../src-shared/registration/application';
import { freshStore, savedApplication } from './setup';

let application: Application;
const key = () => ['applications', application.id] as const;

beforeEach(async () => {
  await freshStore();
  application = await savedApplication('张三', '13906310000');
  // The server has confirmed this record: it has a base and nothing waits.
  await db.bases.put({ table: 'applications', id: application.id, district: 'HC', rev: 7, deleted: false, data: {} });
});
afterEach(cleanup);

function show() {
  render(
    <MantineProvider>
      <RecordSyncBadge table="applications" id={application.id} />
    </MantineProvider>,
  );
}

async function expectBadge(text: string, color: string) {
  await waitFor(() => expect(screen.getByTestId('record-sync-state').textContent).toBe(text));
  expect(screen.getByTestId('record-sync-state').getAttribute('style')).toContain(`--mantine-color-${color}`);
}

describe('a record’s sync badge', () => {
  it('follows the record live: 已同步 → 待上传 → 上传中 → 已同步', async () => {
    show();
    await expectBadge('已同步', 'teal');

    await db.outbox.add({ table: 'applications', recordId: application.id, at: new Date().toISOString() });
    await expectBadge('待上传', 'gray');

    await db.outbox.clear();
    const [table, recordId] = key();
    await db.pushes.add({ mutationId: 1, table, recordId, mutation: {}, sent: null } as unknown as PendingMutation);
    await expectBadge('上传中', 'blue');

    await db.pushes.clear();
    await expectBadge('已同步', 'teal');
  });

  it('says 待上传 for a record the server has never confirmed', async () => {
    await db.bases.clear();
    show();
    await expectBadge('待上传', 'gray');
  });

  it('says 冲突 in orange while a conflict waits for a decision', async () => {
    await db.conflicts.add({
      table: 'applications',
      recordId: application.id,
      kind: 'conflict',
      fields: [{ field: 'applicant/phone', local: '13906319999', server: '13906310000' }],
      error: null,
      createdAt: new Date().toISOString(),
    });
    show();
    await expectBadge('冲突', 'orange');
  });

  it('says 错误 in red for a refused change, with the server’s reason on hover', async () => {
    await db.conflicts.add({
      table: 'applications',
      recordId: application.id,
      kind: 'refused',
      fields: [{ field: 'status', local: 'sealed', server: 'registered' }],
      error: { code: 'city-decision', message: '审核结论只能由市级窗口记录。' },
      createdAt: new Date().toISOString(),
    });
    show();
    await expectBadge('错误', 'red');
    fireEvent.mouseEnter(screen.getByTestId('record-sync-state'));
    expect(await screen.findByText('审核结论只能由市级窗口记录。')).toBeTruthy();
  });

  it('adds 附件上传中 while a photo of the record is still to be uploaded', async () => {
    await db.uploads.add({ sha256: 'ab'.repeat(32), recordIds: [application.id], at: new Date().toISOString() });
    show();
    await expectBadge('已同步', 'teal');
    expect((await screen.findByTestId('record-attachments-state')).textContent).toBe('附件上传中');

    await db.uploads.clear();
    await waitFor(() => expect(screen.queryByTestId('record-attachments-state')).toBeNull());
  });
});
