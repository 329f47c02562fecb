// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrintControls } from '../../../../src-renderer/printing/PrintControls';
import { createDraft, getApplication, setStatus } from '../../../../src-renderer/store/applications';
import { db } from '../../../../src-renderer/store/instance';
import type { BridgeResult, PrintPdfRequest, SaveFileRequest } from '../../../../src-shared/bridge/contract';
import type { Application } from '../../../../src-shared/registration/application';
import { actor } from '../store/helpers';

// The desktop app's bridge, as the preload would give it: the test plays the main process.
const bridge = vi.hoisted(() => ({
  printed: [] as PrintPdfRequest[],
  saved: [] as SaveFileRequest[],
  printResult: null as BridgeResult<{ printed: true }> | null,
  saveResult: null as BridgeResult<{ saved: true; location: string } | { saved: false }> | null,
}));
vi.mock('../../../../src-renderer/bridge/desktop', () => ({
  isBrowserMode: false,
  desktop: {
    listPrinters: async () => ({
      ok: true,
      value: [
        { name: 'hp-front', displayName: '前台 HP', isDefault: false },
        { name: 'brother-window', displayName: '窗口 Brother', isDefault: true },
      ],
    }),
    printPdf: async (request: PrintPdfRequest) => {
      bridge.printed.push(request);
      return bridge.printResult ?? { ok: true, value: { printed: true } };
    },
    saveFile: async (request: SaveFileRequest) => {
      bridge.saved.push(request);
      return bridge.saveResult ?? { ok: true, value: { saved: true, location: '/home/staff/申领登记表.pdf' } };
    },
  },
}));

const PDF = new TextEncoder().encode('%PDF-1.7 the generated form');

beforeEach(async () => {
  bridge.printed = [];
  bridge.saved = [];
  bridge.printResult = null;
  bridge.saveResult = null;
  await Promise.all([db.applications.clear(), db.events.clear(), db.outbox.clear()]);
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

async function registered(): Promise<Application> {
  const draft = await createDraft(db, actor);
  const result = await setStatus(db, actor, draft.id, 'registered', '完成登记');
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function show(printable: Application[]) {
  render(
    <MantineProvider>
      <PrintControls pdf={PDF} printable={printable} actor={actor} />
    </MantineProvider>,
  );
}

describe('PrintControls in the desktop app', () => {
  it('preselects the default printer and prints exactly the previewed PDF with the copies chosen', async () => {
    const application = await registered();
    show([application]);
    const printer = await screen.findByRole('combobox', { name: '打印机' });
    expect((printer as HTMLInputElement).value).toBe('窗口 Brother（默认）');
    const copies = screen.getByRole('textbox', { name: '份数' });
    fireEvent.change(copies, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: '打印' }));

    expect((await screen.findByRole('status')).textContent).toContain('已发送到打印机 窗口 Brother（3 份）');
    expect(bridge.printed).toEqual([
      { pdf: PDF, printer: 'brother-window', copies: 3, title: `申领登记表 ${application.number}` },
    ]);
    expect((await getApplication(db, application.id))?.status).toBe('awaiting-seal');
  });

  it('keeps the status when the printer fails, and shows why', async () => {
    bridge.printResult = { ok: false, error: { code: 'print-failed', message: '打印失败：打印机缺纸' } };
    const application = await registered();
    show([application]);
    await screen.findByRole('combobox', { name: '打印机' });
    fireEvent.click(screen.getByRole('button', { name: '打印' }));
    expect((await screen.findByRole('alert')).textContent).toBe('打印失败：打印机缺纸');
    expect((await getApplication(db, application.id))?.status).toBe('registered');
  });

  it('另存为 PDF saves the same bytes; a cancelled save changes nothing', async () => {
    const application = await registered();
    show([application]);
    bridge.saveResult = { ok: true, value: { saved: false } };
    fireEvent.click(screen.getByRole('button', { name: '另存为 PDF' }));
    await waitFor(() => expect(bridge.saved).toHaveLength(1));
    expect((await getApplication(db, application.id))?.status).toBe('registered');

    bridge.saveResult = null;
    fireEvent.click(screen.getByRole('button', { name: '另存为 PDF' }));
    expect((await screen.findByRole('status')).textContent).toContain('已保存：/home/staff/申领登记表.pdf');
    expect(bridge.saved[1]).toMatchObject({ data: PDF, suggestedName: `申领登记表-${application.number}.pdf` });
    expect((await getApplication(db, application.id))?.status).toBe('awaiting-seal');
  });
});
