import { Alert, AspectRatio, Button, Group, Loader, LoadingOverlay, Paper, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCamera, IconTrash, IconUpload, IconUser } from '@tabler/icons-react';
import { type DragEvent, useCallback, useState } from 'react';
import { desktop } from '../bridge/desktop';
import { CameraModal } from './CameraModal';
import { CropModal } from './CropModal';
import type { CropArea } from './crop-area';
import { inspectPhotoBytes, photoErrorMessage, photoProblem } from './inspect';
import { PHOTO_OPEN_REQUEST, PHOTO_OUTPUT } from './photo-spec';
import { measurePhoto, type ProcessedPhoto, processPhoto } from './process';
import { useObjectUrl } from './use-object-url';

export interface PhotoStepProps {
  /** The stored photo (a processed JPEG), or null when there is none yet. */
  value: Blob | null;
  onChange: (photo: ProcessedPhoto | null) => void;
}

interface CropSource {
  blob: Blob;
  name: string;
}

const PREVIEW_WIDTH = 150;

/** The 照片 step: import, photograph, crop to 25 × 35 mm and remove the applicant's ID photo. */
export function PhotoStep({ value, onChange }: PhotoStepProps) {
  const previewUrl = useObjectUrl(value);
  const [source, setSource] = useState<CropSource | null>(null);
  const sourceUrl = useObjectUrl(source?.blob ?? null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cameraOpened, setCameraOpened] = useState(false);
  const [dropping, setDropping] = useState(false);
  const busy = status !== null;

  /** Runs a step of the flow; whatever goes wrong ends as a message next to the photo, never as a throw. */
  const run = useCallback(async (progress: string, task: () => Promise<void>) => {
    setError(null);
    setStatus(progress);
    try {
      await task();
    } catch (problem) {
      setError(photoErrorMessage(problem));
    } finally {
      setStatus(null);
    }
  }, []);

  const acceptBytes = useCallback(async (data: Uint8Array, name: string) => {
    const check = inspectPhotoBytes(data, name);
    if (!check.ok) {
      setError(photoProblem(check.problem));
      return;
    }
    const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type: check.mimeType });
    await measurePhoto(blob, name);
    setSource({ blob, name });
  }, []);

  const importPhoto = async () => {
    setError(null);
    // Not busy while the dialog is open: a browser that never reports a cancel must not lock the buttons.
    const result = await desktop.openFile(PHOTO_OPEN_REQUEST).catch(() => null);
    if (!result) {
      setError(photoProblem({ kind: 'unexpected' }));
      return;
    }
    if (!result.ok) {
      setError(photoProblem({ kind: 'open-failed', message: result.error.message }));
      return;
    }
    const file = result.value[0];
    if (file) await run('正在读取照片…', () => acceptBytes(file.data, file.name));
  };

  const dropPhoto = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (!file || busy) return;
    if (file.size > PHOTO_OUTPUT.maxSourceBytes) {
      setError(photoProblem({ kind: 'file-too-large', fileName: file.name }));
      return;
    }
    void run('正在读取照片…', async () => acceptBytes(new Uint8Array(await file.arrayBuffer()), file.name));
  };

  const captured = (frame: Blob) => {
    setCameraOpened(false);
    void run('正在读取照片…', async () => {
      await measurePhoto(frame, '拍摄的照片');
      setSource({ blob: frame, name: '拍摄的照片' });
    });
  };

  const cameraFailed = useCallback((message: string) => {
    setCameraOpened(false);
    setError(message);
  }, []);

  const confirmCrop = (crop: CropArea) => {
    const current = source;
    setSource(null);
    if (!current) return;
    void run('正在处理照片…', async () => onChange(await processPhoto(current.blob, crop)));
  };

  const removePhoto = () => {
    setError(null);
    onChange(null);
  };

  return (
    <Stack gap="sm">
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Paper
          withBorder
          radius="sm"
          w={PREVIEW_WIDTH}
          pos="relative"
          role="group"
          aria-label="照片"
          aria-busy={busy}
          data-testid="photo-box"
          style={{
            flexShrink: 0,
            overflow: 'hidden',
            borderStyle: value ? 'solid' : 'dashed',
            borderColor: dropping ? 'var(--mantine-color-blue-6)' : undefined,
          }}
          onDragOver={(event) => {
            event.preventDefault();
            setDropping(true);
          }}
          onDragLeave={() => setDropping(false)}
          onDrop={dropPhoto}
        >
          <AspectRatio ratio={PHOTO_OUTPUT.aspect}>
            {previewUrl ? (
              <img src={previewUrl} alt="申请人照片" style={{ display: 'block', objectFit: 'cover' }} />
            ) : (
              <Stack align="center" justify="center" gap={4} bg="gray.0">
                <IconUser size={40} stroke={1.2} color="var(--mantine-color-gray-5)" aria-hidden />
                <Text fw={600} c="dimmed">
                  照片
                </Text>
                <Text size="xs" c="dimmed">
                  25 × 35 毫米
                </Text>
              </Stack>
            )}
          </AspectRatio>
          <LoadingOverlay visible={busy} loaderProps={{ size: 'sm' }} />
        </Paper>

        <Stack gap="xs" maw={520}>
          <Group gap="xs">
            <Button leftSection={<IconUpload size={18} />} onClick={importPhoto} disabled={busy}>
              导入照片
            </Button>
            <Button
              leftSection={<IconCamera size={18} />}
              variant="default"
              onClick={() => {
                setError(null);
                setCameraOpened(true);
              }}
              disabled={busy}
            >
              拍照
            </Button>
            <Button
              leftSection={<IconTrash size={18} />}
              variant="subtle"
              color="red"
              onClick={removePhoto}
              disabled={!value || busy}
            >
              删除照片
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            支持 JPEG、PNG、WebP 格式，也可以把照片拖到左侧框内。照片将裁剪为一寸（25 × 35 毫米），至少需要{' '}
            {PHOTO_OUTPUT.minWidth} × {PHOTO_OUTPUT.minHeight} 像素。
          </Text>
          {value && !busy && (
            <Text size="sm" c="dimmed" data-testid="photo-info">
              当前照片：JPEG，{PHOTO_OUTPUT.width} × {PHOTO_OUTPUT.height} 像素，
              {Math.max(1, Math.round(value.size / 1024))} KB
            </Text>
          )}
          {status && (
            <Group gap="xs" role="status">
              <Loader size="xs" />
              <Text size="sm">{status}</Text>
            </Group>
          )}
          {error && (
            <Alert
              color="red"
              title="照片无法使用"
              icon={<IconAlertCircle size={20} />}
              withCloseButton
              closeButtonLabel="关闭提示"
              onClose={() => setError(null)}
            >
              {error}
            </Alert>
          )}
        </Stack>
      </Group>

      {source && sourceUrl && (
        <CropModal key={sourceUrl} imageUrl={sourceUrl} onCancel={() => setSource(null)} onConfirm={confirmCrop} />
      )}
      <CameraModal
        opened={cameraOpened}
        onClose={() => setCameraOpened(false)}
        onCapture={captured}
        onError={cameraFailed}
      />
    </Stack>
  );
}
