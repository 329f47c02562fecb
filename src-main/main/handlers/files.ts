import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import {
  BridgeFailure,
  type FileFilter,
  MAX_OPEN_FILE_BYTES,
  type OpenedFile,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../../../src-shared/bridge/contract';
import { writeAtomically } from '../write-atomically';

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
  '.json': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface FileDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  window: () => BrowserWindow | null;
  defaultFolder: () => string;
}

function dialogFilters(filters: FileFilter[] | undefined) {
  return filters?.map((filter) => ({ name: filter.name, extensions: filter.extensions }));
}

export async function saveFile(deps: FileDeps, request: SaveFileRequest): Promise<SaveFileResult> {
  const options = {
    title: '保存文件',
    defaultPath: `${deps.defaultFolder()}/${request.suggestedName}`,
    filters: dialogFilters(request.filters),
  };
  const parent = deps.window();
  const choice = parent ? await deps.dialog.showSaveDialog(parent, options) : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await writeAtomically(choice.filePath, request.data, {
    message: (reason) => `文件未能保存：${reason}。请换一个位置再试。`,
  });
  return { saved: true, location: choice.filePath };
}

export async function openFile(deps: FileDeps, request: OpenFileRequest): Promise<OpenedFile[]> {
  const options = {
    title: '选择文件',
    filters: dialogFilters(request.filters),
    properties: request.multiple ? (['openFile', 'multiSelections'] as const) : (['openFile'] as const),
  };
  const parent = deps.window();
  const choice = parent
    ? await deps.dialog.showOpenDialog(parent, { ...options, properties: [...options.properties] })
    : await deps.dialog.showOpenDialog({ ...options, properties: [...options.properties] });
  if (choice.canceled) return [];
  const limit = request.maxBytes ?? MAX_OPEN_FILE_BYTES;
  const files: OpenedFile[] = [];
  for (const path of choice.filePaths) {
    const name = basename(path);
    const info = await stat(path);
    if (info.size > limit) {
      throw new BridgeFailure('file-too-large', `文件“${name}”超过 ${Math.floor(limit / 1024 / 1024)} MB，无法打开`);
    }
    const data = new Uint8Array(await readFile(path));
    files.push({ name, type: MIME_BY_EXTENSION[extname(path).toLowerCase()] ?? '', data });
  }
  return files;
}
