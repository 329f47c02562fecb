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
 * A failed save keeps its value queued for the next attempt, and `flush()`
 * tells whether everything typed so far is stored.
 */
export function useAutosave<T>(save: (value: T) => Promise<string | null>, delayMs = 400) {
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback((): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // Saves run one after another, in the order the changes were made.
    running.current = running.current.then(async () => {
      const next = pending.current;
      if (!next) return true;
      pending.current = null;
      setState({ kind: 'saving' });
      let problem: string | null;
      try {
        problem = await saveRef.current(next.value);
      } catch (error) {
        problem = error instanceof Error ? error.message : '保存失败';
      }
      if (problem) {
        // Nothing typed is dropped: unless a newer value arrived meanwhile, try this one again next time.
        pending.current ??= next;
        setState({ kind: 'error', message: problem });
        return false;
      }
      setState(pending.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      return true;
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
