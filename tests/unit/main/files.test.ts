import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { type FileDeps, openFile, saveFile } from '../../../src-main/main/handlers/files';
import { BridgeFailure } from '../../../src-shared/bridge/contract';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'talent-card-files-'));
});

/** Electron's dialog at the boundary: it answers as the user would. */
function deps(answer: { save?: string; open?: string[] }): FileDeps {
  const dialog = {
    showSaveDialog: async () => ({ canceled: !answer.save, filePath: answer.save ?? '' }),
    showOpenDialog: async () => ({ canceled: !answer.open, filePaths: answer.open ?? [] }),
  } as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  return { dialog, window: () => null, defaultFolder: () => folder };
}

describe('saveFile', () => {
  it('writes the bytes where the user chose, leaving no partial file', async () => {
    const target = join(folder, '申领登记表.pdf');
    const result = await saveFile(deps({ save: target }), { suggestedName: 'x.pdf', data: new Uint8Array([1, 2, 3]) });
    expect(result).toEqual({ saved: true, location: target });
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2, 3]));
    expect(await readdir(folder)).toEqual(['申领登记表.pdf']);
  });

  it('reports a cancelled dialog as not saved', async () => {
    await expect(saveFile(deps({}), { suggestedName: 'x.pdf', data: new Uint8Array([1]) })).resolves.toEqual({
      saved: false,
    });
  });

  it('fails with a Chinese message when the folder cannot be written', async () => {
    const target = join(folder, 'missing-folder', 'x.pdf');
    const attempt = saveFile(deps({ save: target }), { suggestedName: 'x.pdf', data: new Uint8Array([1]) });
    await expect(attempt).rejects.toBeInstanceOf(BridgeFailure);
    await expect(attempt).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('文件未能保存') });
  });
});

describe('openFile', () => {
  it('reads the chosen files with their type', async () => {
    const photo = join(folder, 'photo.JPG');
    await writeFile(photo, new Uint8Array([255, 216, 255]));
    const files = await openFile(deps({ open: [photo] }), {});
    expect(files).toEqual([{ name: 'photo.JPG', type: 'image/jpeg', data: new Uint8Array([255, 216, 255]) }]);
  });

  it('refuses a file over the size limit, naming it', async () => {
    const big = join(folder, 'scan.pdf');
    await writeFile(big, new Uint8Array(4096));
    await expect(openFile(deps({ open: [big] }), { maxBytes: 1024 })).rejects.toMatchObject({
      code: 'file-too-large',
      message: expect.stringContaining('scan.pdf'),
    });
  });

  it('returns no files when the user cancels', async () => {
    await expect(openFile(deps({}), {})).resolves.toEqual([]);
  });
});
