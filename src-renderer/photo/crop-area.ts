/** A rectangle in the source image's pixels, as react-easy-crop reports it in onCropComplete. */
export interface CropArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

function whole(value: number, fallback: number): number {
  return Number.isFinite(value) ? Math.round(value) : fallback;
}

/**
 * Whole pixels inside the image. react-easy-crop reports fractions and, with
 * rounding, may overshoot the edge by a pixel; drawing past the edge would
 * leave a white strip on the photo.
 */
export function clampCrop(crop: CropArea, image: { width: number; height: number }): CropArea {
  const x = Math.min(Math.max(0, whole(crop.x, 0)), Math.max(0, image.width - 1));
  const y = Math.min(Math.max(0, whole(crop.y, 0)), Math.max(0, image.height - 1));
  const width = Math.max(1, Math.min(whole(crop.width, image.width), image.width - x));
  const height = Math.max(1, Math.min(whole(crop.height, image.height), image.height - y));
  return { x, y, width, height };
}
