import { Button, Group, Image, Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye, IconFileCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import type { Application } from '../../src-shared/registration/application';
import { desktop } from '../bridge/desktop';
import { useObjectUrl } from '../photo/use-object-url';
import { getAttachment } from '../store/attachments';
import type { Actor } from '../store/device';
import { db } from '../store/instance';
import { FileScanDialog } from './FileScanDialog';
import { filingRefusal } from './match-scan';
import { isPdf } from './scan-file';

interface SealActionsProps {
  application: Application;
  actor: Actor;
  /** Saves what is being typed before the status changes. */
  /** Stores what the form still holds; false when that failed, and filing waits then. */
  beforeFiling?: () => Promise<boolean>;
}

/** 归档盖章件 and 查看盖章件 for one application that was printed for the seal. */
export function SealActions({ application, actor, beforeFiling }: SealActionsProps) {
  const [filing, setFiling] = useState(false);
  const [image, setImage] = useState<Blob | null>(null);
  const [opening, setOpening] = useState(false);
  const imageUrl = useObjectUrl(image);

  const view = async () => {
    if (!application.sealedScan) return;
    setOpening(true);
    try {
      const blob = await getAttachment(db, application.sealedScan);
      if (!blob) {
        notifications.show({
          color: 'orange',
          title: '无法查看盖章件',
          message: '盖章件文件不在本机（可能在其他设备归档且尚未同步）',
        });
        return;
      }
      if (!isPdf(blob.type)) {
        setImage(blob);
        return;
      }
      const result = await desktop.openPdf({
        pdf: new Uint8Array(await blob.arrayBuffer()),
        title: `盖章件 ${application.number}`,
      });
      if (!result.ok) notifications.show({ color: 'red', title: '无法打开盖章件', message: result.error.message });
    } catch {
      notifications.show({ color: 'red', title: '无法查看盖章件', message: '读取盖章件时出错，请重试' });
    } finally {
      setOpening(false);
    }
  };

  const canFile = filingRefusal(application.status) === null;
  if (!canFile && !application.sealedScan) return null;
  return (
    <Group gap="sm">
      {canFile && (
        <Button
          variant={application.status === 'sealed' ? 'default' : 'filled'}
          color="teal"
          leftSection={<IconFileCertificate size={16} />}
          onClick={() => void (beforeFiling?.() ?? Promise.resolve(true)).then((saved) => saved && setFiling(true))}
        >
          {application.status === 'sealed' ? '重新归档盖章件' : '归档盖章件'}
        </Button>
      )}
      {application.sealedScan && (
        <Button variant="default" leftSection={<IconEye size={16} />} loading={opening} onClick={() => void view()}>
          查看盖章件
        </Button>
      )}
      {filing && <FileScanDialog target={application} actor={actor} onClose={() => setFiling(false)} />}
      <Modal
        opened={image !== null}
        onClose={() => setImage(null)}
        title={`盖章件 · 申领编号 ${application.number}`}
        size="xl"
      >
        {imageUrl && <Image src={imageUrl} alt={`申领编号 ${application.number} 的盖章件`} fit="contain" mah="75vh" />}
      </Modal>
    </Group>
  );
}
