// The page side of PDF generation, with the Worker (the browser boundary) replaced by a
// stand-in that answers as worker.ts does. worker.ts itself runs the same render.ts
// that render.test.ts checks with real fonts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GenerateResult } from '../../../src-renderer/pdf/types';
import type { GenerateRequest, WorkerMessage } from '../../../src-renderer/pdf/worker-protocol';
import { example } from './fixtures';

class FakeWorker {
  static instances: FakeWorker[] = [];
  readonly requests: GenerateRequest[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Set<(event: unknown) => void>>();

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }

  addEventListener(type: string, listener: (event: unknown) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(listener);
  }

  removeEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.get(type)?.delete(listener);
  }

  postMessage(request: GenerateRequest) {
    this.requests.push(structuredClone(request));
  }

  terminate() {
    this.terminated = true;
  }

  /** What worker.ts posts back. */
  send(message: WorkerMessage) {
    for (const listener of this.listeners.get('message') ?? []) listener({ data: message });
  }

  fail(message: string) {
    for (const listener of this.listeners.get('error') ?? []) listener({ message, preventDefault: () => {} });
  }

  listenerCount(type: string) {
    return this.listeners.get(type)?.size ?? 0;
  }
}

const PDF: GenerateResult = { ok: true, pdf: new Uint8Array([37, 80, 68, 70]), pages: 1 };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

let generate: typeof import('../../../src-renderer/pdf/generate').generateApplicationsPdf;

beforeEach(async () => {
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('document', { baseURI: 'app://bundle/index.html' });
  vi.resetModules();
  ({ generateApplicationsPdf: generate } = await import('../../../src-renderer/pdf/generate'));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('generateApplicationsPdf', () => {
  it('starts one module worker, sends the forms with the fonts’ address and reports progress per form', async () => {
    const progress: [number, number][] = [];
    const pending = generate([example(), example()], { onProgress: (done, total) => progress.push([done, total]) });
    await tick();
    const [worker] = FakeWorker.instances;
    expect(worker?.options).toEqual({ type: 'module' });
    expect(worker?.url.pathname).toMatch(/worker\.ts$/);
    const request = worker?.requests[0] as GenerateRequest;
    expect(request.fontBase).toBe('app://bundle/fonts/');
    expect(request.forms).toHaveLength(2);
    worker?.send({ type: 'progress', id: request.id, done: 1, total: 2 });
    worker?.send({ type: 'progress', id: request.id, done: 2, total: 2 });
    worker?.send({ type: 'result', id: request.id, result: PDF });
    expect(await pending).toEqual(PDF);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(worker?.listenerCount('message')).toBe(0);

    // The next call reuses the worker (and so its loaded fonts).
    const second = generate([example()]);
    await tick();
    expect(FakeWorker.instances).toHaveLength(1);
    const again = worker?.requests[1] as GenerateRequest;
    worker?.send({ type: 'result', id: again.id, result: PDF });
    expect(await second).toEqual(PDF);
  });

  it('cancels by terminating the worker; the next call starts a new one', async () => {
    const controller = new AbortController();
    const pending = generate([example()], { signal: controller.signal });
    await tick();
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(FakeWorker.instances[0]?.terminated).toBe(true);

    const next = generate([example()]);
    await tick();
    expect(FakeWorker.instances).toHaveLength(2);
    const fresh = FakeWorker.instances[1] as FakeWorker;
    fresh.send({ type: 'result', id: (fresh.requests[0] as GenerateRequest).id, result: PDF });
    expect(await next).toEqual(PDF);
  });

  it('cancels a call still waiting for its turn without stopping the one running', async () => {
    const first = generate([example()]);
    const controller = new AbortController();
    const queued = generate([example()], { signal: controller.signal });
    await tick();
    controller.abort();
    expect(await queued).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const worker = FakeWorker.instances[0] as FakeWorker;
    expect(worker.terminated).toBe(false);
    worker.send({ type: 'result', id: (worker.requests[0] as GenerateRequest).id, result: PDF });
    expect(await first).toEqual(PDF);
    await tick();
    expect(worker.requests).toHaveLength(1);
  });

  it('reports a worker that fails as a failure in Chinese, and replaces it', async () => {
    const pending = generate([example()]);
    await tick();
    FakeWorker.instances[0]?.fail('SyntaxError');
    const result = await pending;
    expect(result).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(!result.ok && result.error.message).toContain('生成 PDF 的后台程序出错');
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
    void generate([example()]);
    await tick();
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('does not start anything for a signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await generate([example()], { signal: controller.signal })).toMatchObject({ error: { code: 'cancelled' } });
    expect(FakeWorker.instances).toHaveLength(0);
  });
});
