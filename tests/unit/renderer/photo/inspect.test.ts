import { describe, expect, it } from 'vitest';
import {
  inspectPhotoBytes,
  PhotoError,
  type PhotoProblem,
  photoErrorMessage,
  photoProblem,
  sizeProblem,
  sniffImageType,
} from '../../../../src-renderer/photo/inspect';

// The renderer's tsconfig has no Node types, but Vitest runs this file in Node: load fs untyped.
const fsModule = 'node:fs';
const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as { readFileSync: (path: URL) => Uint8Array };
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../e2e/fixtures/${name}`, import.meta.url)));
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** An ISO BMFF ftyp box with the given major and compatible brands. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  return new Uint8Array([0, 0, 0, size, ...ascii('ftyp'), ...ascii(major), 0, 0, 0, 0, ...compatible.flatMap(ascii)]);
}

describe('sniffImageType', () => {
  it('recognises JPEG, PNG and WebP by their magic bytes', () => {
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('jpeg');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe1]))).toBe('jpeg');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('png');
    expect(sniffImageType(new Uint8Array([...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WEBPVP8 ')]))).toBe('webp');
  });

  it('judges the fixtures by content, not by their file names', () => {
    expect(sniffImageType(fixture('portrait.png'))).toBe('png');
    expect(sniffImageType(fixture('truncated.png'))).toBe('png');
    expect(sniffImageType(fixture('iphone.heic'))).toBe('heic');
    expect(sniffImageType(fixture('not-a-photo.jpg'))).toBe('unknown');
    expect(sniffImageType(fixture('empty.jpg'))).toBe('unknown');
  });

  it.each(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'])(
    'treats the %s brand as HEIC/HEIF',
    (brand) => {
      expect(sniffImageType(ftyp(brand, 'mif1', 'heic'))).toBe('heic');
    },
  );

  it('does not mistake AVIF, MP4 or other RIFF files for HEIC or WebP', () => {
    expect(sniffImageType(ftyp('avif', 'mif1', 'miaf'))).toBe('unknown');
    expect(sniffImageType(ftyp('mif1', 'avif', 'miaf'))).toBe('unknown');
    expect(sniffImageType(ftyp('isom', 'mp41'))).toBe('unknown');
    expect(sniffImageType(new Uint8Array([...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WAVEfmt ')]))).toBe('unknown');
  });

  it('calls PDFs, text, GIFs and truncated signatures unknown', () => {
    expect(sniffImageType(new Uint8Array(ascii('%PDF-1.7\n')))).toBe('unknown');
    expect(sniffImageType(new TextEncoder().encode('申请人名单.txt'))).toBe('unknown');
    expect(sniffImageType(new Uint8Array(ascii('GIF89a')))).toBe('unknown');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBe('unknown');
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('unknown');
    expect(sniffImageType(new Uint8Array(ascii('RIFF')))).toBe('unknown');
    expect(sniffImageType(new Uint8Array([0, 0, 0, 24, ...ascii('ftyp')]))).toBe('unknown');
  });
});

describe('inspectPhotoBytes', () => {
  it('accepts JPEG, PNG and WebP with their MIME types', () => {
    expect(inspectPhotoBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xdb]))).toEqual({
      ok: true,
      type: 'jpeg',
      mimeType: 'image/jpeg',
    });
    expect(inspectPhotoBytes(fixture('portrait.png'))).toEqual({ ok: true, type: 'png', mimeType: 'image/png' });
    expect(inspectPhotoBytes(new Uint8Array([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBP')]))).toMatchObject({
      ok: true,
      mimeType: 'image/webp',
    });
  });

  it('refuses an empty file, a non-image and HEIC, each with its own problem', () => {
    expect(inspectPhotoBytes(fixture('empty.jpg'), 'empty.jpg')).toEqual({
      ok: false,
      problem: { kind: 'empty', fileName: 'empty.jpg' },
    });
    expect(inspectPhotoBytes(fixture('not-a-photo.jpg'), 'not-a-photo.jpg')).toEqual({
      ok: false,
      problem: { kind: 'not-image', fileName: 'not-a-photo.jpg' },
    });
    expect(inspectPhotoBytes(fixture('iphone.heic'), 'IMG_0001.HEIC')).toEqual({
      ok: false,
      problem: { kind: 'heic', fileName: 'IMG_0001.HEIC' },
    });
  });
});

describe('sizeProblem', () => {
  it('accepts exactly 295 × 413 pixels and anything larger', () => {
    expect(sizeProblem(295, 413)).toBeNull();
    expect(sizeProblem(4032, 3024 * 2)).toBeNull();
  });

  it('refuses one pixel less in either direction, keeping the measured size', () => {
    expect(sizeProblem(294, 413)).toEqual({ kind: 'too-small', width: 294, height: 413 });
    expect(sizeProblem(295, 412)).toEqual({ kind: 'too-small', width: 295, height: 412 });
    expect(sizeProblem(150, 210, 'crop-too-small')).toEqual({ kind: 'crop-too-small', width: 150, height: 210 });
  });
});

describe('photoProblem messages', () => {
  it('names an empty file and its 0 bytes', () => {
    expect(photoProblem({ kind: 'empty', fileName: '证件照.jpg' })).toBe(
      '文件“证件照.jpg”是空的（0 字节），请重新选择照片',
    );
    expect(photoProblem({ kind: 'empty' })).toBe('文件是空的（0 字节），请重新选择照片');
  });

  it('says a non-image is not a photo and lists the accepted formats', () => {
    const message = photoProblem({ kind: 'not-image', fileName: '简历.pdf' });
    expect(message).toContain('“简历.pdf”不是照片');
    expect(message).toContain('JPEG、PNG 或 WebP');
  });

  it('explains how to get a JPEG out of an iPhone for HEIC', () => {
    const message = photoProblem({ kind: 'heic', fileName: 'IMG_0001.HEIC' });
    expect(message).toContain('HEIC');
    expect(message).toContain('“设置 → 相机 → 格式”选择“兼容性最佳”');
    expect(message).toContain('存储为 JPEG');
    expect(message).toContain('微信发送原图');
  });

  it('calls a corrupt file damaged rather than "not a photo"', () => {
    const message = photoProblem({ kind: 'corrupt', fileName: 'truncated.png' });
    expect(message).toContain('“truncated.png”已损坏或不完整');
    expect(message).not.toContain('不是照片');
  });

  it('gives the image size and the 295 × 413 minimum when it is too small to print', () => {
    expect(photoProblem({ kind: 'too-small', width: 100, height: 140 })).toBe(
      '照片只有 100 × 140 像素，太小，打印不清晰。登记表照片（25 × 35 毫米）至少需要 295 × 413 像素，请换一张更清晰的照片',
    );
    const crop = photoProblem({ kind: 'crop-too-small', width: 150, height: 210 });
    expect(crop).toContain('裁剪区域只有 150 × 210 像素');
    expect(crop).toContain('295 × 413 像素');
    expect(crop).toContain('调小缩放');
  });

  it('passes the bridge’s own message through for a file it refused', () => {
    const bridgeMessage = '文件“大图.jpg”超过 20 MB，无法打开';
    expect(photoProblem({ kind: 'open-failed', message: bridgeMessage })).toBe(bridgeMessage);
    expect(photoProblem({ kind: 'file-too-large', fileName: '大图.jpg' })).toContain('“大图.jpg”超过 20 MB，无法打开');
  });

  it('tells what to do when there is no camera, it is refused or busy', () => {
    expect(photoProblem({ kind: 'no-camera' })).toContain('未找到摄像头');
    expect(photoProblem({ kind: 'camera-denied' })).toContain('摄像头权限被拒绝');
    expect(photoProblem({ kind: 'camera-busy' })).toContain('占用');
    for (const kind of ['no-camera', 'camera-denied', 'camera-busy', 'camera-unsupported'] as const) {
      expect(photoProblem({ kind })).toContain('导入照片');
    }
  });

  it('gives every problem a distinct Chinese message', () => {
    const problems: PhotoProblem[] = [
      { kind: 'empty' },
      { kind: 'not-image' },
      { kind: 'heic' },
      { kind: 'corrupt' },
      { kind: 'too-small', width: 1, height: 1 },
      { kind: 'crop-too-small', width: 1, height: 1 },
      { kind: 'file-too-large' },
      { kind: 'too-large-to-compress' },
      { kind: 'encode-failed' },
      { kind: 'open-failed', message: '无法读取文件' },
      { kind: 'no-camera' },
      { kind: 'camera-denied' },
      { kind: 'camera-busy' },
      { kind: 'camera-unsupported' },
      { kind: 'capture-failed' },
      { kind: 'unexpected' },
    ];
    const messages = problems.map(photoProblem);
    expect(new Set(messages).size).toBe(problems.length);
    for (const message of messages) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('PhotoError', () => {
  it('carries the problem and its message, and unknown errors get a generic Chinese message', () => {
    const error = new PhotoError({ kind: 'corrupt', fileName: 'a.jpg' });
    expect(error.problem).toEqual({ kind: 'corrupt', fileName: 'a.jpg' });
    expect(photoErrorMessage(error)).toBe(photoProblem({ kind: 'corrupt', fileName: 'a.jpg' }));
    expect(photoErrorMessage(new TypeError('undefined is not a function'))).toBe(
      '照片处理失败，请重试；如仍失败请换一张照片',
    );
  });
});
