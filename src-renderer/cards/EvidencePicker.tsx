import { ActionIcon, Alert, Button, Group, Input, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { pickEvidenceFiles } from '../filing/pick-evidence';
import { formatBytes, type ScanFile } from '../filing/scan-file';

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
    const { files: added, problem: refused } = await pickEvidenceFiles();
    setProblem(refused);
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
