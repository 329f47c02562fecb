import {
  BridgeFailure,
  type DesktopApi,
  type FileFilter,
  MAX_OPEN_FILE_BYTES,
  type OpenedFile,
  OS_KEY_CHANGED_MESSAGE,
  PROTECTED_DATA_KEY_BYTES,
  type SystemLock,
} from '../../src-shared/bridge/contract';
import { type BridgeHandlers, bridgeFromHandlers } from '../../src-shared/bridge/run';
import { createServerClient, type Fetch, type TokenVault } from '../../src-shared/bridge/server-client';
import { indexedDbVault } from './web-vault';

export const BROWSER_PRINTER = 'browser';

function acceptAttribute(filters: FileFilter[] | undefined): string {
  const extensions = (filters ?? []).flatMap((filter) => filter.extensions).filter((ext) => ext !== '*');
  return extensions.map((ext) => `.${ext}`).join(',');
}

function pdfUrl(pdf: Uint8Array): string {
  return URL.createObjectURL(new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
}

/** Lets the user pick files with a hidden <input type=file>; resolves [] when they cancel. */
function pickFiles(doc: Document, accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    doc.body.append(input);
    input.click();
  });
}

export interface WebDesktopOptions {
  fetch?: Fetch;
  vault?: TokenVault;
}

/**
 * The browser implementation of the desktop bridge: downloads instead of the
 * save dialog, a file input instead of the open dialog, the browser's own
 * print dialog instead of the printer list, and the central server called
 * with the page's fetch, its token in IndexedDB.
 */
export function createWebDesktop(doc: Document = document, options: WebDesktopOptions = {}): DesktopApi {
  const server = createServerClient({
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    vault: options.vault ?? indexedDbVault(),
    // The page calls the server itself: a server that does not allow this page's origin looks unreachable.
    unreachableHint: '（浏览器模式下，服务器还须允许本页面跨域访问。）',
  });
  const handlers = {
    appInfo: () => ({
      version: __APP_VERSION__,
      dataDir: '浏览器本地存储（IndexedDB）',
      mode: 'browser' as const,
      platform: navigator.platform || 'web',
    }),
    saveFile: (request) => {
      const url = URL.createObjectURL(new Blob([request.data as Uint8Array<ArrayBuffer>]));
      const link = doc.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { saved: true as const, location: `浏览器下载：${request.suggestedName}` };
    },
    openFile: async (request) => {
      const files = await pickFiles(doc, acceptAttribute(request.filters), request.multiple ?? false);
      const limit = request.maxBytes ?? MAX_OPEN_FILE_BYTES;
      const opened: OpenedFile[] = [];
      for (const file of files) {
        if (file.size > limit) {
          throw new BridgeFailure(
            'file-too-large',
            `文件“${file.name}”超过 ${Math.floor(limit / 1024 / 1024)} MB，无法打开`,
          );
        }
        opened.push({ name: file.name, type: file.type, data: new Uint8Array(await file.arrayBuffer()) });
      }
      return opened;
    },
    listPrinters: () => [
      { name: BROWSER_PRINTER, displayName: '浏览器打印（在打印对话框中选择打印机）', isDefault: true },
    ],
    printPdf: async (request) => {
      const frame = doc.createElement('iframe');
      frame.hidden = true;
      frame.title = request.title;
      frame.src = pdfUrl(request.pdf);
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        doc.body.append(frame);
      });
      frame.contentWindow?.print();
      return { printed: true as const };
    },
    openPdf: (request) => {
      const opened = doc.defaultView?.open(pdfUrl(request.pdf), '_blank');
      if (!opened) throw new BridgeFailure('unsupported', '浏览器拦截了新窗口，请允许本页面打开弹出窗口');
      opened.opener = null;
      return { opened: true as const };
    },
    serverEnrol: (request) => server.enrol(request),
    serverConnection: () => server.connection(),
    serverForget: () => server.forget(),
    serverRequest: (request) => server.request(request),
    // A page has no OS key store to reach; the key stays protected by the staff member's secret alone.
    protectDataKey: (request) => ({ sealed: new Uint8Array(request.key), protection: 'none' as const }),
    unprotectDataKey: (request) => {
      if (request.protection !== 'none' || request.sealed.byteLength !== PROTECTED_DATA_KEY_BYTES) {
        throw new BridgeFailure('os-key-changed', OS_KEY_CHANGED_MESSAGE);
      }
      return { key: new Uint8Array(request.sealed) };
    },
    // A page is never told that the screen locked or the machine slept, so there is nothing to answer with.
    nextSystemLock: () => new Promise<SystemLock>(() => undefined),
  } satisfies BridgeHandlers;
  return bridgeFromHandlers(handlers);
}
