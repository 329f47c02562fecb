import { ActionIcon, Alert, Button, Group, Image, Input, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconFile, IconFileTypePdf, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { pickEvidenceFiles } from '../../filing/pick-evidence';
import { formatBytes, isPdf } from '../../filing/scan-file';
import { useObjectUrl } from '../../photo/use-object-url';
import { getAttachment, getLocalAttachment, putAttachment } from '../../store/attachments';
import { db } from '../../store/instance';
import type { ApplicationForm } from './form-types';

type EvidencePath = 'eligibilityEvidence' | 'introductionEvidence';

interface EvidenceFieldProps {
  form: ApplicationForm;
  path: EvidencePath;
  label: string;
  /** What the files usually are. */
  description: string;
}

/**
 * Evidence files (scans or photos, images or PDF): picked with the desktop's
 * file dialog, stored once by their SHA-256, listed with a thumbnail, and
 * removable. The application keeps only the hashes.
 */
export function EvidenceField({ form, path, label, description }: EvidenceFieldProps) {
  const files = form.getValues()[path] ?? [];
  const [problem, setProblem] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const error = form.errors[path] as string | undefined;

  const add = async () => {
    setProblem(null);
    // Not busy while the dialog is open: a browser that never reports a cancel must not lock the button.
    const picked = await pickEvidenceFiles();
    setAdding(true);
    const added: string[] = [];
    for (const { bytes, type } of picked.files) {
      added.push(await putAttachment(db, new Blob([bytes as Uint8Array<ArrayBuffer>], { type })));
    }
    setAdding(false);
    if (added.length > 0) form.setFieldValue(path, (previous) => [...new Set([...(previous ?? []), ...added])]);
    setProblem(picked.problem);
  };

  const remove = (sha256: string) => form.setFieldValue(path, (previous) => previous.filter((item) => item !== sha256));

  return (
    <Input.Wrapper label={label} description={description} withAsterisk error={error} data-path={path}>
      <Stack gap="xs" mt="xs">
        {files.length === 0 && (
          <Text size="sm" c="dimmed">
            尚未上传证明材料
          </Text>
        )}
        {files.map((sha256, index) => (
          <EvidenceItem
            key={sha256}
            sha256={sha256}
            name={`${label}第 ${index + 1} 份`}
            onRemove={() => remove(sha256)}
          />
        ))}
        {problem && (
          <Alert color="red" role="alert" withCloseButton onClose={() => setProblem(null)}>
            {problem}
          </Alert>
        )}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPaperclip size={16} />}
            loading={adding}
            onClick={() => void add()}
            aria-label={`上传${label}`}
          >
            上传证明材料
          </Button>
          <Text size="xs" c="dimmed">
            图片或 PDF，每份不超过 20 MB，可一次选择多份
          </Text>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}

function EvidenceItem({ sha256, name, onRemove }: { sha256: string; name: string; onRemove: () => void }) {
  const blob = useLiveQuery(async () => (await getLocalAttachment(db, sha256)) ?? null, [sha256]);
  useEffect(() => {
    // Evidence attached on another device arrives on first open (and is then kept here).
    if (blob === null) void getAttachment(db, sha256);
  }, [sha256, blob]);
  const url = useObjectUrl(blob && !isPdf(blob.type) ? blob : null);
  return (
    <Paper withBorder p={6} radius="sm" aria-label={name}>
      <Group gap="sm" wrap="nowrap">
        {url ? (
          <Image src={url} alt={name} w={56} h={56} fit="contain" radius="xs" />
        ) : blob ? (
          <IconFileTypePdf size={40} stroke={1.2} color="var(--mantine-color-red-7)" />
        ) : (
          <IconFile size={40} stroke={1.2} color="var(--mantine-color-gray-6)" />
        )}
        <div style={{ flex: 1 }}>
          <Text size="sm" fw={500}>
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {blob
              ? `${isPdf(blob.type) ? 'PDF 文件' : '图片'} · ${formatBytes(blob.size)}`
              : '文件在其他设备上，同步后显示'}
          </Text>
        </div>
        <Tooltip label="移除">
          <ActionIcon variant="subtle" color="red" aria-label={`移除${name}`} onClick={onRemove}>
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Paper>
  );
}
