import { randomUUID } from 'node:crypto';
import { mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, type Shell, type WebContents } from 'electron';
import {
  BridgeFailure,
  type OpenPdfRequest,
  type Printer,
  type PrintPdfRequest,
} from '../../../src-shared/bridge/contract';

export interface PrintDeps {
  window: () => BrowserWindow | null;
  shell: Pick<Shell, 'openPath'>;
  tempFolder: () => string;
}

/** Keeps a title usable as a file name on every platform. */
function safeFileName(title: string): string {
  return title.replace(/[<>:"|?*]/g, '_').slice(0, 80);
}

function tempFolder(deps: Pick<PrintDeps, 'tempFolder'>): string {
  return join(deps.tempFolder(), 'weihai-talent-card');
}

/**
 * Printed forms hold ID numbers, phones and photos: each goes to its own
 * file (so two jobs never share one), removed after printing, and the whole
 * folder is emptied at start and on quit (see `clearTempPdfs`).
 */
async function writeTempPdf(deps: PrintDeps, title: string, pdf: Uint8Array): Promise<string> {
  const folder = join(tempFolder(deps), randomUUID());
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${safeFileName(title)}.pdf`);
  await writeFile(path, pdf);
  return path;
}

/** Removes every PDF this app left for printing or viewing. */
export async function clearTempPdfs(deps: Pick<PrintDeps, 'tempFolder'>): Promise<void> {
  await rm(tempFolder(deps), { recursive: true, force: true });
}

export async function listPrinters(deps: PrintDeps): Promise<Printer[]> {
  const contents: WebContents | undefined = deps.window()?.webContents;
  if (!contents) return [];
  const printers = await contents.getPrintersAsync();
  return printers.map((printer) => ({
    name: printer.name,
    displayName: printer.displayName || printer.name,
    isDefault: Boolean((printer.options as Record<string, string> | undefined)?.['printer-is-default'] === 'true'),
  }));
}

/**
 * Prints exactly the given PDF: it is loaded into a hidden, sandboxed window
 * with Chromium's PDF viewer and sent to the chosen printer on A4, unscaled.
 */
export async function printPdf(deps: PrintDeps, request: PrintPdfRequest): Promise<{ printed: true }> {
  const path = await writeTempPdf(deps, request.title, request.pdf);
  // No Auxclick flag: security.ts denies every new window, middle-click too (scripts/electron-security-allow.json).
  const printWindow = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
  });
  try {
    await printWindow.loadURL(pathToFileURL(path).toString());
    await new Promise<void>((resolve, reject) => {
      printWindow.webContents.print(
        {
          silent: true,
          deviceName: request.printer,
          copies: request.copies,
          pageSize: 'A4',
          margins: { marginType: 'none' },
          scaleFactor: 100,
        },
        (success, failureReason) =>
          success
            ? resolve()
            : reject(new BridgeFailure('print-failed', `打印失败：${failureReason || '打印机未响应'}`)),
      );
    });
    return { printed: true };
  } finally {
    printWindow.destroy();
    await unlink(path).catch(() => undefined);
  }
}

export async function openPdf(deps: PrintDeps, request: OpenPdfRequest): Promise<{ opened: true }> {
  const path = await writeTempPdf(deps, request.title, request.pdf);
  const problem = await deps.shell.openPath(path);
  if (problem) throw new BridgeFailure('io', `无法用系统查看器打开 PDF：${problem}`);
  return { opened: true };
}
