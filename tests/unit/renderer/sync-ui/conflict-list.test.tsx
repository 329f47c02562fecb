// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getApplication } from '../../../../src-renderer/store/applications';
import type { SyncConflict } from '../../../../src-renderer/store/db';
import { db } from '../../../../src-renderer/store/instance';
import { ConflictList } from '../../../../src-renderer/sync-ui/ConflictList';
import type { Application } from '../../../../src-shared/registration/application';
import { freshStore, savedApplication } from './setup';

let application: Application;

beforeEach(async () => {
  await freshStore();
  application = await savedApplication('张三', '13906310000');
});
afterEach(cleanup);

async function addConflict(change: Partial<SyncConflict>): Promise<void> {
  await db.conflicts.add({
    table: 'applications',
    recordId: application.id,
    kind: 'conflict',
    fields: [{ field: 'applicant/phone', local: '13906319999', server: '13906310000' }],
    error: null,
    createdAt: '2026-11-20T02:31:44.015Z',
    ...change,
  });
}

function show() {
  render(
    <MantineProvider>
      <ConflictList />
    </MantineProvider>,
  );
}

/** The cells of the row of a field, by its Chinese label. */
function row(card: HTMLElement, label: string): string[] {
  const cells = within(card).getByRole('cell', { name: label }).closest('tr')?.querySelectorAll('td') ?? [];
  return [...cells].map((cell) => cell.textContent ?? '');
}

describe('the conflicts on the 同步 page', () => {
  it('names the record and shows both sides of each field in words, personal numbers masked until asked', async () => {
    await addConflict({
      fields: [
        { field: 'applicant/phone', local: '13906319999', server: '13906310000' },
        { field: 'status', local: 'withdrawn', server: 'registered' },
        { field: 'unitOpinion/handler', local: null, server: '李经办' },
        { field: 'resume/custom~1note', local: { a: 1 }, server: [] },
      ],
    });
    show();
    const card = await screen.findByTestId('conflict');
    await waitFor(() =>
      expect(within(card).getByTestId('conflict-record').textContent).toBe(`申领编号 ${application.number} · 张三`),
    );
    expect(row(card, '联系电话')).toEqual(['联系电话', '139****9999', '139****0000']);
    expect(row(card, '状态')).toEqual(['状态', '已撤回', '已登记']);
    expect(row(card, '经办人')).toEqual(['经办人', '空', '李经办']);
    expect(row(card, 'resume / custom/note')).toEqual(['resume / custom/note', 'a：1', '空']);

    const views = async () => (await db.audit.toArray()).filter((event) => event.action === 'view');
    expect(await views()).toEqual([]);
    fireEvent.click(within(card).getByRole('switch', { name: '显示完整号码' }));
    await waitFor(() => expect(row(card, '联系电话')).toEqual(['联系电话', '13906319999', '13906310000']));
    // Revealing is a view in the audit log, of the record the conflict is about.
    expect(await views()).toMatchObject([
      {
        action: 'view',
        subject: { table: 'applications', id: application.id, label: `申领编号 ${application.number} · 张三` },
        detail: '同步冲突中显示完整号码',
      },
    ]);
  });

  it('采用本机的值 writes the local value into the record and queues it for the next push', async () => {
    await addConflict({});
    show();
    const card = await screen.findByTestId('conflict');
    fireEvent.click(within(card).getByRole('button', { name: '采用本机的值' }));

    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
    expect((await getApplication(db, application.id))?.applicant.phone).toBe('13906319999');
    expect(await db.outbox.where('[table+recordId]').equals(['applications', application.id]).count()).toBe(1);
    expect(await db.conflicts.count()).toBe(0);
  });

  it('保留服务器的值 settles the conflict and leaves the record as the server has it', async () => {
    await addConflict({});
    show();
    fireEvent.click(await screen.findByRole('button', { name: '保留服务器的值' }));

    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
    expect(await db.conflicts.count()).toBe(0);
    expect((await getApplication(db, application.id))?.applicant.phone).toBe('13906310000');
    expect(await db.outbox.count()).toBe(0);
    expect(screen.getByText(/没有待处理的冲突/)).toBeTruthy();
  });

  it('shows a refused change as 错误 with the server’s reason and what to do, dismissed with 知道了', async () => {
    await addConflict({
      kind: 'refused',
      fields: [{ field: 'status', local: 'sealed', server: 'registered' }],
      error: { code: 'city-decision', message: '审核结论只能由市级窗口记录。' },
    });
    show();
    const card = await screen.findByTestId('conflict');
    const error = within(card).getByTestId('conflict-error');
    expect(error.textContent).toContain('审核结论只能由市级窗口记录。');
    expect(error.textContent).toContain('请联系市级窗口');
    expect(card.textContent).toContain('只保存在这台电脑上');
    expect(within(card).queryByRole('button', { name: '采用本机的值' })).toBeNull();

    fireEvent.click(within(card).getByRole('button', { name: '知道了' }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).toBeNull());
    expect((await getApplication(db, application.id))?.status).toBe(application.status);
    expect(await db.outbox.count()).toBe(0);
  });

  it('cannot take local values before 设置 names the staff member, and says so', async () => {
    await db.meta.delete('profile');
    await addConflict({});
    show();
    const card = await screen.findByTestId('conflict');
    await waitFor(() =>
      expect(within(card).getByRole('button', { name: '采用本机的值' }).hasAttribute('disabled')).toBe(true),
    );
    expect(card.textContent).toContain('请先在“设置”中填写本机窗口与工作人员');
    expect(await db.conflicts.count()).toBe(1);
  });
});
