import { Image } from '@mantine/core';
import { IconFile, IconFileTypePdf } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { formatBytes, isPdf } from '../filing/scan-file';
import { useObjectUrl } from '../photo/use-object-url';
import { getAttachment, getLocalAttachment } from '../store/attachments';
import { db } from '../store/instance';
import { describeType } from './attachment-file';

/**
 * The stored file kept on this device: undefined while reading, null when it
 * is not here (asked from the server once; it is kept here when it comes).
 */
export function useStoredFile(sha256: string): Blob | null | undefined {
  const blob = useLiveQuery(async () => (await getLocalAttachment(db, sha256)) ?? null, [sha256]);
  useEffect(() => {
    if (blob === null) void getAttachment(db, sha256).catch(() => undefined);
  }, [sha256, blob]);
  return blob;
}

/** A small picture of a stored image; a PDF or a file not yet on this device as an icon. */
export function AttachmentThumb({
  blob,
  label,
  size = 56,
}: {
  blob: Blob | null | undefined;
  label: string;
  size?: number;
}) {
  const url = useObjectUrl(blob && !isPdf(blob.type) ? blob : null);
  if (url) return <Image src={url} alt={label} w={size} h={size} fit="contain" radius="xs" />;
  if (blob) return <IconFileTypePdf size={size * 0.7} stroke={1.2} color="var(--mantine-color-red-7)" aria-hidden />;
  return <IconFile size={size * 0.7} stroke={1.2} color="var(--mantine-color-gray-6)" aria-hidden />;
}

/** PDF 文件 · 1.2 MB, or where the file is when it is not here. */
export function storedFileSummary(blob: Blob | null | undefined): string {
  if (blob === undefined) return '读取中…';
  if (blob === null) return '文件在其他设备上，同步后显示';
  return `${describeType(blob.type)} · ${formatBytes(blob.size)}`;
}
