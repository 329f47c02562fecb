import { useEffect, useReducer } from 'react';

/** Whole seconds until `at` (ISO), counted down live; 0 once it has passed or when there is nothing to wait for. */
export function useWaitUntil(at: string | null): number {
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (!at) return;
    const timer = setInterval(() => {
      tick();
      if (Date.parse(at) <= Date.now()) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at ? Math.max(0, Math.ceil((Date.parse(at) - Date.now()) / 1000)) : 0;
}
