import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

/**
 * Saves a value shortly after the last change (debounced), at once on
 * `flush()` (Ctrl+S, leaving the step), and when the page is hidden or
 * closed, so that a draft survives a reload, a crash or a closed window.
 */
export function useAutosave<T>(save: (value: T) => Promise<string | null>, delayMs = 400) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return running.current;
    pending.current = null;
    // Saves run one after another, in the order the changes were made.
    running.current = running.current.then(async () => {
      setState({ kind: 'saving' });
      try {
        const problem = await saveRef.current(next.value);
        setState(problem ? { kind: 'error', message: problem } : { kind: 'saved', at: new Date() });
      } catch (error) {
        setState({ kind: 'error', message: error instanceof Error ? error.message : '保存失败' });
      }
    });
    return running.current;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
