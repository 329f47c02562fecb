import { describe, expect, it } from 'vitest';
import { candidateScales, pdfRenderScale } from '../../../../src-renderer/filing/qr-scales';
import { checkScanFile, detectScanType, MAX_SCAN_BYTES } from '../../../../src-renderer/filing/scan-file';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('the picked file', () => {
  it('is recognised by its content, whatever its name or reported type', () => {
    expect(detectScanType(text('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectScanType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(detectScanType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(detectScanType(text('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(detectScanType(text('hello'))).toBeNull();
  });

  it('refuses what is not an image or a PDF, empty files and files over 20 MB, saying why', () => {
    expect(checkScanFile({ name: '说明.docx', type: '', data: text('PK\u0003\u0004') })).toEqual({
      ok: false,
      message: '文件“说明.docx”不是图片或 PDF，请选择 JPG、PNG 图片或 PDF 文件',
    });
    expect(
      checkScanFile({ name: 'IMG_0001.HEIC', type: 'image/heic', data: text('\0\0\0\u0018ftypheic') }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining('HEIC'),
    });
    expect(checkScanFile({ name: '空.pdf', type: 'application/pdf', data: new Uint8Array() })).toMatchObject({
      ok: false,
      message: expect.stringContaining('空文件'),
    });
    const big = new Uint8Array(MAX_SCAN_BYTES + 1);
    big.set(text('%PDF-1.4'));
    expect(checkScanFile({ name: '扫描.pdf', type: 'application/pdf', data: big })).toMatchObject({
      ok: false,
      message: expect.stringContaining('20 MB'),
    });
    expect(checkScanFile({ name: 'scan', type: '', data: text('%PDF-1.4') })).toMatchObject({
      ok: true,
      file: { type: 'application/pdf' },
    });
  });
});

describe('where the QR decoder looks', () => {
  it('tries the whole picture first, then smaller copies, never above 4096 pixels', () => {
    const scales = candidateScales(4032, 3024);
    expect(scales[0]).toBeCloseTo(1);
    expect(scales.slice(1).every((scale, i) => scale < (scales[i] ?? 0))).toBe(true);
    expect(candidateScales(8000, 6000)[0]).toBeCloseTo(4096 / 8000);
  });

  it('also tries a small picture enlarged', () => {
    const scales = candidateScales(600, 800);
    expect(scales[0]).toBe(1);
    expect(Math.max(...scales)).toBeGreaterThan(1);
  });

  it('renders an A4 page at about 200 dpi', () => {
    expect(pdfRenderScale(595.28, 841.89) * 595.28).toBeGreaterThan(1600);
    expect(pdfRenderScale(595.28, 841.89) * 841.89).toBeLessThanOrEqual(2400);
  });
});
