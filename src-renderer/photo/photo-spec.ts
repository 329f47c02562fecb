/**
 * The photo box on the printed 申领登记表 is 25 mm × 35 mm (一寸, 5:7).
 * Printing it at 300 dpi needs at least 295 × 413 pixels; the stored photo is
 * a little larger (≈360 dpi) so that the printer never has to upscale.
 */
export const PHOTO_OUTPUT = {
  width: 354,
  height: 496,
  minWidth: 295,
  minHeight: 413,
  aspect: 5 / 7,
  mimeType: 'image/jpeg',
  maxBytes: 300 * 1024,
  /** What an imported file may weigh; the bridge refuses larger files with its own message. */
  maxSourceBytes: 20 * 1024 * 1024,
} as const;

/** Extensions offered by the open dialog; HEIC is listed so that it can be refused with advice. */
export const PHOTO_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'heic', 'heif'];

export const PHOTO_OPEN_REQUEST = {
  filters: [{ name: '照片', extensions: PHOTO_EXTENSIONS }],
  maxBytes: PHOTO_OUTPUT.maxSourceBytes,
};
