import { Button, Group, Paper, Text } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { AttachmentThumb, storedFileSummary, useStoredFile } from './AttachmentThumb';
import type { AttachmentRef } from './attachment-file';
import type { AttachmentViewer } from './use-attachment-viewer';

/** One stored file of a record: a thumbnail, what it is, 查看 and 下载. */
export function AttachmentItem({ item, viewer }: { item: AttachmentRef; viewer: AttachmentViewer }) {
  const blob = useStoredFile(item.sha256);
  return (
    <Paper withBorder p={6} radius="sm" aria-label={item.label} data-testid="station-attachment">
      <Group gap="sm" wrap="nowrap">
        <AttachmentThumb blob={blob} label={item.label} />
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500}>
            {item.label}
          </Text>
          <Text size="xs" c="dimmed">
            {storedFileSummary(blob)}
          </Text>
        </div>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconEye size={14} />}
          loading={viewer.busy === item.sha256}
          aria-label={`查看${item.label}`}
          onClick={() => void viewer.open(item)}
        >
          查看
        </Button>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconDownload size={14} />}
          aria-label={`下载${item.label}`}
          onClick={() => void viewer.download(item)}
        >
          下载
        </Button>
      </Group>
    </Paper>
  );
}
