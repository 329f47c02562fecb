/** What counts as someone at the keyboard. */
export const ACTIVITY_EVENTS = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once nothing in `target` has been touched for `ms`; each
 * activity starts the wait again. Returns the function that stops watching.
 *
 * Listens in the capture phase so that no component stopping an event's
 * propagation can hide activity (Mantine's useIdle listens in the bubble phase).
 * Measured by timers, not the wall clock, so a change of the system time
 * neither locks nor delays locking.
 */
export function watchIdle(target: EventTarget, ms: number, onIdle: () => void): () => void {
  let timer = setTimeout(onIdle, ms);
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, ms);
  };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, restart, { capture: true, passive: true });
  return () => {
    clearTimeout(timer);
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, restart, { capture: true });
  };
}
