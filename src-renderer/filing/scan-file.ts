import type { FileFilter, OpenedFile } from '../../src-shared/bridge/contract';

/** A stamped copy may be a scan (PDF) or a photo/scan image; larger files are refused. */
export const MAX_SCAN_BYTES = 20 * 1024 * 1024;

export const SCAN_FILTERS: FileFilter[] = [
  { name: '盖章件（图片或 PDF）', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'bmp', 'gif'] },
];

export type ScanType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp' | 'image/bmp' | 'image/gif';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * What the file really is, from its first bytes: the name and the reported
 * type can be wrong or missing (the browser reports "" for many scans).
 */
export function detectScanType(bytes: Uint8Array): ScanType | null {
  // A PDF may have a few bytes of junk before its header; readers accept up to 1 KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('GIF8'))) return 'image/gif';
  if (startsWith(bytes, ascii('BM'))) return 'image/bmp';
  return null;
}

export interface ScanFile {
  name: string;
  type: ScanType;
  bytes: Uint8Array;
}

export type ScanFileResult = { ok: true; file: ScanFile } | { ok: false; message: string };

/** Checks a file staff picked as a stamped copy: its size and that it is an image or a PDF. */
export function checkScanFile(file: OpenedFile): ScanFileResult {
  if (file.data.byteLength === 0) return { ok: false, message: `文件“${file.name}”是空文件，请重新选择` };
  if (file.data.byteLength > MAX_SCAN_BYTES) {
    return { ok: false, message: `文件“${file.name}”超过 20 MB，请降低扫描分辨率后重试` };
  }
  const type = detectScanType(file.data);
  if (!type) {
    const heic = /\.(heic|heif)$/i.test(file.name) || /heic|heif/i.test(file.type);
    return {
      ok: false,
      message: heic
        ? `文件“${file.name}”是 HEIC 格式，无法读取；请在手机上改用 JPG 格式拍照，或导出为 JPG 后再选择`
        : `文件“${file.name}”不是图片或 PDF，请选择 JPG、PNG 图片或 PDF 文件`,
    };
  }
  return { ok: true, file: { name: file.name, type, bytes: file.data } };
}

export function isPdf(type: string): boolean {
  return type === 'application/pdf';
}

/** 1.2 MB, 340 KB */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
