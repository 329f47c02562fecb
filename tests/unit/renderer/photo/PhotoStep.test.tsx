// @vitest-environment happy-dom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhotoStep } from '../../../../src-renderer/photo/PhotoStep';
import { answerFilePicker } from '../file-picker';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const HEIC_HEAD = [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0, 0x6d, 0x69, 0x66, 0x31];

/** Stands in for the browser's image decoder, which happy-dom does not have. */
function decoderGives(result: { width: number; height: number } | 'error') {
  vi.stubGlobal(
    'createImageBitmap',
    vi.fn(async () => {
      if (result === 'error') throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
      return { ...result, close: () => undefined };
    }),
  );
}

function renderStep(value: Blob | null = null) {
  const onChange = vi.fn();
  const view = render(
    <MantineProvider>
      <PhotoStep value={value} onChange={onChange} />
    </MantineProvider>,
  );
  return { onChange, ...view };
}

async function importFile(file: File | 'cancel') {
  answerFilePicker(file === 'cancel' ? 'cancel' : [file]);
  fireEvent.click(screen.getByRole('button', { name: '导入照片' }));
}

describe('PhotoStep', () => {
  it('shows an empty box labelled 照片 and nothing to delete', () => {
    renderStep();
    const box = screen.getByRole('group', { name: '照片' });
    expect(within(box).getByText('照片')).toBeTruthy();
    expect(within(box).queryByRole('img')).toBeNull();
    expect(screen.getByRole('button', { name: '删除照片' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: '拍照' }).hasAttribute('disabled')).toBe(false);
  });

  it('shows the current photo through an object URL and revokes it when the photo goes', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    const { onChange, rerender } = renderStep(photo);
    const image = await screen.findByRole('img', { name: '申请人照片' });
    const url = image.getAttribute('src');
    expect(url).toMatch(/^blob:/);

    fireEvent.click(screen.getByRole('button', { name: '删除照片' }));
    expect(onChange).toHaveBeenCalledWith(null);
    rerender(
      <MantineProvider>
        <PhotoStep value={null} onChange={onChange} />
      </MantineProvider>,
    );
    expect(screen.queryByRole('img', { name: '申请人照片' })).toBeNull();
    expect(revoke).toHaveBeenCalledWith(url);
  });

  it('refuses an empty file with its own message', async () => {
    const { onChange } = renderStep();
    await importFile(new File([], '证件照.jpg'));
    expect((await screen.findByRole('alert')).textContent).toContain('文件“证件照.jpg”是空的（0 字节）');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a text file renamed .jpg as not a photo', async () => {
    renderStep();
    await importFile(new File(['这不是照片'], 'not-a-photo.jpg'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('不是照片');
    expect(alert.textContent).toContain('JPEG、PNG 或 WebP');
  });

  it('refuses an iPhone HEIC and explains how to export a JPEG', async () => {
    renderStep();
    await importFile(new File([new Uint8Array(HEIC_HEAD)], 'IMG_0001.HEIC'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('HEIC');
    expect(alert.textContent).toContain('兼容性最佳');
  });

  it('shows the bridge’s message for a file over 20 MB', async () => {
    renderStep();
    await importFile(new File([new Uint8Array(20 * 1024 * 1024 + 1)], '大图.jpg'));
    expect((await screen.findByRole('alert')).textContent).toContain('文件“大图.jpg”超过 20 MB，无法打开');
  });

  it('reports a file with a PNG signature that does not decode as corrupt', async () => {
    decoderGives('error');
    renderStep();
    await importFile(new File([new Uint8Array(PNG_HEAD)], 'truncated.png'));
    expect((await screen.findByRole('alert')).textContent).toContain('“truncated.png”已损坏或不完整');
  });

  it('refuses an image too small to print, naming its size and the minimum', async () => {
    decoderGives({ width: 100, height: 140 });
    renderStep();
    await importFile(new File([new Uint8Array(PNG_HEAD)], 'tiny.png'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('100 × 140 像素');
    expect(alert.textContent).toContain('295 × 413 像素');
  });

  it('does nothing when the user cancels the file dialog', async () => {
    const { onChange } = renderStep();
    await importFile('cancel');
    await waitFor(() => expect(screen.getByRole('button', { name: '导入照片' }).hasAttribute('disabled')).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('opens the 5:7 crop dialog with a 缩放 slider for a usable photo, and 取消 closes it', async () => {
    decoderGives({ width: 600, height: 840 });
    const { onChange } = renderStep();
    await importFile(new File([new Uint8Array(PNG_HEAD)], 'portrait.png'));
    const dialog = await screen.findByRole('dialog', { name: '裁剪照片' });
    const slider = within(dialog).getByRole('slider', { name: '缩放' });
    expect(slider.getAttribute('aria-valuemin')).toBe('1');
    expect(slider.getAttribute('aria-valuemax')).toBe('4');
    expect(within(dialog).getByRole('img', { name: '待裁剪的照片' }).getAttribute('src')).toMatch(/^blob:/);
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '裁剪照片' })).toBeNull());
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('accepts a file dropped onto the photo box and checks it the same way', async () => {
    renderStep();
    const box = screen.getByRole('group', { name: '照片' });
    fireEvent.drop(box, { dataTransfer: { files: [new File([], 'dropped.jpg')] } });
    expect((await screen.findByRole('alert')).textContent).toContain('“dropped.jpg”是空的');
  });

  it('says so next to the photo when the camera permission is refused, and closes the camera', async () => {
    const getUserMedia = vi.fn(async () => {
      throw new DOMException('Permission denied', 'NotAllowedError');
    });
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia } });
    renderStep();
    fireEvent.click(screen.getByRole('button', { name: '拍照' }));
    expect((await screen.findByRole('alert')).textContent).toContain('摄像头权限被拒绝');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '拍照' })).toBeNull());
  });

  it('says so when there is no camera', async () => {
    const getUserMedia = vi.fn(async () => {
      throw new DOMException('Requested device not found', 'NotFoundError');
    });
    vi.stubGlobal('navigator', { ...navigator, mediaDevices: { getUserMedia } });
    renderStep();
    fireEvent.click(screen.getByRole('button', { name: '拍照' }));
    expect((await screen.findByRole('alert')).textContent).toContain('未找到摄像头');
  });
});
