// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileScanDialog } from '../../../../src-renderer/filing/FileScanDialog';
import { createDraft, getApplication, setStatus } from '../../../../src-renderer/store/applications';
import { db } from '../../../../src-renderer/store/instance';
import type { Application } from '../../../../src-shared/registration/application';
import type { FormQr } from '../../../../src-shared/registration/form-qr';
import { answerFilePicker } from '../file-picker';
import { actor } from '../store/helpers';

// Decoding needs a real canvas (createImageBitmap, getImageData), which happy-dom lacks; the e2e test
// reads real codes. Here the decoder says what it "read", so the dialog's matching and filing are tested.
const decoder = vi.hoisted(() => ({ read: null as FormQr | null }));
vi.mock('../../../../src-renderer/filing/read-form-qr', () => ({ readFormQr: async () => decoder.read }));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

beforeEach(async () => {
  decoder.read = null;
  await Promise.all([db.applications.clear(), db.events.clear(), db.outbox.clear(), db.attachments.clear()]);
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

async function awaitingSeal(name: string): Promise<Application> {
  const draft = await createDraft(db, actor);
  await db.applications.update(draft.id, { applicant: { ...draft.applicant, name } });
  const result = await setStatus(db, actor, draft.id, 'awaiting-seal', '打印申领登记表');
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function open(target: Application | null) {
  const onClose = vi.fn();
  render(
    <MantineProvider>
      <FileScanDialog target={target} actor={actor} onClose={onClose} />
    </MantineProvider>,
  );
  return onClose;
}

async function pick(name = '盖章件.png') {
  answerFilePicker([new File([PNG], name, { type: '' })]);
  fireEvent.click(screen.getByRole('button', { name: '选择盖章件' }));
}

const fileButton = () => screen.getByRole('button', { name: '归档' });

describe('FileScanDialog', () => {
  it('files a copy whose code names this application', async () => {
    const application = await awaitingSeal('张三');
    decoder.read = { number: application.number, hash: '0000000000000000' };
    const onClose = open(application);
    await pick();
    expect(await screen.findByText(`已通过二维码确认：申领编号 ${application.number}`)).toBeTruthy();
    // The test's code carries no real hash: the dialog asks to check the content first.
    expect(fileButton().hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '我已核对，盖章件与当前登记内容一致' }));
    fireEvent.click(fileButton());
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const filed = await getApplication(db, application.id);
    expect(filed?.status).toBe('sealed');
    expect((await db.attachments.get(filed?.sealedScan ?? ''))?.type).toBe('image/png');
  });

  it("refuses another application's copy, naming both numbers, and files nothing", async () => {
    const first = await awaitingSeal('张三');
    const second = await awaitingSeal('李四');
    decoder.read = { number: first.number, hash: '0000000000000000' };
    open(second);
    await pick();
    const refusal = await screen.findByText(new RegExp(`对应申领编号 ${first.number}`));
    expect(refusal.textContent).toContain(second.number);
    expect(fileButton().hasAttribute('disabled')).toBe(true);
    expect((await getApplication(db, second.id))?.status).toBe('awaiting-seal');
  });

  it('without a readable code, files only once staff confirm it is this application', async () => {
    const application = await awaitingSeal('张三');
    open(application);
    await pick();
    expect(await screen.findByText('未能识别盖章件上的二维码')).toBeTruthy();
    expect(fileButton().hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: `我已人工核对，这是张三（${application.number}）的盖章件` }));
    fireEvent.click(fileButton());
    await waitFor(async () => expect((await getApplication(db, application.id))?.status).toBe('sealed'));
  });

  it('from the list, matches the copy to the application its code names', async () => {
    await awaitingSeal('张三');
    const second = await awaitingSeal('李四');
    decoder.read = { number: second.number, hash: '0000000000000000' };
    open(null);
    await pick();
    expect(await screen.findByText(/盖章件上的二维码对应李四/)).toBeTruthy();
  });

  it('from the list, refuses a code naming an application not on this device', async () => {
    decoder.read = { number: '2026WD-AAAAAA-0009', hash: '0000000000000000' };
    open(null);
    await pick();
    expect(await screen.findByText('本机没有该盖章件对应的申领，不能归档')).toBeTruthy();
    expect(fileButton().hasAttribute('disabled')).toBe(true);
  });

  it('refuses a file that is neither an image nor a PDF, saying so', async () => {
    open(null);
    answerFilePicker([new File(['hello'], '说明.txt', { type: 'text/plain' })]);
    fireEvent.click(screen.getByRole('button', { name: '选择盖章件' }));
    expect((await screen.findByRole('alert')).textContent).toContain('不是图片或 PDF');
  });
});
