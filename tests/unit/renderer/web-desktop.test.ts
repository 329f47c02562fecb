// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebDesktop } from '../../../src-renderer/bridge/web-desktop';
import { DESKTOP_OPERATIONS, type DesktopApi, OS_KEY_CHANGED_MESSAGE } from '../../../src-shared/bridge/contract';
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

  it('cannot reach an OS key store, and says so: the data key comes back as it went in', async () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
    const result = await desktop.protectDataKey({ key });
    expect(result).toEqual({ ok: true, value: { sealed: key, protection: 'none' } });
    if (!result.ok) return;
    expect(result.value.sealed).not.toBe(key);

    const opened = await desktop.unprotectDataKey(result.value);
    expect(opened).toEqual({ ok: true, value: { key } });
    if (opened.ok) expect(opened.value.key).not.toBe(result.value.sealed);
  });

  it('cannot open a data key sealed by an OS key store, nor one of the wrong length', async () => {
    const changed = { ok: false, error: { code: 'os-key-changed', message: OS_KEY_CHANGED_MESSAGE } };
    await expect(desktop.unprotectDataKey({ sealed: new Uint8Array(31), protection: 'none' })).resolves.toEqual(
      changed,
    );
    await expect(desktop.unprotectDataKey({ sealed: new Uint8Array(80), protection: 'os-keychain' })).resolves.toEqual(
      changed,
    );
  });

  it('checks data key requests like the desktop does', async () => {
    await expect(desktop.protectDataKey({ key: new Uint8Array(16) })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('never reports a system lock', async () => {
    vi.useFakeTimers();
    try {
      let answered = false;
      void desktop.nextSystemLock().then(() => {
        answered = true;
      });
      await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
      expect(answered).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
