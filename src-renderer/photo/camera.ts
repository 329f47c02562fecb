import { PhotoError, type PhotoProblem } from './inspect';

/** Maps getUserMedia's DOMException names to what the user can do about them. */
export function cameraProblem(error: unknown): PhotoProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return { kind: 'camera-denied' };
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return { kind: 'no-camera' };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return { kind: 'camera-busy' };
    default:
      return { kind: 'camera-unsupported' };
  }
}

/** Starts the camera; throws a PhotoError saying what to do when there is none or it is refused. */
export async function openCamera(): Promise<MediaStream> {
  const media = typeof navigator === 'undefined' ? undefined : navigator.mediaDevices;
  if (!media?.getUserMedia) throw new PhotoError({ kind: 'camera-unsupported' });
  try {
    // Ideal, not required, sizes: a 720p frame leaves room to crop at 300 dpi, and any camera still qualifies.
    return await media.getUserMedia({ video: { width: { ideal: 1280 }, height: { ideal: 960 } }, audio: false });
  } catch (error) {
    throw new PhotoError(cameraProblem(error));
  }
}

export function stopCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The video's current frame as a lossless PNG, so the photo is compressed only once. */
export function captureFrame(video: HTMLVideoElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) {
      reject(new PhotoError({ kind: 'capture-failed' }));
      return;
    }
    context.drawImage(video, 0, 0);
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PhotoError({ kind: 'capture-failed' }))), 'image/png');
  });
}
