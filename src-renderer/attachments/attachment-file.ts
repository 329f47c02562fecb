/** What staff call a stored file, and the name it is saved under. */
export interface AttachmentRef {
  /** e.g. 条件（一）证明材料第 1 份 */
  label: string;
  sha256: string;
}

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/gif': 'gif',
};

/** A file name for saving: the words of the label (without characters file systems refuse) and the type's extension. */
export function attachmentFileName(words: string, type: string): string {
  const base =
    words
      .replace(/\s+/g, '')
      .replace(/[\\/:*?"<>|]+/g, '_')
      .replace(/^[_.]+|_+$/g, '') || '附件';
  return `${base}.${EXTENSIONS[type] ?? 'bin'}`;
}

/** 图片 · 340 KB / PDF 文件 · 1.2 MB */
export function describeType(type: string): string {
  return type === 'application/pdf' ? 'PDF 文件' : type.startsWith('image/') ? '图片' : '文件';
}
