import { afterEach, describe, expect, it, vi } from 'vitest';
import { clampCrop } from '../../../../src-renderer/photo/crop-area';
import { PhotoError } from '../../../../src-renderer/photo/inspect';
import { encodeWithinBudget, JPEG_QUALITY_STEPS } from '../../../../src-renderer/photo/jpeg-quality';
import { decodePhoto, PHOTO_OUTPUT, processPhoto, sha256Hex } from '../../../../src-renderer/photo/process';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('PHOTO_OUTPUT', () => {
  it('is a 5:7 一寸 photo above 300 dpi at 25 × 35 mm, within 300 KB', () => {
    expect(PHOTO_OUTPUT.width / PHOTO_OUTPUT.height).toBeCloseTo(5 / 7, 2);
    expect((PHOTO_OUTPUT.width / 25) * 25.4).toBeGreaterThanOrEqual(300);
    expect((PHOTO_OUTPUT.height / 35) * 25.4).toBeGreaterThanOrEqual(300);
    expect([PHOTO_OUTPUT.minWidth, PHOTO_OUTPUT.minHeight]).toEqual([295, 413]);
    expect(PHOTO_OUTPUT.maxBytes).toBe(300 * 1024);
  });
});

describe('encodeWithinBudget', () => {
  /** An encoder whose output shrinks with quality, recording the qualities it was asked for. */
  function encoder(sizeAt: (quality: number) => number) {
    const asked: number[] = [];
    const encodeAt = async (quality: number) => {
      asked.push(quality);
      return { size: sizeAt(quality) };
    };
    return { asked, encodeAt };
  }

  it('keeps quality 0.92 when the first JPEG already fits', async () => {
    const { asked, encodeAt } = encoder(() => 80 * 1024);
    const encoded = await encodeWithinBudget(encodeAt);
    expect(encoded).toEqual({ result: { size: 80 * 1024 }, quality: 0.92 });
    expect(asked).toEqual([0.92]);
  });

  it('lowers quality step by step and stops at the first that fits', async () => {
    const { asked, encodeAt } = encoder((quality) => Math.round(quality * 400 * 1024));
    const encoded = await encodeWithinBudget(encodeAt);
    expect(encoded?.quality).toBe(0.7);
    expect(encoded?.result.size).toBeLessThanOrEqual(300 * 1024);
    expect(asked).toEqual([0.92, 0.85, 0.78, 0.7]);
  });

  it('accepts a JPEG of exactly 300 KB but not one byte more', async () => {
    expect((await encodeWithinBudget(async () => ({ size: 300 * 1024 })))?.quality).toBe(0.92);
    const { asked, encodeAt } = encoder(() => 300 * 1024 + 1);
    expect(await encodeWithinBudget(encodeAt)).toBeNull();
    expect(asked).toEqual([...JPEG_QUALITY_STEPS]);
  });

  it('tries the qualities from high to low and never below 0.5', () => {
    expect(JPEG_QUALITY_STEPS[0]).toBe(0.92);
    expect([...JPEG_QUALITY_STEPS].sort((a, b) => b - a)).toEqual([...JPEG_QUALITY_STEPS]);
    expect(Math.min(...JPEG_QUALITY_STEPS)).toBe(0.5);
  });
});

describe('clampCrop', () => {
  const image = { width: 600, height: 840 };

  it('rounds to whole pixels', () => {
    expect(clampCrop({ x: 10.4, y: 20.6, width: 300.5, height: 420.2 }, image)).toEqual({
      x: 10,
      y: 21,
      width: 301,
      height: 420,
    });
  });

  it('keeps the rectangle inside the image', () => {
    expect(clampCrop({ x: -3, y: -1, width: 601, height: 845 }, image)).toEqual({
      x: 0,
      y: 0,
      width: 600,
      height: 840,
    });
    expect(clampCrop({ x: 301, y: 421, width: 300, height: 420 }, image)).toEqual({
      x: 301,
      y: 421,
      width: 299,
      height: 419,
    });
  });

  it('falls back to the whole image for a crop that is not a number', () => {
    expect(clampCrop({ x: Number.NaN, y: 0, width: Number.NaN, height: Number.POSITIVE_INFINITY }, image)).toEqual({
      x: 0,
      y: 0,
      width: 600,
      height: 840,
    });
  });
});

describe('sha256Hex', () => {
  it('is the lower-case hex SHA-256 of the blob', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new Blob([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('processPhoto refuses bad input before drawing anything', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const crop = { x: 0, y: 0, width: 600, height: 840 };

  /** What the browser's decoder would give back; the canvas is never reached in these cases. */
  function decoderGives(result: { width: number; height: number } | 'error') {
    const close = vi.fn();
    const decode = vi.fn(async () => {
      if (result === 'error') throw new DOMException('The source image could not be decoded.', 'InvalidStateError');
      return { ...result, close };
    });
    vi.stubGlobal('createImageBitmap', decode);
    return { close, decode };
  }

  async function problemOf(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(PhotoError);
    return (error as PhotoError).problem;
  }

  it('an empty blob, text and HEIC are refused without decoding', async () => {
    const { decode } = decoderGives({ width: 600, height: 840 });
    expect(await problemOf(processPhoto(new Blob([]), crop))).toEqual({ kind: 'empty' });
    expect(await problemOf(processPhoto(new Blob(['%PDF-1.4']), crop))).toMatchObject({ kind: 'not-image' });
    const heic = new Uint8Array([0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0]);
    expect(await problemOf(decodePhoto(new Blob([heic]), 'IMG_1.HEIC'))).toEqual({
      kind: 'heic',
      fileName: 'IMG_1.HEIC',
    });
    expect(decode).not.toHaveBeenCalled();
  });

  it('a PNG the decoder rejects is reported as corrupt', async () => {
    decoderGives('error');
    expect(await problemOf(decodePhoto(new Blob([png]), 'truncated.png'))).toEqual({
      kind: 'corrupt',
      fileName: 'truncated.png',
    });
  });

  it('asks the decoder to apply EXIF orientation', async () => {
    const { decode } = decoderGives({ width: 600, height: 840 });
    await decodePhoto(new Blob([png]));
    expect(decode).toHaveBeenCalledWith(expect.any(Blob), { imageOrientation: 'from-image' });
  });

  it('an image smaller than 295 × 413 is refused with its size, and the bitmap released', async () => {
    const { close } = decoderGives({ width: 100, height: 140 });
    expect(await problemOf(processPhoto(new Blob([png]), crop))).toEqual({
      kind: 'too-small',
      width: 100,
      height: 140,
    });
    expect(close).toHaveBeenCalledOnce();
  });

  it('a crop smaller than 295 × 413 is refused rather than upscaled, and the bitmap released', async () => {
    const { close } = decoderGives({ width: 600, height: 840 });
    const small = { x: 100, y: 100, width: 150, height: 210 };
    expect(await problemOf(processPhoto(new Blob([png]), small))).toEqual({
      kind: 'crop-too-small',
      width: 150,
      height: 210,
    });
    expect(close).toHaveBeenCalledOnce();
  });
});
