import { PHOTO_OUTPUT } from './photo-spec';

export type ImageType = 'jpeg' | 'png' | 'webp' | 'heic' | 'unknown';
export type AcceptedImageType = Exclude<ImageType, 'heic' | 'unknown'>;

export const IMAGE_MIME_TYPES: Record<AcceptedImageType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
// AVIF shares the generic HEIF brands (mif1, msf1) and is told apart by its own brand.
const AVIF_BRANDS = new Set(['avif', 'avis']);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

/** The ftyp box's major and compatible brands, or null when the bytes are not ISO BMFF. */
function isoBrands(bytes: Uint8Array): { major: string; compatible: string[] } | null {
  if (bytes.length < 12 || ascii(bytes, 4, 4) !== 'ftyp') return null;
  const boxSize = ((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  const end = Math.min(bytes.length, boxSize >= 16 ? boxSize : bytes.length);
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= end; offset += 4) compatible.push(ascii(bytes, offset, 4));
  return { major: ascii(bytes, 8, 4), compatible };
}

/** What kind of image the bytes hold, judged by their magic bytes (never by the file name). */
export function sniffImageType(bytes: Uint8Array): ImageType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  const brands = isoBrands(bytes);
  if (brands && HEIF_BRANDS.has(brands.major)) {
    const isAvif = brands.compatible.some((brand) => AVIF_BRANDS.has(brand));
    return isAvif && !brands.major.startsWith('he') ? 'unknown' : 'heic';
  }
  return 'unknown';
}

export type PhotoProblem =
  | { kind: 'empty'; fileName?: string }
  | { kind: 'not-image'; fileName?: string }
  | { kind: 'heic'; fileName?: string }
  | { kind: 'corrupt'; fileName?: string }
  | { kind: 'too-small'; width: number; height: number }
  | { kind: 'crop-too-small'; width: number; height: number }
  | { kind: 'file-too-large'; fileName?: string }
  | { kind: 'too-large-to-compress' }
  | { kind: 'encode-failed' }
  /** The desktop bridge refused the file (too large, unreadable, …); its message is already for the user. */
  | { kind: 'open-failed'; message: string }
  | { kind: 'no-camera' }
  | { kind: 'camera-denied' }
  | { kind: 'camera-busy' }
  | { kind: 'camera-unsupported' }
  | { kind: 'capture-failed' }
  | { kind: 'unexpected' };

function quoted(fileName: string | undefined): string {
  return fileName ? `“${fileName}”` : '';
}

const MINIMUM = `${PHOTO_OUTPUT.minWidth} × ${PHOTO_OUTPUT.minHeight} 像素`;

/** The message shown to the window staff for a photo problem (zh-CN). */
export function photoProblem(problem: PhotoProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `文件${quoted(problem.fileName)}是空的（0 字节），请重新选择照片`;
    case 'not-image':
      return `文件${quoted(problem.fileName)}不是照片（或不是支持的图片格式）。请选择 JPEG、PNG 或 WebP 格式的照片`;
    case 'heic':
      return (
        `文件${quoted(problem.fileName)}是 iPhone 的 HEIC 格式照片，本系统无法读取。请先转成 JPEG 再导入：` +
        '在 iPhone 上“设置 → 相机 → 格式”选择“兼容性最佳”后重新拍摄，或将照片“存储为 JPEG”，' +
        '或通过微信发送原图到电脑后再导入'
      );
    case 'corrupt':
      return `文件${quoted(problem.fileName)}已损坏或不完整，无法读取图像内容。请重新拷贝或导出照片后再导入`;
    case 'too-small':
      return (
        `照片只有 ${problem.width} × ${problem.height} 像素，太小，打印不清晰。` +
        `登记表照片（25 × 35 毫米）至少需要 ${MINIMUM}，请换一张更清晰的照片`
      );
    case 'crop-too-small':
      return (
        `裁剪区域只有 ${problem.width} × ${problem.height} 像素，太小，打印不清晰。` +
        `至少需要 ${MINIMUM}，请调小缩放后再确定`
      );
    case 'file-too-large':
      return `文件${quoted(problem.fileName)}超过 ${PHOTO_OUTPUT.maxSourceBytes / 1024 / 1024} MB，无法打开。请先压缩照片或换一张照片`;
    case 'too-large-to-compress':
      return `照片压缩到最低质量仍超过 ${PHOTO_OUTPUT.maxBytes / 1024} KB，请换一张照片`;
    case 'encode-failed':
      return '无法生成 JPEG 照片，请重试；如仍失败请换一张照片';
    case 'open-failed':
      return problem.message;
    case 'no-camera':
      return '未找到摄像头。请连接摄像头后重试，或改用“导入照片”';
    case 'camera-denied':
      return '摄像头权限被拒绝。请在系统设置中允许本应用使用摄像头后重试，或改用“导入照片”';
    case 'camera-busy':
      return '摄像头无法启动，可能正被其他程序（如视频会议软件）占用。请关闭该程序后重试，或改用“导入照片”';
    case 'camera-unsupported':
      return '当前环境无法使用摄像头，请改用“导入照片”';
    case 'capture-failed':
      return '未能从摄像头取得画面，请等画面出现后再按“拍摄”';
    case 'unexpected':
      return '照片处理失败，请重试；如仍失败请换一张照片';
  }
}

/** Carries a photo problem through async code; its message is the Chinese text for the user. */
export class PhotoError extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(photoProblem(problem));
    this.name = 'PhotoError';
  }
}

/** The message for anything that went wrong with a photo, never the raw technical error. */
export function photoErrorMessage(error: unknown): string {
  if (error instanceof PhotoError) return error.message;
  return photoProblem({ kind: 'unexpected' });
}

export type PhotoBytesCheck =
  | { ok: true; type: AcceptedImageType; mimeType: string }
  | { ok: false; problem: PhotoProblem };

/** What can be told about a file before decoding it: empty, not an image, HEIC, or one of ours. */
export function inspectPhotoBytes(bytes: Uint8Array, fileName?: string): PhotoBytesCheck {
  if (bytes.length === 0) return { ok: false, problem: { kind: 'empty', fileName } };
  const type = sniffImageType(bytes);
  if (type === 'heic') return { ok: false, problem: { kind: 'heic', fileName } };
  if (type === 'unknown') return { ok: false, problem: { kind: 'not-image', fileName } };
  return { ok: true, type, mimeType: IMAGE_MIME_TYPES[type] };
}

/** The too-small problem for an image (or crop) of this size, or null when it is big enough to print. */
export function sizeProblem(
  width: number,
  height: number,
  kind: 'too-small' | 'crop-too-small' = 'too-small',
): PhotoProblem | null {
  if (width >= PHOTO_OUTPUT.minWidth && height >= PHOTO_OUTPUT.minHeight) return null;
  return { kind, width, height };
}
