import { PHOTO_OUTPUT } from './photo-spec';

/** Tried in order until the JPEG fits; below 0.5 a face shows visible blocks, so the steps stop there. */
export const JPEG_QUALITY_STEPS = [0.92, 0.85, 0.78, 0.7, 0.6, 0.5] as const;

export interface Encoded<T> {
  result: T;
  quality: number;
}

/**
 * Encodes at the highest quality step whose result is at most `maxBytes`, or
 * returns null when even the lowest step is too large. `encodeAt` is the only
 * place that touches a canvas, so the stepping can be tested without one.
 */
export async function encodeWithinBudget<T extends { size: number }>(
  encodeAt: (quality: number) => Promise<T>,
  maxBytes: number = PHOTO_OUTPUT.maxBytes,
  steps: readonly number[] = JPEG_QUALITY_STEPS,
): Promise<Encoded<T> | null> {
  for (const quality of steps) {
    const result = await encodeAt(quality);
    if (result.size <= maxBytes) return { result, quality };
  }
  return null;
}
