import { Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconCamera } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { captureFrame, openCamera, stopCamera } from './camera';
import { photoErrorMessage } from './inspect';

interface CameraModalProps {
  opened: boolean;
  onClose: () => void;
  onCapture: (frame: Blob) => void;
  /** Called with a message for the user; the parent closes the modal and shows it next to the photo. */
  onError: (message: string) => void;
}

/** A live camera preview; the camera runs only while the modal is open. */
export function CameraModal({ opened, onClose, onCapture, onError }: CameraModalProps) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [ready, setReady] = useState(false);
  const [capturing, setCapturing] = useState(false);
  const videoRef = useRef<HTMLVideoElement | null>(null);
  // The latest onError without restarting the camera whenever the parent re-renders.
  const onErrorRef = useRef(onError);
  useEffect(() => {
    onErrorRef.current = onError;
  });

  useEffect(() => {
    if (!opened) return;
    let cancelled = false;
    let started: MediaStream | null = null;
    setReady(false);
    openCamera().then(
      (camera) => {
        // Closed while the permission prompt was up: release the camera at once.
        if (cancelled) {
          stopCamera(camera);
          return;
        }
        started = camera;
        setStream(camera);
      },
      (error: unknown) => {
        if (!cancelled) onErrorRef.current(photoErrorMessage(error));
      },
    );
    return () => {
      cancelled = true;
      stopCamera(started);
      setStream(null);
    };
  }, [opened]);

  // A callback ref: the modal's content may mount before or after the camera starts.
  const attachVideo = useCallback(
    (video: HTMLVideoElement | null) => {
      videoRef.current = video;
      if (video && video.srcObject !== stream) video.srcObject = stream;
    },
    [stream],
  );

  const capture = async () => {
    const video = videoRef.current;
    if (!video) return;
    setCapturing(true);
    try {
      onCapture(await captureFrame(video));
    } catch (error) {
      onError(photoErrorMessage(error));
    } finally {
      setCapturing(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="拍照" size="lg" centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          请申请人正对摄像头、头部位于画面中央，背景尽量为浅色；拍摄后可以裁剪。
        </Text>
        <div style={{ position: 'relative', background: '#000', aspectRatio: '4 / 3' }}>
          <video
            ref={attachVideo}
            autoPlay
            muted
            playsInline
            aria-label="摄像头画面"
            onLoadedMetadata={() => setReady(true)}
            style={{ width: '100%', height: '100%', objectFit: 'contain', display: 'block' }}
          />
          {!ready && (
            <Center pos="absolute" inset={0} role="status">
              <Group gap="xs">
                <Loader size="sm" color="gray.3" />
                <Text c="gray.3" size="sm">
                  正在打开摄像头…
                </Text>
              </Group>
            </Center>
          )}
        </div>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button leftSection={<IconCamera size={18} />} onClick={capture} disabled={!ready} loading={capturing}>
            拍摄
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
