import { type CropArea, clampCrop } from './crop-area';
import { inspectPhotoBytes, PhotoError, sizeProblem } from './inspect';
import { encodeWithinBudget } from './jpeg-quality';
import { PHOTO_OUTPUT } from './photo-spec';

export type { CropArea } from './crop-area';
export { PHOTO_OUTPUT } from './photo-spec';

export interface ProcessedPhoto {
  blob: Blob;
  /** Lower-case hex SHA-256 of `blob`: the photo's identity in IndexedDB. */
  sha256: string;
  width: number;
  height: number;
}

// Enough for every signature inspectPhotoBytes knows, including the ftyp box's major brand.
const SNIFF_BYTES = 64;

/**
 * Decodes a photo upright (EXIF orientation applied) after refusing, with
 * their own messages, empty files, non-images, HEIC, corrupt files and images
 * too small to print. The caller must close() the bitmap.
 */
export async function decodePhoto(source: Blob, fileName?: string): Promise<ImageBitmap> {
  const head = new Uint8Array(await source.slice(0, SNIFF_BYTES).arrayBuffer());
  const check = inspectPhotoBytes(head, fileName);
  if (!check.ok) throw new PhotoError(check.problem);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(source, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError({ kind: 'corrupt', fileName });
  }
  const problem = sizeProblem(bitmap.width, bitmap.height);
  if (problem) {
    bitmap.close();
    throw new PhotoError(problem);
  }
  return bitmap;
}

/** The upright size of a photo that is fit to crop; throws PhotoError otherwise. */
export async function measurePhoto(source: Blob, fileName?: string): Promise<{ width: number; height: number }> {
  const bitmap = await decodePhoto(source, fileName);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

interface Surface {
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  toJpeg: (quality: number) => Promise<Blob>;
}

function encodeFailed(): PhotoError {
  return new PhotoError({ kind: 'encode-failed' });
}

function createSurface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw encodeFailed();
    return { context, toJpeg: (quality) => canvas.convertToBlob({ type: PHOTO_OUTPUT.mimeType, quality }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw encodeFailed();
  const toJpeg = (quality: number) =>
    new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(encodeFailed())), PHOTO_OUTPUT.mimeType, quality);
    });
  return { context, toJpeg };
}

/**
 * Crops the photo to `crop` (source pixels, from react-easy-crop's
 * onCropComplete), scales it to PHOTO_OUTPUT's size on white, and encodes a
 * JPEG of at most PHOTO_OUTPUT.maxBytes. A crop smaller than the printable
 * minimum is refused rather than upscaled. Problems are thrown as PhotoError.
 */
export async function processPhoto(source: Blob, crop: CropArea): Promise<ProcessedPhoto> {
  const bitmap = await decodePhoto(source);
  try {
    const area = clampCrop(crop, bitmap);
    const tooSmall = sizeProblem(area.width, area.height, 'crop-too-small');
    if (tooSmall) throw new PhotoError(tooSmall);

    const { width, height } = PHOTO_OUTPUT;
    const surface = createSurface(width, height);
    const { context } = surface;
    // JPEG has no transparency: transparent PNG areas would otherwise turn black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, area.x, area.y, area.width, area.height, 0, 0, width, height);

    const encoded = await encodeWithinBudget(async (quality) => {
      const blob = await surface.toJpeg(quality);
      // A browser that cannot write JPEG silently falls back to PNG.
      if (blob.type !== PHOTO_OUTPUT.mimeType) throw encodeFailed();
      return blob;
    });
    if (!encoded) throw new PhotoError({ kind: 'too-large-to-compress' });
    return { blob: encoded.result, sha256: await sha256Hex(encoded.result), width, height };
  } finally {
    bitmap.close();
  }
}
