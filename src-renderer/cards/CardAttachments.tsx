import { Button, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import type { CardCategory } from '../../src-shared/cards/workflow';
import type { Application } from '../../src-shared/registration/application';
import { desktop } from '../bridge/desktop';
import { isPdf } from '../filing/scan-file';
import { useObjectUrl } from '../photo/use-object-url';
import { getAttachment } from '../store/attachments';
import { db } from '../store/instance';
import { CardSection } from './CardSection';
import { LANDING_WORDS } from './step-labels';

interface Item {
  label: string;
  sha256: string;
}

/** SHA-256 lists of the 名企优才类 fields, read with care: records made before that category lack them. */
function hashes(application: Application, field: 'eligibilityEvidence' | 'introductionEvidence'): string[] {
  const value: unknown = (application as Partial<Application>)[field];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function numbered(label: string, list: string[]): Item[] {
  return list.map((sha256, index) => ({ label: list.length > 1 ? `${label} ${index + 1}` : label, sha256 }));
}

function itemsOf(application: Application, category: CardCategory): Item[] {
  return [
    ...(application.photo ? [{ label: '照片', sha256: application.photo }] : []),
    ...(application.sealedScan ? [{ label: '申领登记表盖章件', sha256: application.sealedScan }] : []),
    ...numbered('引才条件证明材料', hashes(application, 'eligibilityEvidence')),
    ...numbered('引进方式证明材料', hashes(application, 'introductionEvidence')),
    ...numbered(`${LANDING_WORDS[category].short}证明材料`, application.landing?.evidence ?? []),
  ];
}

/** The photo, the filed stamped copy and the landing evidence, each opened from this device or the server. */
export function CardAttachments({ application, category }: { application: Application; category: CardCategory }) {
  const [shown, setShown] = useState<{ label: string; blob: Blob } | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const url = useObjectUrl(shown?.blob ?? null);
  const items = itemsOf(application, category);

  const open = async (item: Item) => {
    setOpening(item.sha256);
    try {
      const blob = await getAttachment(db, item.sha256);
      if (!blob) {
        notifications.show({
          color: 'orange',
          title: `无法查看${item.label}`,
          message: '文件不在本机（可能在其他设备添加且尚未同步）',
        });
      } else if (!isPdf(blob.type)) {
        setShown({ label: item.label, blob });
      } else {
        const title = `${item.label} ${application.number}`;
        const result = await desktop.openPdf({ pdf: new Uint8Array(await blob.arrayBuffer()), title });
        if (!result.ok)
          notifications.show({ color: 'red', title: `无法打开${item.label}`, message: result.error.message });
      }
    } catch {
      notifications.show({ color: 'red', title: `无法查看${item.label}`, message: '读取文件时出错，请重试' });
    } finally {
      setOpening(null);
    }
  };

  return (
    <CardSection title="附件">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          尚无附件
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((item) => (
            <Group key={`${item.label}-${item.sha256}`} justify="space-between" wrap="nowrap">
              <Text size="sm">{item.label}</Text>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconEye size={14} />}
                loading={opening === item.sha256}
                aria-label={`查看${item.label}`}
                onClick={() => void open(item)}
              >
                查看
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <Modal opened={shown !== null} onClose={() => setShown(null)} title={shown?.label} size="xl">
        {url && <Image src={url} alt={shown?.label} fit="contain" mah="75vh" />}
      </Modal>
    </CardSection>
  );
}
