import type { ApplicationExport } from '../../src-shared/registration/export';
import type { GenerateOptions, GeneratePdf, GenerateResult } from './types';
import type { GenerateRequest, WorkerMessage } from './worker-protocol';

const CANCELLED: GenerateResult = { ok: false, error: { code: 'cancelled', message: '已取消生成 PDF' } };

/** One worker, reused across calls; cancelling terminates it and the next call starts a new one. */
let worker: Worker | null = null;
let nextId = 1;
/** Calls run one at a time, so that cancelling one never kills another's work. */
let queue: Promise<unknown> = Promise.resolve();

function startWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

/** The fonts are served beside index.html: `fonts/<file>` on the app's own origin. */
function fontBase(): string {
  return new URL('./fonts/', document.baseURI).href;
}

function runInWorker(forms: ApplicationExport[], { onProgress, signal }: GenerateOptions): Promise<GenerateResult> {
  if (signal?.aborted) return Promise.resolve(CANCELLED);
  worker ??= startWorker();
  const current = worker;
  const id = nextId++;
  return new Promise<GenerateResult>((resolve) => {
    const finish = (result: GenerateResult) => {
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onMessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else finish(message.result);
    };
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      if (worker === current) stopWorker();
      finish({
        ok: false,
        error: { code: 'failed', message: `生成 PDF 的后台程序出错，请重试（${event.message || '无法启动'}）` },
      });
    };
    const onAbort = () => {
      if (worker === current) stopWorker();
      finish(CANCELLED);
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
    const request: GenerateRequest = { type: 'generate', id, forms, fontBase: fontBase() };
    current.postMessage(request);
  });
}

/**
 * Lays out the forms as one A4 PDF in a module Web Worker (pdfmake's browser
 * build). Progress is reported per form; `signal` cancels.
 */
export const generateApplicationsPdf: GeneratePdf = (forms, options = {}) => {
  const { signal } = options;
  if (signal?.aborted) return Promise.resolve(CANCELLED);
  const turn = queue.then(() => runInWorker(forms, options));
  queue = turn.catch(() => undefined);
  if (!signal) return turn;
  // A call still waiting for its turn is cancelled at once, without touching the running one.
  return new Promise<GenerateResult>((resolve) => {
    const onAbort = () => resolve(CANCELLED);
    signal.addEventListener('abort', onAbort, { once: true });
    turn.then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        resolve({ ok: false, error: { code: 'failed', message: `生成 PDF 时出错：${String(error)}` } });
      },
    );
  });
};
