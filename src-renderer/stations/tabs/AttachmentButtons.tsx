import { Button, Group } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useAttachmentViewer } from '../../attachments/use-attachment-viewer';

interface AttachmentButtonsProps {
  /** SHA-256 of each file. */
  hashes: readonly string[];
  /** What the files are, e.g. “2024年度工作计划”; the buttons read “查看2024年度工作计划 1”. */
  label: string;
  /** The station's name, for the viewer's titles. */
  owner: string;
}

/**
 * One compact 查看 button per filed document or photo, for tables and the
 * history: opened as the station's other files are (files/use-attachment-viewer).
 */
export function AttachmentButtons({ hashes, label, owner }: AttachmentButtonsProps) {
  const viewer = useAttachmentViewer(owner);
  if (hashes.length === 0) return null;
  return (
    <>
      <Group gap={6}>
        {hashes.map((sha256, index) => {
          const item = { sha256, label: hashes.length > 1 ? `${label} ${index + 1}` : label };
          return (
            <Button
              key={sha256}
              size="compact-xs"
              variant="default"
              leftSection={<IconEye size={12} />}
              loading={viewer.busy === sha256}
              aria-label={`查看${item.label}`}
              onClick={() => void viewer.open(item)}
            >
              {hashes.length > 1 ? index + 1 : '查看'}
            </Button>
          );
        })}
      </Group>
      {viewer.viewer}
    </>
  );
}
