import { useCallback, useEffect, useRef, useState } from 'react';
import { generateApplicationsPdf } from '../pdf/generate';
import type { GeneratePdf } from '../pdf/types';
import { db } from '../store/instance';
import { loadExports, loadPrintPlan } from './print-job';
import type { PrintPlan } from './print-plan';

export type GenerationState =
  | { phase: 'loading' }
  | { phase: 'generating'; done: number; total: number }
  | { phase: 'ready'; pdf: Uint8Array; pages: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; title: string; message: string }
  /** Nothing in the selection may be printed; the plan says why. */
  | { phase: 'empty' };

export type LoadedPlan = PrintPlan & { missing: number };

const FAILED = '生成 PDF 时出错，请重试；如仍失败请联系管理员';

/**
 * Loads the selection and lays it out as one PDF, off the UI thread, as soon
 * as the dialog opens. 取消 aborts the generation and drops whatever it would
 * have produced: nothing is half-done.
 */
export function usePrintGeneration(
  applicationIds: readonly string[],
  generate: GeneratePdf = generateApplicationsPdf,
): { plan: LoadedPlan | null; state: GenerationState; cancel: () => void; retry: () => void } {
  const [plan, setPlan] = useState<LoadedPlan | null>(null);
  const [state, setState] = useState<GenerationState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const controllerRef = useRef<AbortController | null>(null);
  const key = applicationIds.join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the ids; `attempt` restarts on 重新生成
  useEffect(() => {
    const ids = key ? key.split(',') : [];
    const controller = new AbortController();
    controllerRef.current = controller;
    // False once the dialog has closed (or StrictMode re-ran the effect): later results are dropped.
    let current = true;
    const live = () => current && !controller.signal.aborted;
    setState({ phase: 'loading' });
    (async () => {
      const loaded = await loadPrintPlan(db, ids);
      if (!current) return;
      setPlan(loaded);
      if (loaded.printable.length === 0) {
        setState({ phase: 'empty' });
        return;
      }
      const exports = await loadExports(db, loaded.printable);
      if (!live()) return;
      if ('missing' in exports) {
        setState({
          phase: 'failed',
          title: '生成 PDF 失败',
          message: `找不到申领编号 ${exports.missing.number} 的记录（可能已被删除），请关闭后重试`,
        });
        return;
      }
      setState({ phase: 'generating', done: 0, total: exports.length });
      const result = await generate(exports, {
        signal: controller.signal,
        onProgress: (done, total) => live() && setState({ phase: 'generating', done, total }),
      });
      if (!live()) return;
      if (result.ok) setState({ phase: 'ready', pdf: result.pdf, pages: result.pages });
      else if (result.error.code === 'cancelled') setState({ phase: 'cancelled' });
      else if (result.error.code === 'unprintable') {
        setState({ phase: 'failed', title: '无法打印：登记表中有无法打印的字符', message: result.error.message });
      } else setState({ phase: 'failed', title: '生成 PDF 失败', message: result.error.message || FAILED });
    })().catch(() => live() && setState({ phase: 'failed', title: '生成 PDF 失败', message: FAILED }));
    return () => {
      current = false;
      controller.abort();
    };
  }, [key, attempt]);

  const cancel = useCallback(() => {
    const controller = controllerRef.current;
    if (!controller || controller.signal.aborted) return;
    controller.abort();
    setState({ phase: 'cancelled' });
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { plan, state, cancel, retry };
}
