// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebDesktop } from '../../../src-renderer/bridge/web-desktop';
import { DESKTOP_OPERATIONS, type DesktopApi } from '../../../src-shared/bridge/contract';
import { answerFilePicker } from './file-picker';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the browser implementation of the desktop bridge', () => {
  // The type annotation is the compile-time half of the check; the loop is the runtime half.
  const desktop: DesktopApi = createWebDesktop(document);

  it('offers every operation of the contract', () => {
    for (const operation of DESKTOP_OPERATIONS) expect(typeof desktop[operation]).toBe('function');
    expect(Object.keys(desktop).sort()).toEqual([...DESKTOP_OPERATIONS].sort());
  });

  it('reports browser mode in appInfo', async () => {
    const result = await desktop.appInfo();
    expect(result).toMatchObject({ ok: true, value: { mode: 'browser', version: expect.any(String) } });
  });

  it('saves by downloading under the suggested name', async () => {
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const result = await desktop.saveFile({ suggestedName: '申领登记表.pdf', data: new Uint8Array([37, 80]) });
    expect(result).toEqual({ ok: true, value: { saved: true, location: expect.stringContaining('申领登记表.pdf') } });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.download).toBe('申领登记表.pdf');
    expect(clicks[0]?.href).toMatch(/^blob:/);
  });

  it('returns bad requests as error values, like the desktop does', async () => {
    const result = await desktop.saveFile({ suggestedName: '../x.pdf', data: new Uint8Array([1]) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('opens files through a file input, honouring the filters and the size limit', async () => {
    answerFilePicker([new File([new Uint8Array([1, 2, 3])], '照片.jpg', { type: 'image/jpeg' })]);
    const opened = await desktop.openFile({ filters: [{ name: '图片', extensions: ['jpg', 'png'] }] });
    expect(opened).toEqual({
      ok: true,
      value: [{ name: '照片.jpg', type: 'image/jpeg', data: new Uint8Array([1, 2, 3]) }],
    });

    answerFilePicker([new File([new Uint8Array(2048)], '大文件.pdf')]);
    const tooLarge = await desktop.openFile({ maxBytes: 1024 });
    expect(tooLarge).toMatchObject({
      ok: false,
      error: { code: 'file-too-large', message: expect.stringContaining('大文件.pdf') },
    });
  });

  it('treats a cancelled file picker as no files', async () => {
    answerFilePicker('cancel');
    await expect(desktop.openFile({})).resolves.toEqual({ ok: true, value: [] });
  });

  it('lists the browser’s print dialog as its only printer', async () => {
    const result = await desktop.listPrinters();
    expect(result).toMatchObject({ ok: true, value: [{ name: 'browser', isDefault: true }] });
  });
});
