// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GenerateOptions, GenerateResult } from '../../../../src-renderer/pdf/types';
import { PrintDialog } from '../../../../src-renderer/printing/PrintDialog';
import { createDraft, getApplication, setStatus, statusHistory } from '../../../../src-renderer/store/applications';
import { db } from '../../../../src-renderer/store/instance';
import type { Application, ApplicationStatus } from '../../../../src-shared/registration/application';
import type { ApplicationExport } from '../../../../src-shared/registration/export';
import { actor } from '../store/helpers';

// The PDF generator runs in a Web Worker and pdf.js draws on a canvas: neither exists in happy-dom.
// Both are covered for real by tests/e2e/printing.spec.ts; here they stand in so the dialog's own logic is tested.
const generator = vi.hoisted(() => ({
  next: null as null | ((forms: ApplicationExport[], options?: GenerateOptions) => Promise<GenerateResult>),
  calls: [] as { forms: ApplicationExport[]; options: GenerateOptions | undefined }[],
}));
vi.mock('../../../../src-renderer/pdf/generate', () => ({
  generateApplicationsPdf: (forms: ApplicationExport[], options?: GenerateOptions) => {
    generator.calls.push({ forms, options });
    if (!generator.next) throw new Error('no generator result set');
    return generator.next(forms, options);
  },
}));
vi.mock('../../../../src-renderer/printing/pdfjs', () => ({
  openPdfDocument: async () => ({
    numPages: 1,
    getPage: async () => ({}),
    destroy: async () => undefined,
  }),
  renderPageToCanvas: () => ({ promise: Promise.resolve(), cancel: () => undefined }),
  isRenderingCancelled: () => false,
}));

const PDF = new TextEncoder().encode('%PDF-1.7 fake');

beforeEach(async () => {
  generator.calls = [];
  generator.next = async (forms, options) => {
    for (let done = 1; done <= forms.length; done++) options?.onProgress?.(done, forms.length);
    return { ok: true, pdf: PDF, pages: forms.length };
  };
  await Promise.all([db.applications.clear(), db.events.clear(), db.outbox.clear()]);
});

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

async function applicationIn(status: ApplicationStatus, name: string): Promise<Application> {
  const draft = await createDraft(db, actor);
  await db.applications.update(draft.id, { applicant: { ...draft.applicant, name } });
  if (status === 'draft') return (await getApplication(db, draft.id)) as Application;
  const result = await setStatus(db, actor, draft.id, status, '测试');
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function open(ids: string[]) {
  const onClose = vi.fn();
  render(
    <MantineProvider>
      <PrintDialog applicationIds={ids} actor={actor} onClose={onClose} />
    </MantineProvider>,
  );
  return onClose;
}

describe('PrintDialog', () => {
  it('does not print a draft, and says to finish the registration first', async () => {
    const draft = await applicationIn('draft', '赵六');
    open([draft.id]);
    expect((await screen.findByRole('alert')).textContent).toContain('请先完成登记');
    expect(generator.calls).toHaveLength(0);
    expect(screen.queryByRole('button', { name: '下载 PDF' })).toBeNull();
  });

  it('prints one PDF for a selection, skips its drafts, and after 下载 PDF marks the registered ones 待盖章', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const first = await applicationIn('registered', '张三');
    const draft = await applicationIn('draft', '赵六');
    const sealed = await applicationIn('sealed', '李四');
    open([first.id, draft.id, sealed.id]);

    expect(await screen.findByText('已跳过 1 份（只有已登记的申领可以打印）')).toBeTruthy();
    expect(screen.getByText(/赵六.*请先完成登记/)).toBeTruthy();
    const download = await screen.findByRole('button', { name: '下载 PDF' });
    expect(generator.calls).toHaveLength(1);
    expect(generator.calls[0]?.forms.map((form) => form.application.applicant.name)).toEqual(['张三', '李四']);

    fireEvent.click(download);
    expect((await screen.findByRole('status')).textContent).toContain('1 份申领状态已改为“待盖章”');
    expect(click).toHaveBeenCalledTimes(1);
    expect((await getApplication(db, first.id))?.status).toBe('awaiting-seal');
    expect((await getApplication(db, sealed.id))?.status).toBe('sealed');
    expect((await statusHistory(db, first.id)).at(-1)?.reason).toBe('打印申领登记表');
  });

  it('shows which character cannot be printed, offers nothing to print and changes no status', async () => {
    const message = '姓名中的字符“\uE000”（U+E000）无法打印：字体中没有这个字。';
    generator.next = async () => ({
      ok: false,
      error: {
        code: 'unprintable',
        field: 'applicant.name',
        fieldLabel: '姓名',
        char: '\uE000',
        codePoint: 'U+E000',
        message,
      },
    });
    const application = await applicationIn('registered', '张\uE000');
    open([application.id]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(screen.queryByRole('button', { name: '打印' })).toBeNull();
    expect(screen.queryByRole('button', { name: '下载 PDF' })).toBeNull();
    expect((await getApplication(db, application.id))?.status).toBe('registered');
  });

  it('取消 aborts the generation through its signal and leaves everything as it was', async () => {
    let aborted = false;
    generator.next = (forms, options) =>
      new Promise((resolve) => {
        options?.onProgress?.(1, forms.length);
        options?.signal?.addEventListener('abort', () => {
          aborted = true;
          resolve({ ok: false, error: { code: 'cancelled', message: '已取消' } });
        });
      });
    const first = await applicationIn('registered', '张三');
    const second = await applicationIn('registered', '李四');
    open([first.id, second.id]);
    expect((await screen.findByTestId('print-progress')).textContent).toBe('正在生成申领登记表：第 2 / 共 2 份');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await waitFor(() => expect(aborted).toBe(true));
    expect(await screen.findByText(/没有打印或保存任何内容/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: '下载 PDF' })).toBeNull();
    expect((await getApplication(db, first.id))?.status).toBe('registered');
    expect((await getApplication(db, second.id))?.status).toBe('registered');
  });
});
