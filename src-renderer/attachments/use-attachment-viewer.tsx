import { Image, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { desktop } from '../bridge/desktop';
import { isPdf } from '../filing/scan-file';
import { useObjectUrl } from '../photo/use-object-url';
import { getAttachment } from '../store/attachments';
import { db } from '../store/instance';
import { type AttachmentRef, attachmentFileName } from './attachment-file';

export interface AttachmentViewer {
  /** Images in a dialog, PDFs in the desktop's PDF viewer (a new tab in browser mode). */
  open: (item: AttachmentRef) => Promise<void>;
  /** Saves a copy through the desktop bridge (a save dialog in the app, a download in browser mode). */
  download: (item: AttachmentRef) => Promise<void>;
  /** The file being read, for a button's spinner. */
  busy: string | null;
  /** The image dialog, to be rendered once by the user of the hook. */
  viewer: ReactNode;
}

/**
 * Opening and saving the station's stored files, as the card page opens its
 * attachments: from this device, or on first open from the server. `owner`
 * (the station's name) goes into titles and saved file names.
 */
export function useAttachmentViewer(owner: string): AttachmentViewer {
  const [shown, setShown] = useState<{ label: string; blob: Blob } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const url = useObjectUrl(shown?.blob ?? null);

  const withBlob = async (item: AttachmentRef, use: (blob: Blob) => Promise<void>, verb: string) => {
    setBusy(item.sha256);
    try {
      const blob = await getAttachment(db, item.sha256);
      if (!blob) {
        notifications.show({
          color: 'orange',
          title: `无法${verb}${item.label}`,
          message: '文件不在本机（可能在其他设备添加且尚未同步）',
        });
        return;
      }
      await use(blob);
    } catch {
      notifications.show({ color: 'red', title: `无法${verb}${item.label}`, message: '读取文件时出错，请重试' });
    } finally {
      setBusy(null);
    }
  };

  const open = (item: AttachmentRef) =>
    withBlob(
      item,
      async (blob) => {
        if (!isPdf(blob.type)) {
          setShown({ label: item.label, blob });
          return;
        }
        const result = await desktop.openPdf({
          pdf: new Uint8Array(await blob.arrayBuffer()),
          title: `${owner} ${item.label}`,
        });
        if (!result.ok)
          notifications.show({ color: 'red', title: `无法打开${item.label}`, message: result.error.message });
      },
      '查看',
    );

  const download = (item: AttachmentRef) =>
    withBlob(
      item,
      async (blob) => {
        const suggestedName = attachmentFileName(`${owner}_${item.label}`, blob.type);
        const result = await desktop.saveFile({ suggestedName, data: new Uint8Array(await blob.arrayBuffer()) });
        if (!result.ok)
          notifications.show({ color: 'red', title: `未能保存${item.label}`, message: result.error.message });
        else if (result.value.saved)
          notifications.show({ color: 'teal', title: `已保存${item.label}`, message: result.value.location });
      },
      '下载',
    );

  const viewer = (
    <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown?.label} size="xl">
      {url && <Image src={url} alt={shown?.label} fit="contain" mah="75vh" />}
    </Modal>
  );
  return { open, download, busy, viewer };
}
