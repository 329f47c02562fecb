import { Alert, Box, Button, Group, Modal, Slider, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import Cropper, { type Point } from 'react-easy-crop';
import type { CropArea } from './crop-area';
import { photoProblem, sizeProblem } from './inspect';
import { PHOTO_OUTPUT } from './photo-spec';

interface CropModalProps {
  imageUrl: string;
  onCancel: () => void;
  onConfirm: (crop: CropArea) => void;
}

const MIN_ZOOM = 1;
const MAX_ZOOM = 4;

/** Lets the staff frame the face at 5:7; mount it with a `key` per image so every image starts unzoomed. */
export function CropModal({ imageUrl, onCancel, onConfirm }: CropModalProps) {
  const [position, setPosition] = useState<Point>({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(MIN_ZOOM);
  const [area, setArea] = useState<CropArea | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const tooSmall = area ? sizeProblem(area.width, area.height, 'crop-too-small') : null;

  const confirm = () => {
    if (!area) return;
    if (tooSmall) {
      setRefusal(photoProblem(tooSmall));
      return;
    }
    onConfirm(area);
  };

  return (
    <Modal opened onClose={onCancel} title="裁剪照片" size="lg" centered>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          拖动照片或用方向键调整位置，使头像居中；框内部分将打印在登记表的照片栏（25 × 35 毫米）。
        </Text>
        <Box pos="relative" h={420} bg="dark.6" data-testid="photo-cropper">
          <Cropper
            image={imageUrl}
            crop={position}
            zoom={zoom}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            aspect={PHOTO_OUTPUT.aspect}
            cropShape="rect"
            onCropChange={setPosition}
            onZoomChange={setZoom}
            onCropComplete={(_, pixels) => {
              setArea(pixels);
              setRefusal(null);
            }}
            mediaProps={{ alt: '待裁剪的照片' }}
            cropperProps={{ 'aria-label': '裁剪框：用方向键移动照片' }}
          />
        </Box>
        <div>
          <Text size="sm" fw={500} id="photo-zoom-label">
            缩放
          </Text>
          <Slider
            min={MIN_ZOOM}
            max={MAX_ZOOM}
            step={0.05}
            value={zoom}
            onChange={setZoom}
            thumbLabel="缩放"
            label={(value) => `${value.toFixed(2)} 倍`}
            aria-labelledby="photo-zoom-label"
          />
        </div>
        {area && (
          <Text size="sm" c={tooSmall ? 'red' : 'dimmed'} data-testid="photo-crop-size">
            裁剪区域 {area.width} × {area.height} 像素（至少 {PHOTO_OUTPUT.minWidth} × {PHOTO_OUTPUT.minHeight} 像素）
          </Text>
        )}
        {refusal && <Alert color="red">{refusal}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            取消
          </Button>
          <Button onClick={confirm} disabled={!area}>
            确定
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
