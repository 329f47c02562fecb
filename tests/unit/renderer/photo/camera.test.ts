import { afterEach, describe, expect, it, vi } from 'vitest';
import { cameraProblem, openCamera, stopCamera } from '../../../../src-renderer/photo/camera';
import { PhotoError } from '../../../../src-renderer/photo/inspect';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('cameraProblem', () => {
  it.each([
    ['NotAllowedError', 'camera-denied'],
    ['SecurityError', 'camera-denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'camera-busy'],
    ['SomethingNew', 'camera-unsupported'],
  ])('maps %s to %s', (name, kind) => {
    expect(cameraProblem(new DOMException('message', name))).toEqual({ kind });
  });
});

describe('openCamera', () => {
  it('says the camera is unavailable where there is no mediaDevices (e.g. an insecure page)', async () => {
    vi.stubGlobal('navigator', {});
    await expect(openCamera()).rejects.toThrow(PhotoError);
    await expect(openCamera()).rejects.toMatchObject({ problem: { kind: 'camera-unsupported' } });
  });

  it('turns a refused permission into the camera-denied message', async () => {
    const getUserMedia = vi.fn(async () => {
      throw new DOMException('Permission denied', 'NotAllowedError');
    });
    vi.stubGlobal('navigator', { mediaDevices: { getUserMedia } });
    await expect(openCamera()).rejects.toMatchObject({ problem: { kind: 'camera-denied' } });
    expect(getUserMedia).toHaveBeenCalledWith(expect.objectContaining({ audio: false, video: expect.anything() }));
  });

  it('stops every track of a stream', () => {
    const tracks = [{ stop: vi.fn() }, { stop: vi.fn() }];
    stopCamera({ getTracks: () => tracks } as unknown as MediaStream);
    for (const track of tracks) expect(track.stop).toHaveBeenCalledOnce();
    expect(() => stopCamera(null)).not.toThrow();
  });
});
