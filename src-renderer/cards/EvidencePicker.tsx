import { ActionIcon, Alert, Button, Group, Input, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { desktop } from '../bridge/desktop';
import { checkScanFile, formatBytes, MAX_SCAN_BYTES, type ScanFile } from '../filing/scan-file';

const EVIDENCE_FILTERS = [
  { name: '证明材料（图片或 PDF）', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'bmp', 'gif'] },
];

const fileKey = (file: ScanFile) => `${file.name}:${file.bytes.byteLength}`;

interface EvidencePickerProps {
  files: ScanFile[];
  onChange: (files: ScanFile[]) => void;
  hint: string;
  error?: string | undefined;
}

/** Evidence scans or photos (images or PDF, each up to 20 MB), chosen through the desktop bridge. */
export function EvidencePicker({ files, onChange, hint, error }: EvidencePickerProps) {
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async () => {
    setProblem(null);
    const result = await desktop.openFile({ filters: EVIDENCE_FILTERS, multiple: true, maxBytes: MAX_SCAN_BYTES });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    const added: ScanFile[] = [];
    const refused: string[] = [];
    for (const opened of result.value) {
      const checked = checkScanFile(opened);
      if (checked.ok) added.push(checked.file);
      else refused.push(checked.message);
    }
    if (refused.length > 0) setProblem(refused.join('；'));
    // The same file chosen twice is kept once (its bytes are stored once anyway).
    const known = new Set(files.map(fileKey));
    onChange([...files, ...added.filter((file) => !known.has(fileKey(file)) && known.add(fileKey(file)))]);
  };

  return (
    <Input.Wrapper label="证明材料" withAsterisk description={hint} error={error}>
      <Stack gap={6} mt={6}>
        {files.map((file) => (
          <Group key={fileKey(file)} gap="xs" wrap="nowrap">
            <IconPaperclip size={14} aria-hidden />
            <Text size="sm" style={{ flex: 1 }}>
              {file.name}（{formatBytes(file.bytes.byteLength)}）
            </Text>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`移除 ${file.name}`}
              onClick={() => onChange(files.filter((other) => fileKey(other) !== fileKey(file)))}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
        {problem && (
          <Alert color="red" role="alert" p="xs">
            {problem}
          </Alert>
        )}
        <Group>
          <Button variant="default" size="xs" leftSection={<IconPaperclip size={14} />} onClick={() => void pick()}>
            添加证明材料
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
