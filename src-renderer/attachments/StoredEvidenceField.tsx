import { ActionIcon, Alert, Button, Group, Input, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconEye, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { pickEvidenceFiles } from '../filing/pick-evidence';
import { putAttachment } from '../store/attachments';
import { db } from '../store/instance';
import { AttachmentThumb, storedFileSummary, useStoredFile } from './AttachmentThumb';
import type { AttachmentRef } from './attachment-file';
import { type AttachmentViewer, useAttachmentViewer } from './use-attachment-viewer';

interface StoredEvidenceFieldProps {
  /** What the files are, e.g. 条件（一）证明材料; each file is named after it. */
  name: string;
  /** SHA-256 of the files, in the order they were added. */
  value: readonly string[];
  /** Given an update of the list (the list may have changed while files were being stored). */
  onChange: (update: (previous: string[]) => string[]) => void;
  description?: string;
  error?: string | undefined;
  /** Whose files they are (a station's or an applicant's name), for the viewer's titles. */
  owner: string;
  /** Shown with the required mark. */
  required?: boolean;
  /** The form path, for scrolling to the first field in error. */
  dataPath?: string;
}

/**
 * Evidence files kept by SHA-256: picked with the desktop's file dialog
 * (images or PDF, each up to 20 MB, as EvidencePicker takes them), stored
 * at once, listed with a thumbnail, viewable and removable. Removing one
 * only takes it off the list; the bytes stay stored (another record may
 * use the same file).
 */
export function StoredEvidenceField(props: StoredEvidenceFieldProps) {
  const { name, value, onChange, description, error, owner, required, dataPath } = props;
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const viewer = useAttachmentViewer(owner);

  const add = async () => {
    setProblem(null);
    // Not busy while the dialog is open: a browser that never reports a cancel must not lock the button.
    const picked = await pickEvidenceFiles();
    if (picked.files.length === 0) {
      setProblem(picked.problem);
      return;
    }
    setAdding(true);
    try {
      const added: string[] = [];
      for (const { bytes, type } of picked.files) {
        added.push(await putAttachment(db, new Blob([bytes as Uint8Array<ArrayBuffer>], { type })));
      }
      onChange((previous) => [...new Set([...previous, ...added])]);
      setProblem(picked.problem);
    } catch {
      setProblem('保存文件时出错（可能是存储空间不足），未添加，请重试');
    } finally {
      setAdding(false);
    }
  };

  return (
    <Input.Wrapper label={name} description={description} error={error} withAsterisk={required} data-path={dataPath}>
      <Stack gap="xs" mt="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            尚未上传证明材料
          </Text>
        )}
        {value.map((sha256, index) => (
          <EvidenceRow
            key={sha256}
            item={{ sha256, label: `${name}第 ${index + 1} 份` }}
            viewer={viewer}
            onRemove={() => onChange((previous) => previous.filter((other) => other !== sha256))}
          />
        ))}
        {problem && (
          <Alert color="red" role="alert" withCloseButton onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPaperclip size={14} />}
            loading={adding}
            aria-label={`上传${name}`}
            onClick={() => void add()}
          >
            上传证明材料
          </Button>
          <Text size="xs" c="dimmed">
            图片或 PDF，每份不超过 20 MB，可一次选择多份
          </Text>
        </Group>
      </Stack>
      {viewer.viewer}
    </Input.Wrapper>
  );
}

function EvidenceRow({
  item,
  viewer,
  onRemove,
}: {
  item: AttachmentRef;
  viewer: AttachmentViewer;
  onRemove: () => void;
}) {
  const blob = useStoredFile(item.sha256);
  return (
    <Paper withBorder p={6} radius="sm" aria-label={item.label}>
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
        <Tooltip label="查看">
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`查看${item.label}`}
            loading={viewer.busy === item.sha256}
            onClick={() => void viewer.open(item)}
          >
            <IconEye size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="移除">
          <ActionIcon variant="subtle" color="red" aria-label={`移除${item.label}`} onClick={onRemove}>
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
